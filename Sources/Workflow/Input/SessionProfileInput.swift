public import Planning

/// A session's timeslot-grid profile as typed (`register session`, `edit session`): each field
/// nil when not given, so that an edit changes only what is given.
public struct SessionProfileInput: Hashable, Sendable {
    /// Theme tracks (`--theme`).
    public var themes: [String]?
    /// Sectors (`--sector`).
    public var sectors: [String]?
    /// Audience types (`--audience-type`).
    public var audiences: [String]?
    /// Level 1–5 (`--level`).
    public var level: Int?
    /// Content tags (`--content`).
    public var content: [String]?
    /// Language (`--language`).
    public var language: String?
    /// Room tags required (`--require-room-tag`).
    public var requiredRoomTags: [String]?
    /// Room tags preferred (`--prefer-room-tag`).
    public var preferredRoomTags: [String]?
    /// Room tags prohibited (`--prohibit-room-tag`).
    public var prohibitedRoomTags: [String]?
    /// Room tags rather avoided (`--avoid-room-tag`).
    public var undesiredRoomTags: [String]?
    /// Exclusive tags (`--exclusive-tag`).
    public var exclusiveTags: [String]?
    /// Whether it draws a crowd (`--crowd-risk`).
    public var crowdRisk: Bool?

    /// Nothing given.
    public init() {}

    /// The fields that may be cleared by `edit session --clear`.
    public static let clearable: [InputField] = [
        .theme, .sector, .audienceType, .content, .language, .roomTag, .exclusiveTag,
    ]

    /// `profile` with the fields given replaced and those in `clearing` emptied, each checked.
    func applied(to profile: SessionProfile, clearing: Clearing? = nil) throws(WorkflowError)
        -> SessionProfile
    {
        func list(_ given: [String]?, _ stored: [String], _ field: InputField) throws(WorkflowError)
            -> [String]
        {
            try clearing?.check(field, given: given != nil)
            if clearing?.contains(field) == true { return [] }
            return try given.map { values throws(WorkflowError) in try GridLabels.list(values, field: field) }
                ?? stored
        }
        let level = try self.level.map { value throws(WorkflowError) in
            try WrittenValue.integer(value, field: .level, in: InputLimits.level)
        }
        let roomsGiven = [requiredRoomTags, preferredRoomTags, prohibitedRoomTags, undesiredRoomTags]
            .contains { $0 != nil }
        try clearing?.check(.roomTag, given: roomsGiven)
        let stored = clearing?.contains(.roomTag) == true ? TagRules() : profile.roomTags
        let roomTags = TagRules(
            required: try list(requiredRoomTags, stored.required, .roomTag),
            preferred: try list(preferredRoomTags, stored.preferred, .roomTag),
            prohibited: try list(prohibitedRoomTags, stored.prohibited, .roomTag),
            undesired: try list(undesiredRoomTags, stored.undesired, .roomTag))
        let language = try list(
            self.language.map { [$0] }, profile.language.isEmpty ? [] : [profile.language], .language)
        return SessionProfile(
            themes: try list(themes, profile.themes, .theme),
            sectors: try list(sectors, profile.sectors, .sector),
            audiences: try list(audiences, profile.audiences, .audienceType), level: level ?? profile.level,
            content: try list(content, profile.content, .content), language: language.first ?? "",
            roomTags: roomTags, exclusiveTags: try list(exclusiveTags, profile.exclusiveTags, .exclusiveTag),
            crowdRisk: crowdRisk ?? profile.crowdRisk)
    }
}
