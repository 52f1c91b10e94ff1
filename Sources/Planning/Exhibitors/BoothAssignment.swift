/// A booth given to a party in a booth plan.
public struct BoothAssignment: Hashable, Codable, Sendable {
    /// The booth's code.
    public var booth: String
    /// The party it is given to.
    public var party: Identifier<ExhibitingParty>
    /// Held (not yet confirmed) or assigned.
    public var state: BoothState
    /// Whether an organiser pinned it by hand; the allocator must keep it.
    public var pinned: Bool

    /// Creates an assignment.
    public init(
        booth: String, party: Identifier<ExhibitingParty>, state: BoothState = .assigned, pinned: Bool = false
    ) {
        self.booth = booth
        self.party = party
        self.state = state
        self.pinned = pinned
    }
}
