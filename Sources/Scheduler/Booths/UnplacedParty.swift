public import Planning

/// A party the allocator could not place, with the reason and its place on the waiting list.
public struct UnplacedParty: Hashable, Codable, Sendable {
    /// The party.
    public var party: Identifier<ExhibitingParty>
    /// Its name.
    public var name: String
    /// Its province's name, or "—".
    public var province: String
    /// The booths it asked for.
    public var boothsWanted: Int
    /// Why it has no booths.
    public var reason: UnplacedReason
    /// Its place on the waiting list (1 is first), in service order.
    public var waitingListPosition: Int

    /// Creates an entry.
    public init(
        party: Identifier<ExhibitingParty>, name: String, province: String, boothsWanted: Int,
        reason: UnplacedReason, waitingListPosition: Int
    ) {
        self.party = party
        self.name = name
        self.province = province
        self.boothsWanted = boothsWanted
        self.reason = reason
        self.waitingListPosition = waitingListPosition
    }
}
