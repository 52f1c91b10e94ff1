/// A session of a grid timetable: its kind (which timeslots and rooms take it), its people, the
/// tags that relate it to other sessions, and what it asks of its room.
public struct GridSession: Hashable, Codable, Sendable {
    /// A short code or the title, for explanations.
    public var name: String
    /// Its kind, such as «Breakout» or «Lab»: it goes only in timeslots and rooms taking the kind.
    public var kind: String
    /// Its people (indices into ``GridProblem/people``).
    public var people: [Int]
    /// Its theme tracks: sessions of one track should not overlap and should keep one room a day.
    public var themes: Set<String>
    /// Its sectors: sessions of one sector should not overlap.
    public var sectors: Set<String>
    /// Its audience types.
    public var audiences: Set<String>
    /// Its audience level (1 beginner, higher for more advanced audiences).
    public var level: Int
    /// Its content tags: sessions on one content should not overlap and should share a day.
    public var content: Set<String>
    /// Its language.
    public var language: String
    /// Tags asked of its room.
    public var roomTags: GridTagRules
    /// Tags no overlapping session may share (hard).
    public var exclusiveTags: Set<String>
    /// Sessions (indices) that must be over before it starts (hard).
    public var prerequisites: [Int]
    /// How popular it is (such as favourites): more popular sessions get larger rooms.
    public var popularity: Int
    /// Whether it draws a crowd: at most two such sessions in one timeslot (hard).
    public var crowdRisk: Bool
    /// The timeslot and room (indices) it is pinned to, when pinned: the search never moves it.
    public var pin: GridCell?
    /// The timeslots it may take, when restricted beyond its kind (a fixed start, a window, a
    /// length, its connection points' hours); nil for every timeslot of its kind.
    public var timeslots: Set<Int>?
    /// The rooms it may take, when restricted beyond its kind (seats, video link); nil for every
    /// room of its kind.
    public var rooms: Set<Int>?
    /// Where the published programme puts it, when on the grid: another cell costs
    /// `publishedMoved`.
    public var published: GridCell?

    /// Creates a session.
    public init(
        name: String, kind: String = "", people: [Int] = [], themes: Set<String> = [],
        sectors: Set<String> = [],
        audiences: Set<String> = [], level: Int = 1, content: Set<String> = [], language: String = "",
        roomTags: GridTagRules = GridTagRules(), exclusiveTags: Set<String> = [], prerequisites: [Int] = [],
        popularity: Int = 0, crowdRisk: Bool = false, pin: GridCell? = nil, timeslots: Set<Int>? = nil,
        rooms: Set<Int>? = nil, published: GridCell? = nil
    ) {
        self.name = name
        self.kind = kind
        self.people = people
        self.themes = themes
        self.sectors = sectors
        self.audiences = audiences
        self.level = level
        self.content = content
        self.language = language
        self.roomTags = roomTags
        self.exclusiveTags = exclusiveTags
        self.prerequisites = prerequisites
        self.popularity = popularity
        self.crowdRisk = crowdRisk
        self.pin = pin
        self.timeslots = timeslots
        self.rooms = rooms
        self.published = published
    }

    /// Whether it may take `slot` and `room` of `problem` (pins aside).
    func mayTake(slot: Int, room: Int, of problem: GridProblem) -> Bool {
        problem.timeslots[slot].takes(kind) && problem.rooms[room].takes(kind)
            && timeslots?.contains(slot) ?? true && rooms?.contains(room) ?? true
    }
}
