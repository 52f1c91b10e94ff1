/// A named component of a timeslot-grid timetable's score (``GridTimetabler``).
///
/// Hard components must be 0 in an acceptable timetable; soft ones are preferences. Each counts
/// a value in minutes (a session's or a pair's minutes, times how many tags, people or days are
/// involved), which ``GridWeights`` multiplies by the component's weight; a negative weight makes
/// a component a reward. Raw values are the stable keys used in JSON and benchmark output.
public enum GridComponent: String, CaseIterable, Codable, Sendable {
    // MARK: Hard

    /// Two sessions in one room at overlapping times: the minutes they overlap.
    case roomConflict = "room-conflict"
    /// A session in a timeslot one of its people cannot attend: its minutes, per such person.
    case personUnavailable = "person-unavailable"
    /// Two sessions sharing people at overlapping times: the minutes they overlap, per person shared.
    case personConflict = "person-conflict"
    /// A prerequisite session not over before a session that needs it starts: both sessions' minutes.
    case prerequisite
    /// Two sessions sharing a mutually exclusive tag at overlapping times: overlap times tags shared.
    case exclusiveTags = "exclusive-tags"
    /// Two sessions of one person on one day without the minimum pause between them (or
    /// overlapping): both sessions' minutes.
    case pause
    /// A crowd-risk session in a timeslot with two or more other crowd-risk sessions: its minutes.
    case crowd
    /// A room lacking tags a session requires: tags missing times the session's minutes.
    case sessionRequiredRoomTags = "session-required-room-tags"
    /// A room with tags a session prohibits: tags present times the session's minutes.
    case sessionProhibitedRoomTags = "session-prohibited-room-tags"
    /// A room lacking tags a session's person requires: tags missing, per person, times minutes.
    case personRequiredRoomTags = "person-required-room-tags"
    /// A room with tags a session's person prohibits: tags present, per person, times minutes.
    case personProhibitedRoomTags = "person-prohibited-room-tags"

    // MARK: Soft

    /// Two sessions of one theme track at overlapping times: overlap times tracks shared.
    case themeConflict = "theme-conflict"
    /// Two sessions of one theme track on one day in different rooms: both sessions' minutes times
    /// tracks shared.
    case themeRoomStability = "theme-room-stability"
    /// Two sessions of one sector at overlapping times: overlap times sectors shared.
    case sectorConflict = "sector-conflict"
    /// Two sessions in one timeslot with audience types in common: the slot's minutes times types
    /// shared (a reward with the standard weight).
    case audienceTypeDiversity = "audience-type-diversity"
    /// Two sessions of one theme track and audience type at overlapping times: overlap times
    /// tracks times types shared.
    case audienceTypeThemeConflict = "audience-type-theme-conflict"
    /// Two sessions in one timeslot for different audience levels: the slot's minutes (a reward
    /// with the standard weight).
    case audienceLevelDiversity = "audience-level-diversity"
    /// A session for a lower audience level still running when one on the same content for a
    /// higher level starts: both sessions' minutes times content tags shared.
    case contentLevelFlow = "content-level-flow"
    /// Two sessions on the same content at overlapping times: overlap times content tags shared.
    case contentConflict = "content-conflict"
    /// Two sessions in one timeslot in different languages: the slot's minutes (a reward with the
    /// standard weight).
    case languageDiversity = "language-diversity"
    /// Two sessions sharing content or theme tracks on different days: both sessions' minutes
    /// times tags shared.
    case sameDay = "same-day"
    /// A more popular session in a smaller room than a less popular one: both sessions' minutes.
    case popularRooms = "popular-rooms"
    /// A timeslot lacking tags a session's person prefers: tags missing times minutes.
    case personPreferredTimeslotTags = "person-preferred-timeslot-tags"
    /// A timeslot with tags a session's person would rather avoid: tags present times minutes.
    case personUndesiredTimeslotTags = "person-undesired-timeslot-tags"
    /// A room lacking tags a session's person prefers: tags missing times minutes.
    case personPreferredRoomTags = "person-preferred-room-tags"
    /// A room with tags a session's person would rather avoid: tags present times minutes.
    case personUndesiredRoomTags = "person-undesired-room-tags"
    /// A room lacking tags a session prefers: tags missing times minutes.
    case sessionPreferredRoomTags = "session-preferred-room-tags"
    /// A room with tags a session would rather avoid: tags present times minutes.
    case sessionUndesiredRoomTags = "session-undesired-room-tags"
    /// A person's sessions spread over more than two days: 480 minutes per day beyond the second.
    case personSpread = "person-spread"
    /// A session moved from where the published programme put it (FairPlan's own,
    /// not Timefold's: it keeps a published programme steady when it is timetabled again).
    case publishedMoved = "published-moved"

    /// Whether the component is a hard rule.
    public var isHard: Bool {
        switch self {
        case .roomConflict, .personUnavailable, .personConflict, .prerequisite, .exclusiveTags, .pause,
            .crowd, .sessionRequiredRoomTags, .sessionProhibitedRoomTags, .personRequiredRoomTags,
            .personProhibitedRoomTags:
            true
        default: false
        }
    }

    /// The component's position in `allCases`, for tables indexed by component.
    var ordinal: Int {
        switch self {
        case .roomConflict: 0
        case .personUnavailable: 1
        case .personConflict: 2
        case .prerequisite: 3
        case .exclusiveTags: 4
        case .pause: 5
        case .crowd: 6
        case .sessionRequiredRoomTags: 7
        case .sessionProhibitedRoomTags: 8
        case .personRequiredRoomTags: 9
        case .personProhibitedRoomTags: 10
        case .themeConflict: 11
        case .themeRoomStability: 12
        case .sectorConflict: 13
        case .audienceTypeDiversity: 14
        case .audienceTypeThemeConflict: 15
        case .audienceLevelDiversity: 16
        case .contentLevelFlow: 17
        case .contentConflict: 18
        case .languageDiversity: 19
        case .sameDay: 20
        case .popularRooms: 21
        case .personPreferredTimeslotTags: 22
        case .personUndesiredTimeslotTags: 23
        case .personPreferredRoomTags: 24
        case .personUndesiredRoomTags: 25
        case .sessionPreferredRoomTags: 26
        case .sessionUndesiredRoomTags: 27
        case .personSpread: 28
        case .publishedMoved: 29
        }
    }
}
