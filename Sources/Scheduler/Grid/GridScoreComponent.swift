/// One named component of a grid timetable's score: its value, weight and penalty.
public struct GridScoreComponent: Hashable, Codable, Sendable {
    /// Which component.
    public var component: GridComponent
    /// The value, in minutes (see ``GridComponent``).
    public var value: Int
    /// The weight per unit (negative for a reward).
    public var weight: Int

    /// Creates a component.
    public init(component: GridComponent, value: Int, weight: Int) {
        self.component = component
        self.value = value
        self.weight = weight
    }

    /// The penalty: value times weight (negative for a reward).
    public var penalty: Int { value * weight }
}

extension GridScoreComponent {
    private enum CodingKeys: String, CodingKey {
        case component, value, weight, penalty, hard
    }

    /// Reads a component (the penalty and hardness written beside it are derived, not read).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            component: try container.decode(GridComponent.self, forKey: .component),
            value: try container.decode(Int.self, forKey: .value),
            weight: try container.decode(Int.self, forKey: .weight))
    }

    /// Writes the component with its penalty and whether it is a hard rule, for other tools.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(component, forKey: .component)
        try container.encode(value, forKey: .value)
        try container.encode(weight, forKey: .weight)
        try container.encode(penalty, forKey: .penalty)
        try container.encode(component.isHard, forKey: .hard)
    }
}
