public import Planning

/// What returning the working booth plan or programme to a published version did.
public struct RestoredVersion: Hashable, Sendable {
    /// Booth plan or programme.
    public var kind: PublicationKind
    /// The published version returned to.
    public var number: Int
    /// Booth assignments put back (booth plan), or sessions placed as in the version (programme).
    public var restored: Int
    /// The parties whose registration status changed (placed again, or back on the waiting list).
    public var statusChanges: [Identifier<ExhibitingParty>: RegistrationStatus]
    /// The sessions taken off the programme because the version did not have them placed,
    /// by title, in programme order.
    public var unscheduled: [String]
    /// What the version has that could not be put back.
    public var leftOut: [RestoreOmission]
    /// Whether the working plan changed (false when it already was as the version).
    public var changed: Bool

    /// A result.
    public init(
        kind: PublicationKind, number: Int, restored: Int,
        statusChanges: [Identifier<ExhibitingParty>: RegistrationStatus] = [:], unscheduled: [String] = [],
        leftOut: [RestoreOmission] = [], changed: Bool
    ) {
        self.kind = kind
        self.number = number
        self.restored = restored
        self.statusChanges = statusChanges
        self.unscheduled = unscheduled
        self.leftOut = leftOut
        self.changed = changed
    }
}
