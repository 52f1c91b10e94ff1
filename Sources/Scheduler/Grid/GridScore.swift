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

extension GridScore {
    private enum CodingKeys: String, CodingKey {
        case components, hard, soft
    }

    /// Reads a score (the totals written beside the components are derived, not read).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(components: try container.decode([GridScoreComponent].self, forKey: .components))
    }

    /// Writes the components with the hard and soft totals.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(components, forKey: .components)
        try container.encode(hard, forKey: .hard)
        try container.encode(soft, forKey: .soft)
    }
}
