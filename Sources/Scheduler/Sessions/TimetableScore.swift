/// A timetable's score: a penalty by named component (lower is better; 0 is perfect).
public struct TimetableScore: Hashable, Codable, Sendable {
    /// The components, in a fixed order.
    public var components: [TimetableScoreComponent]

    /// Creates a score.
    public init(components: [TimetableScoreComponent]) {
        self.components = components
    }

    /// The sum of the components' penalties.
    public var total: Int { components.reduce(0) { $0 + $1.penalty } }

    /// The component of a kind, when present.
    public func component(_ kind: TimetableScoreComponentKind) -> TimetableScoreComponent? {
        components.first { $0.kind == kind }
    }

    private enum CodingKeys: String, CodingKey {
        case total, components
    }

    /// Decodes a score (the total is recomputed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        components = try container.decode([TimetableScoreComponent].self, forKey: .components)
    }

    /// Encodes the score with its total.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(total, forKey: .total)
        try container.encode(components, forKey: .components)
    }
}
