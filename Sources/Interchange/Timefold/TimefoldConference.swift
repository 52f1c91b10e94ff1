/// A conference-scheduling problem as Timefold's example writes it (the JSON of
/// `TimefoldAI/timefold-solver-benchmarks`, `data/conferencescheduling`), with references
/// resolved to positions in the lists.
///
/// Read one with ``TimefoldConferenceReader``; ``gridProblem()`` maps it to FairPlan's
/// ``GridProblem``; ``TimefoldScoreChecker`` scores a timetable of it by Timefold's own
/// constraint definitions.
public struct TimefoldConference: Hashable, Sendable {
    /// The conference's name.
    public var name: String
    /// `minimumConsecutiveTalksPauseInMinutes`.
    public var pauseMinutes: Int
    /// The talk types.
    public var talkTypes: [TalkType]
    /// The timeslots.
    public var timeslots: [Timeslot]
    /// The rooms.
    public var rooms: [Room]
    /// The speakers.
    public var speakers: [Speaker]
    /// The talks.
    public var talks: [Talk]

    /// Creates a conference.
    public init(
        name: String, pauseMinutes: Int, talkTypes: [TalkType], timeslots: [Timeslot], rooms: [Room],
        speakers: [Speaker], talks: [Talk]
    ) {
        self.name = name
        self.pauseMinutes = pauseMinutes
        self.talkTypes = talkTypes
        self.timeslots = timeslots
        self.rooms = rooms
        self.speakers = speakers
        self.talks = talks
    }
}
