/// One named component of a timetable's score.
public struct TimetableScoreComponent: Hashable, Codable, Sendable {
    /// A stable key: `unplaced`, `plenaryOutsideMorning`, `connectionPointIdleMinutes`,
    /// `trackRoomChanges`, `preferenceMisses` or `movedFromPublished`.
    public var key: String
    /// The Vietnamese label.
    public var label: String
    /// The measured value, in the component's unit (sessions, minutes, rooms, pairs).
    public var value: Int
    /// The weight per unit.
    public var weight: Int

    /// Creates a component.
    public init(key: String, label: String, value: Int, weight: Int) {
        self.key = key
        self.label = label
        self.value = value
        self.weight = weight
    }

    /// The penalty: value times weight.
    public var penalty: Int { value * weight }

    private enum CodingKeys: String, CodingKey {
        case key, label, value, weight, penalty
    }

    /// Decodes a component (the penalty is recomputed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        label = try container.decode(String.self, forKey: .label)
        value = try container.decode(Int.self, forKey: .value)
        weight = try container.decode(Int.self, forKey: .weight)
    }

    /// Encodes the component with its penalty.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(label, forKey: .label)
        try container.encode(value, forKey: .value)
        try container.encode(weight, forKey: .weight)
        try container.encode(penalty, forKey: .penalty)
    }
}
