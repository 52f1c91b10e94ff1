public import Planning

/// A booth plan decided by hand (assign, move, swap, pin, a hand-made plan), to be written by
/// ``PlanStore/editBoothPlan(_:)`` in the transaction it was decided in.
public struct BoothPlanRevision: Sendable {
    /// The whole booth plan after the change, with each booth's state and pin.
    public var assignments: [BoothAssignment]
    /// Confirmed parties left without booths, to put on the waiting list.
    public var waitlisting: [Identifier<ExhibitingParty>]
    /// When given, the booth plan is also published as the next version with this note, at this
    /// time.
    public var publication: (note: String?, at: LocalDateTime)?

    /// A revision.
    public init(
        assignments: [BoothAssignment], waitlisting: [Identifier<ExhibitingParty>] = [],
        publication: (note: String?, at: LocalDateTime)? = nil
    ) {
        self.assignments = assignments
        self.waitlisting = waitlisting
        self.publication = publication
    }
}
