/// A party whose booths changed between two booth plans.
public struct PartyMove: Hashable, Codable, Sendable {
    /// The party.
    public var party: Identifier<ExhibitingParty>
    /// The party's name, as in the newer plan.
    public var name: String
    /// The booths it had, sorted.
    public var from: [String]
    /// The booths it has now, sorted.
    public var to: [String]

    /// Creates a move.
    public init(party: Identifier<ExhibitingParty>, name: String, from: [String], to: [String]) {
        self.party = party
        self.name = name
        self.from = from
        self.to = to
    }
}
