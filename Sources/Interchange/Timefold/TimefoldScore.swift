/// A timetable's score as Timefold counts it (`HardSoftScore`): the hard and soft totals and
/// every constraint's share, named as Timefold names it.
public struct TimefoldScore: Hashable, Sendable, CustomStringConvertible {
    /// One constraint's share: its name, whether hard, its score (negative for a penalty) and how
    /// many matches it had.
    public struct Constraint: Hashable, Sendable {
        /// Timefold's name, such as «Room conflict».
        public var name: String
        /// Whether it counts in the hard score.
        public var isHard: Bool
        /// Its score (weight times match weights; negative for penalties, positive for rewards).
        public var score: Int
        /// How many matches it had.
        public var matches: Int
    }

    /// Every constraint, in the order of Timefold's constraint provider.
    public var constraints: [Constraint]

    /// The hard score (0 or negative).
    public var hard: Int { constraints.filter(\.isHard).reduce(0) { $0 + $1.score } }
    /// The soft score.
    public var soft: Int { constraints.filter { !$0.isHard }.reduce(0) { $0 + $1.score } }

    /// As Timefold prints it: `0hard/-123soft`.
    public var description: String { "\(hard)hard/\(soft)soft" }
}
