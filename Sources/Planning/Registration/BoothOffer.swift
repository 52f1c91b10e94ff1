/// Freed booths offered to one waiting party.
public struct BoothOffer: Hashable, Codable, Sendable {
    /// The party offered the booths.
    public var party: Identifier<ExhibitingParty>
    /// The booth codes offered: one connected block, sorted.
    public var booths: [String]

    /// Creates an offer.
    public init(party: Identifier<ExhibitingParty>, booths: [String]) {
        self.party = party
        self.booths = booths
    }
}
