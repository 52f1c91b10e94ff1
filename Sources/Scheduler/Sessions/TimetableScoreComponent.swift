import Planning

/// One named component of a timetable's score.
///
/// Encodes to JSON as `key`, `label` (both languages), `value`, `weight` and `penalty`.
public struct TimetableScoreComponent: Hashable, Codable, Sendable {
    /// Which component.
    public var kind: TimetableScoreComponentKind
    /// The measured value, in the component's unit (sessions, minutes, rooms, pairs).
    public var value: Int
    /// The weight per unit.
    public var weight: Int

    /// Creates a component.
    public init(kind: TimetableScoreComponentKind, value: Int, weight: Int) {
        self.kind = kind
        self.value = value
        self.weight = weight
    }

    /// The stable key: `unplaced`, `plenaryOutsideMorning`, `connectionPointIdleMinutes`,
    /// `extraLinkTestMinutes`, `trackRoomChanges`, `preferenceMisses` or `movedFromPublished`.
    public var key: String { kind.rawValue }

    /// The penalty: value times weight.
    public var penalty: Int { value * weight }

    private enum CodingKeys: String, CodingKey {
        case key, label, value, weight, penalty
    }

    /// Decodes a component (the label and penalty are derived).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(TimetableScoreComponentKind.self, forKey: .key)
        value = try container.decode(Int.self, forKey: .value)
        weight = try container.decode(Int.self, forKey: .weight)
    }

    /// Encodes the component with its label in both languages and its penalty.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .key)
        try container.encode(BilingualText(SchedulerMessage.timetableComponent(kind)), forKey: .label)
        try container.encode(value, forKey: .value)
        try container.encode(weight, forKey: .weight)
        try container.encode(penalty, forKey: .penalty)
    }
}
