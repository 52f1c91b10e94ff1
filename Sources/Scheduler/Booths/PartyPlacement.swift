public import Planning

/// A party placed by the allocator and the booths it got.
public struct PartyPlacement: Hashable, Codable, Sendable {
    /// The party.
    public var party: Identifier<ExhibitingParty>
    /// Its name.
    public var name: String
    /// Its province's name, or "—".
    public var province: String
    /// Its booths, in code order.
    public var booths: [String]
    /// The zones of its booths, in order of first appearance.
    public var zones: [String]
    /// Whether its booths are pinned or held by an organiser.
    public var fixed: Bool

    /// Creates a placement.
    public init(
        party: Identifier<ExhibitingParty>, name: String, province: String, booths: [String], zones: [String],
        fixed: Bool
    ) {
        self.party = party
        self.name = name
        self.province = province
        self.booths = booths
        self.zones = zones
        self.fixed = fixed
    }
}
