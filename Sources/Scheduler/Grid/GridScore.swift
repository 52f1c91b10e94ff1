/// A grid timetable's score: hard and soft penalties by named component (lower is better; a
/// timetable is acceptable when ``hard`` is 0).
public struct GridScore: Hashable, Codable, Sendable {
    /// Every component, hard ones first, in ``GridComponent`` order.
    public var components: [GridScoreComponent]

    /// Creates a score.
    public init(components: [GridScoreComponent]) {
        self.components = components
    }

    /// The sum of the hard components' penalties.
    public var hard: Int { components.filter(\.component.isHard).reduce(0) { $0 + $1.penalty } }

    /// The sum of the soft components' penalties (negative when rewards outweigh them).
    public var soft: Int { components.filter { !$0.component.isHard }.reduce(0) { $0 + $1.penalty } }

    /// The component of a kind.
    public func component(_ component: GridComponent) -> GridScoreComponent? {
        components.first { $0.component == component }
    }
}
