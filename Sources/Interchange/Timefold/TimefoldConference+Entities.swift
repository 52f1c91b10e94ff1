public import Planning

extension TimefoldConference {
    /// A talk type: the timeslots and rooms (positions) its talks may take.
    public struct TalkType: Hashable, Sendable {
        /// Its name.
        public var name: String
        /// `compatibleTimeslotSet`, as positions in ``TimefoldConference/timeslots``.
        public var timeslots: [Int]
        /// `compatibleRoomSet`, as positions in ``TimefoldConference/rooms``.
        public var rooms: [Int]

        /// Creates a talk type.
        public init(name: String, timeslots: [Int], rooms: [Int]) {
            self.name = name
            self.timeslots = timeslots
            self.rooms = rooms
        }
    }

    /// A timeslot.
    public struct Timeslot: Hashable, Sendable {
        /// When it starts.
        public var start: LocalDateTime
        /// When it ends.
        public var end: LocalDateTime
        /// `tagSet`.
        public var tags: [String]

        /// Creates a timeslot.
        public init(start: LocalDateTime, end: LocalDateTime, tags: [String]) {
            self.start = start
            self.end = end
            self.tags = tags
        }

        /// Minutes from start to end.
        public var minutes: Int { end.minuteIndex - start.minuteIndex }
    }

    /// A room.
    public struct Room: Hashable, Sendable {
        /// Its name.
        public var name: String
        /// Its capacity.
        public var capacity: Int
        /// `tagSet`.
        public var tags: [String]

        /// Creates a room.
        public init(name: String, capacity: Int, tags: [String]) {
            self.name = name
            self.capacity = capacity
            self.tags = tags
        }
    }

    /// A speaker.
    public struct Speaker: Hashable, Sendable {
        /// Their name.
        public var name: String
        /// `unavailableTimeslotSet`, as positions in ``TimefoldConference/timeslots``.
        public var unavailable: [Int]
        /// `preferredTimeslotTagSet`.
        public var preferredTimeslotTags: [String]
        /// `undesiredTimeslotTagSet`.
        public var undesiredTimeslotTags: [String]
        /// `requiredRoomTagSet`.
        public var requiredRoomTags: [String]
        /// `preferredRoomTagSet`.
        public var preferredRoomTags: [String]
        /// `prohibitedRoomTagSet`.
        public var prohibitedRoomTags: [String]
        /// `undesiredRoomTagSet`.
        public var undesiredRoomTags: [String]

        /// Creates a speaker.
        public init(
            name: String, unavailable: [Int] = [], preferredTimeslotTags: [String] = [],
            undesiredTimeslotTags: [String] = [], requiredRoomTags: [String] = [],
            preferredRoomTags: [String] = [],
            prohibitedRoomTags: [String] = [], undesiredRoomTags: [String] = []
        ) {
            self.name = name
            self.unavailable = unavailable
            self.preferredTimeslotTags = preferredTimeslotTags
            self.undesiredTimeslotTags = undesiredTimeslotTags
            self.requiredRoomTags = requiredRoomTags
            self.preferredRoomTags = preferredRoomTags
            self.prohibitedRoomTags = prohibitedRoomTags
            self.undesiredRoomTags = undesiredRoomTags
        }
    }

    /// A talk.
    public struct Talk: Hashable, Sendable {
        /// `code`.
        public var code: String
        /// `title`.
        public var title: String
        /// `talkType`, as a position in ``TimefoldConference/talkTypes``.
        public var talkType: Int
        /// `speakerList`, as positions in ``TimefoldConference/speakers``.
        public var speakers: [Int]
        /// `themeTrackTagSet`.
        public var themeTracks: [String]
        /// `sectorTagSet`.
        public var sectors: [String]
        /// `audienceTypeSet`.
        public var audienceTypes: [String]
        /// `audienceLevel`.
        public var audienceLevel: Int
        /// `contentTagSet`.
        public var content: [String]
        /// `language`.
        public var language: String
        /// `requiredRoomTagSet`.
        public var requiredRoomTags: [String]
        /// `preferredRoomTagSet`.
        public var preferredRoomTags: [String]
        /// `prohibitedRoomTagSet`.
        public var prohibitedRoomTags: [String]
        /// `undesiredRoomTagSet`.
        public var undesiredRoomTags: [String]
        /// `mutuallyExclusiveTalksTagSet`.
        public var exclusiveTags: [String]
        /// `prerequisiteTalkSet`, as positions in ``TimefoldConference/talks``.
        public var prerequisites: [Int]
        /// `favoriteCount`.
        public var favoriteCount: Int
        /// `crowdControlRisk`.
        public var crowdControlRisk: Int
        /// `pinnedByUser`.
        public var pinned: Bool
        /// `timeslot` as given (a position), when given.
        public var timeslot: Int?
        /// `room` as given (a position), when given.
        public var room: Int?

        /// Creates a talk.
        public init(
            code: String, title: String = "", talkType: Int, speakers: [Int] = [], themeTracks: [String] = [],
            sectors: [String] = [], audienceTypes: [String] = [], audienceLevel: Int = 1,
            content: [String] = [],
            language: String = "en", requiredRoomTags: [String] = [], preferredRoomTags: [String] = [],
            prohibitedRoomTags: [String] = [], undesiredRoomTags: [String] = [], exclusiveTags: [String] = [],
            prerequisites: [Int] = [], favoriteCount: Int = 0, crowdControlRisk: Int = 0,
            pinned: Bool = false,
            timeslot: Int? = nil, room: Int? = nil
        ) {
            self.code = code
            self.title = title
            self.talkType = talkType
            self.speakers = speakers
            self.themeTracks = themeTracks
            self.sectors = sectors
            self.audienceTypes = audienceTypes
            self.audienceLevel = audienceLevel
            self.content = content
            self.language = language
            self.requiredRoomTags = requiredRoomTags
            self.preferredRoomTags = preferredRoomTags
            self.prohibitedRoomTags = prohibitedRoomTags
            self.undesiredRoomTags = undesiredRoomTags
            self.exclusiveTags = exclusiveTags
            self.prerequisites = prerequisites
            self.favoriteCount = favoriteCount
            self.crowdControlRisk = crowdControlRisk
            self.pinned = pinned
            self.timeslot = timeslot
            self.room = room
        }
    }
}
