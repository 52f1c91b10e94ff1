/// A booth plan's score: the weighted sum of its named components (higher is better).
public struct BoothScore: Hashable, Codable, Sendable {
    /// The components, in ``ScoreComponentKind`` order.
    public var components: [ScoreComponent]

    /// Creates a score.
    public init(components: [ScoreComponent]) {
        self.components = components.sorted { $0.kind < $1.kind }
    }

    /// The total: the sum of weighted components.
    public var total: Double { components.reduce(0) { $0 + $1.weighted } }

    /// The component of a kind.
    public subscript(kind: ScoreComponentKind) -> ScoreComponent? {
        components.first { $0.kind == kind }
    }

    enum CodingKeys: String, CodingKey {
        case total, components
    }

    /// Decodes a score (the total is derived).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(components: try container.decode([ScoreComponent].self, forKey: .components))
    }

    /// Encodes the total and the components.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(total, forKey: .total)
        try container.encode(components, forKey: .components)
    }
}
