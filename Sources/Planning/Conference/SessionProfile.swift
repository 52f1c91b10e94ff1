/// What the timeslot grid knows of a session beyond its kind, people and order (Timefold's
/// conference model): its themes, sectors, audiences, level, content, language, the room tags it
/// asks for, tags it may not share a timeslot with, and whether it draws a crowd.
///
/// Only an event with a timeslot grid uses it; every field may stay empty.
public struct SessionProfile: Hashable, Codable, Sendable {
    /// Theme tracks (chủ đề): kept apart in time, in one room a day, on one day.
    public var themes: [String]
    /// Sectors (lĩnh vực): kept apart in time.
    public var sectors: [String]
    /// Audience types (đối tượng): varied within a timeslot, apart within a theme.
    public var audiences: [String]
    /// Level, 1 (basic) to 5: content for lower levels before higher ones.
    public var level: Int
    /// Content tags (nội dung): apart in time, on one day, lower levels first.
    public var content: [String]
    /// Language (ngôn ngữ), empty when not given: varied within a timeslot.
    public var language: String
    /// What the session asks of its room's tags.
    public var roomTags: TagRules
    /// Tags no other session at the same time may carry (mutually exclusive sessions).
    public var exclusiveTags: [String]
    /// Whether it draws a crowd: at most two such sessions per timeslot.
    public var crowdRisk: Bool

    /// The levels a session may have.
    public static let levels = 1...5

    /// A profile; lists kept sorted, without repeats, in NFC.
    public init(
        themes: [String] = [], sectors: [String] = [], audiences: [String] = [], level: Int = 1,
        content: [String] = [], language: String = "", roomTags: TagRules = TagRules(),
        exclusiveTags: [String] = [], crowdRisk: Bool = false
    ) {
        self.themes = TagRules.cleaned(themes)
        self.sectors = TagRules.cleaned(sectors)
        self.audiences = TagRules.cleaned(audiences)
        self.level = level
        self.content = TagRules.cleaned(content)
        self.language = TagRules.cleaned([language]).first ?? ""
        self.roomTags = roomTags
        self.exclusiveTags = TagRules.cleaned(exclusiveTags)
        self.crowdRisk = crowdRisk
    }

    /// Whether nothing is set.
    public var isEmpty: Bool { self == SessionProfile() }

    private enum CodingKeys: String, CodingKey {
        case themes, sectors, audiences, level, content, language, roomTags, exclusiveTags, crowdRisk
    }

    /// Reads a profile, any field missing taking its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func list(_ key: CodingKeys) throws -> [String] {
            try container.decodeIfPresent([String].self, forKey: key) ?? []
        }
        self.init(
            themes: try list(.themes), sectors: try list(.sectors), audiences: try list(.audiences),
            level: try container.decodeIfPresent(Int.self, forKey: .level) ?? 1, content: try list(.content),
            language: try container.decodeIfPresent(String.self, forKey: .language) ?? "",
            roomTags: try container.decodeIfPresent(TagRules.self, forKey: .roomTags) ?? TagRules(),
            exclusiveTags: try list(.exclusiveTags),
            crowdRisk: try container.decodeIfPresent(Bool.self, forKey: .crowdRisk) ?? false)
    }

    /// Writes the fields that differ from their defaults.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for (key, value) in [
            (CodingKeys.themes, themes), (.sectors, sectors), (.audiences, audiences), (.content, content),
            (.exclusiveTags, exclusiveTags),
        ] where !value.isEmpty {
            try container.encode(value, forKey: key)
        }
        if level != 1 { try container.encode(level, forKey: .level) }
        if !language.isEmpty { try container.encode(language, forKey: .language) }
        if !roomTags.isEmpty { try container.encode(roomTags, forKey: .roomTags) }
        if crowdRisk { try container.encode(crowdRisk, forKey: .crowdRisk) }
    }
}
