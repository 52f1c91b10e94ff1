/// The queue for booths and the waiting list in it.
///
/// One order serves every party everywhere (``QueuePosition``): higher priority first, then the
/// earlier registration time (none last), then registration order (the order the plan holds its
/// parties). The waiting list is the waitlisted parties in that order; the booth allocator and
/// the offers of freed booths follow the same order.
public enum WaitingList {
    /// Every party's place in the queue; `parties` are in registration order (as a plan holds
    /// them).
    public static func positions(
        _ parties: [ExhibitingParty]
    ) -> [Identifier<ExhibitingParty>: QueuePosition] {
        Dictionary(parties.enumerated().map { ($1.id, QueuePosition($1, sequence: $0)) }) { first, _ in first
        }
    }

    /// Every party of `parties` (in registration order, as a plan holds them), in the order they
    /// are served.
    public static func queue(_ parties: [ExhibitingParty]) -> [ExhibitingParty] {
        parties.enumerated()
            .map { (party: $1, position: QueuePosition($1, sequence: $0)) }
            .sorted { $0.position < $1.position }
            .map(\.party)
    }

    /// The waitlisted parties among `parties` (in registration order, as a plan holds them), in
    /// the order they are served.
    public static func ordered(_ parties: [ExhibitingParty]) -> [ExhibitingParty] {
        queue(parties).filter { $0.registrationStatus == .waitlisted }
    }
}
