/// A registration's place in the queue for booths: the one order in which exhibiting parties are
/// served everywhere (the waiting list, the offers of freed booths, the booth allocator).
///
/// Higher priority first; then the earlier registration time (a registration without a time comes
/// after every timed one); then registration order, the order the plan holds its parties (the
/// order they were registered), so the order is total and stable. `<` reads «is served before».
public struct QueuePosition: Hashable, Codable, Sendable, Comparable {
    /// The organiser-set priority; higher is served first.
    public var priority: Int
    /// When the registration arrived; nil after every timed registration.
    public var registeredAt: LocalDateTime?
    /// The registration's place in registration order (0 is the first registered).
    public var sequence: Int

    /// A position from its parts.
    public init(priority: Int, registeredAt: LocalDateTime?, sequence: Int) {
        self.priority = priority
        self.registeredAt = registeredAt
        self.sequence = sequence
    }

    /// The position of `party`, registered `sequence`-th.
    public init(_ party: ExhibitingParty, sequence: Int) {
        self.init(priority: party.priority, registeredAt: party.registeredAt, sequence: sequence)
    }

    /// Whether `lhs` is served before `rhs`.
    public static func < (lhs: QueuePosition, rhs: QueuePosition) -> Bool {
        if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
        switch (lhs.registeredAt, rhs.registeredAt) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.sequence < rhs.sequence
        }
    }
}
