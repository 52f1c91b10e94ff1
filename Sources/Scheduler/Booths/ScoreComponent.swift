public import Planning

/// One named component of a booth plan's score: its raw value, weight and weighted value.
public struct ScoreComponent: Hashable, Codable, Sendable {
    /// Which component.
    public var kind: ScoreComponentKind
    /// The raw value (booths, walls, prime units times merit, parties moved as a negative count).
    public var value: Double
    /// The policy's weight.
    public var weight: Double

    /// Creates a component.
    public init(kind: ScoreComponentKind, value: Double, weight: Double) {
        self.kind = kind
        self.value = value
        self.weight = weight
    }

    /// The contribution to the total: value times weight.
    public var weighted: Double { value * weight }

    /// The component's name in `language`.
    public func name(in language: Language) -> String { kind.name(in: language) }

    enum CodingKeys: String, CodingKey {
        case kind = "key"
        case name, value, weight, weighted
    }

    /// Decodes a component (name and weighted value are derived).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(ScoreComponentKind.self, forKey: .kind)
        value = try container.decode(Double.self, forKey: .value)
        weight = try container.decode(Double.self, forKey: .weight)
    }

    /// Encodes the component with its name in both languages and its weighted value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(BilingualText(SchedulerMessage.boothComponent(kind)), forKey: .name)
        try container.encode(value, forKey: .value)
        try container.encode(weight, forKey: .weight)
        try container.encode(weighted, forKey: .weighted)
    }
}
