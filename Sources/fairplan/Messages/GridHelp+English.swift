extension GridHelp {
    /// The English wording.
    var englishText: String {
        switch self {
        case .timeslotAbstract: "Add a timeslot to the grid (timetable slot by slot)."
        case .timeslotDiscussion:
            """
            Once the event has timeslots, `fairplan schedule sessions` puts each session in a timeslot and \
            a room that take its kind (starting when the timeslot starts), instead of at any quarter hour. \
            A timeslot lies within one day's opening hours; it may take only some kinds of session (--kind) \
            and carry tags (--tag) that people may prefer or avoid. Remove one with `fairplan remove \
            timeslot "16/11/2026 08:00-09:30"`; with none left, sessions start freely again.
            """
        case .timeslotTime: "The timeslot, written «dd/mm/yyyy hh:mm-hh:mm»."
        case .timeslotKind: "A kind of session the timeslot takes (repeatable); none: any kind."
        case .timeslotTag:
            "The timeslot's tags (repeated or comma-separated), for example morning, after-break."
        case .pause:
            "The least pause, in minutes, between two sessions of one person on a day, for the whole grid."
        case .theme: "A theme track of the session (repeatable): kept apart in time, in one room a day."
        case .sector: "A sector of the session (repeatable): sessions of one sector kept apart in time."
        case .audienceType:
            "An audience type of the session (repeatable), for example coop-managers, members."
        case .level: "The session's level, 1 (basic) to 5: basic content before advanced content."
        case .content: "A content tag (repeatable): the same content at different times, on one day."
        case .language: "The session's language, for example vi, en."
        case .requireRoomTag: "A room tag the room must have (repeatable)."
        case .preferRoomTag: "A room tag the room should have (repeatable)."
        case .prohibitRoomTag: "A room tag the room must not have (repeatable)."
        case .avoidRoomTag: "A room tag the room should not have (repeatable)."
        case .exclusiveTag: "An exclusive tag: two sessions with it never run at once (repeatable)."
        case .crowdRisk: "The session draws a crowd: at most two such sessions per timeslot."
        case .unavailable: "A span the person is away, written «dd/mm/yyyy hh:mm-hh:mm» (repeatable)."
        case .preferTimeslotTag: "A timeslot tag the person would like (repeatable)."
        case .avoidTimeslotTag: "A timeslot tag the person would rather avoid (repeatable)."
        case .after: "A session that must be over before this one starts (identifier or title; repeatable)."
        }
    }
}
