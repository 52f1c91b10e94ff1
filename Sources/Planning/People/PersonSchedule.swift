/// When a person can take part in sessions and what they ask of timeslots and rooms: spans they
/// are away (hard), and tag rules on the timeslots and rooms of their sessions.
public struct PersonSchedule: Hashable, Codable, Sendable {
    /// Spans the person cannot attend, sorted by start.
    public var unavailable: [TimeRange]
    /// What the person asks of their sessions' timeslot tags (required and prohibited count as
    /// preferred and undesired: a timeslot's tags are wishes, its spans are the hard part).
    public var timeslotTags: TagRules
    /// What the person asks of their sessions' room tags.
    public var roomTags: TagRules

    /// A schedule; spans sorted by start.
    public init(
        unavailable: [TimeRange] = [], timeslotTags: TagRules = TagRules(), roomTags: TagRules = TagRules()
    ) {
        self.unavailable = Array(Set(unavailable)).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.timeslotTags = timeslotTags
        self.roomTags = roomTags
    }

    /// Whether nothing is set.
    public var isEmpty: Bool { unavailable.isEmpty && timeslotTags.isEmpty && roomTags.isEmpty }

    /// Whether the person is away for any part of `range`.
    public func isAway(during range: TimeRange) -> Bool { unavailable.contains { $0.overlaps(range) } }

    private enum CodingKeys: String, CodingKey {
        case unavailable, timeslotTags, roomTags
    }

    /// Reads a schedule, any field missing counting as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            unavailable: try container.decodeIfPresent([TimeRange].self, forKey: .unavailable) ?? [],
            timeslotTags: try container.decodeIfPresent(TagRules.self, forKey: .timeslotTags) ?? TagRules(),
            roomTags: try container.decodeIfPresent(TagRules.self, forKey: .roomTags) ?? TagRules())
    }

    /// Writes the fields that are set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !unavailable.isEmpty { try container.encode(unavailable, forKey: .unavailable) }
        if !timeslotTags.isEmpty { try container.encode(timeslotTags, forKey: .timeslotTags) }
        if !roomTags.isEmpty { try container.encode(roomTags, forKey: .roomTags) }
    }
}
