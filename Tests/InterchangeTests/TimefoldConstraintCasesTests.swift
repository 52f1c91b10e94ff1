import Interchange
import Planning
import Testing

/// The cases of Timefold's own `ConferenceSchedulingConstraintProviderTest` (one per constraint:
/// a few talks, the match weights Timefold's verifier expects), rebuilt here: the checker must
/// give each constraint exactly that match weight times its weight.
@Suite struct TimefoldConstraintCasesTests {
    typealias Talk = TimefoldConference.Talk
    typealias Speaker = TimefoldConference.Speaker
    typealias Room = TimefoldConference.Room

    /// Timefold's fixtures: Monday 9–10 («a»), 10–11 («b»), 11–12 («c»), Tuesday 9–10 and
    /// Wednesday 9–10 («c»), 1 February 2000.
    static let (monday9, monday10, monday11, tuesday9, wednesday9) = (0, 1, 2, 3, 4)

    static func slot(day: Int, hour: Int, tag: String) -> TimefoldConference.Timeslot {
        // 2000-02-01 is day 10,988 since 1970.
        let start = LocalDateTime(unixSeconds: Int64((10_987 + day) * 86_400 - 7 * 3_600 + hour * 3_600))
        return TimefoldConference.Timeslot(start: start, end: start.adding(minutes: 60), tags: [tag])
    }

    static let timeslots = [
        slot(day: 1, hour: 9, tag: "a"), slot(day: 1, hour: 10, tag: "b"), slot(day: 1, hour: 11, tag: "c"),
        slot(day: 2, hour: 9, tag: "c"), slot(day: 3, hour: 9, tag: "c"),
    ]

    /// The checker's score of one constraint for talks placed in (timeslot, room).
    func score(
        _ name: String, talks: [(Talk, Int, Int)], rooms: [Room] = [Room(name: "0", capacity: 0, tags: [])],
        speakers: [Speaker] = [], pause: Int = 0
    ) -> Int {
        let conference = TimefoldConference(
            name: "test", pauseMinutes: pause,
            talkTypes: [
                .init(name: "T", timeslots: Array(Self.timeslots.indices), rooms: Array(rooms.indices))
            ],
            timeslots: Self.timeslots, rooms: rooms, speakers: speakers, talks: talks.map(\.0))
        let placements = talks.map { TimefoldScoreChecker.Placement(timeslot: $0.1, room: $0.2) }
        return TimefoldScoreChecker(conference: conference).score(placements).constraints.first {
            $0.name == name
        }?
        .score ?? .min
    }

    func talk(
        speakers: [Int] = [], themes: [String] = [], sectors: [String] = [], audiences: [String] = [],
        level: Int = 1, content: [String] = [], language: String = "en", required: [String] = [],
        preferred: [String] = [], prohibited: [String] = [], undesired: [String] = [],
        exclusive: [String] = [],
        prerequisites: [Int] = [], favourites: Int = 0, crowd: Int = 0
    ) -> Talk {
        Talk(
            code: "", talkType: 0, speakers: speakers, themeTracks: themes, sectors: sectors,
            audienceTypes: audiences,
            audienceLevel: level, content: content, language: language, requiredRoomTags: required,
            preferredRoomTags: preferred, prohibitedRoomTags: prohibited, undesiredRoomTags: undesired,
            exclusiveTags: exclusive, prerequisites: prerequisites, favoriteCount: favourites,
            crowdControlRisk: crowd)
    }

    @Test func hardConstraints() {
        let (mon9, mon10, mon11) = (Self.monday9, Self.monday10, Self.monday11)
        let unavailable = [Speaker(name: "1", unavailable: [mon9]), Speaker(name: "2", unavailable: [mon10])]
        #expect(
            score(
                "Speaker unavailable timeslot",
                talks: [(talk(speakers: [0]), mon9, 0), (talk(speakers: [1]), mon9, 0)],
                speakers: unavailable) == -100 * 60)
        #expect(
            score(
                "Speaker conflict",
                talks: [
                    (talk(speakers: [0]), mon9, 0), (talk(speakers: [0]), mon9, 0),
                    (talk(speakers: [0]), mon10, 0),
                ],
                speakers: [Speaker(name: "1")]) == -10 * 60)
        #expect(
            score(
                "Talk prerequisite talks",
                talks: [
                    (talk(), mon9, 0), (talk(prerequisites: [0]), mon9, 0),
                    (talk(prerequisites: [0]), mon10, 0),
                ])
                == -10 * 120)
        #expect(
            score(
                "Talk mutually-exclusive-talks tags",
                talks: [
                    (talk(), mon9, 0), (talk(exclusive: ["a", "b"]), mon9, 0),
                    (talk(exclusive: ["a", "b", "c"]), mon9, 0),
                ])
                == -1 * 120)
        #expect(
            score(
                "Consecutive talks pause",
                talks: [
                    (talk(speakers: [0]), mon9, 0), (talk(speakers: [0]), mon10, 0),
                    (talk(speakers: [0]), mon11, 0),
                    (talk(speakers: [1]), mon9, 0),
                ], speakers: [Speaker(name: "1"), Speaker(name: "2")], pause: 10) == -1 * 240)
        #expect(
            score(
                "Crowd control",
                talks: [
                    (talk(crowd: 1), mon9, 0), (talk(crowd: 1), mon9, 0), (talk(crowd: 1), mon9, 0),
                    (talk(crowd: 1), mon10, 0), (talk(crowd: 1), mon10, 0), (talk(), mon10, 0),
                ]) == -1 * 180)
        let tagged = [Room(name: "0", capacity: 0, tags: ["a"])]
        #expect(
            score(
                "Speaker required room tags",
                talks: [(talk(speakers: [0]), mon9, 0), (talk(speakers: [1]), mon10, 0)],
                rooms: tagged,
                speakers: [
                    Speaker(name: "1", requiredRoomTags: ["a"]), Speaker(name: "2", requiredRoomTags: ["x"]),
                ])
                == -60)
        #expect(
            score(
                "Speaker prohibited room tags",
                talks: [(talk(speakers: [0]), mon9, 0), (talk(speakers: [1]), mon10, 0)],
                rooms: tagged,
                speakers: [
                    Speaker(name: "1", prohibitedRoomTags: ["a"]),
                    Speaker(name: "2", prohibitedRoomTags: ["x"]),
                ])
                == -60)
        #expect(
            score(
                "Talk required room tags",
                talks: [(talk(required: ["a", "b"]), mon9, 0), (talk(), mon10, 0)],
                rooms: tagged) == -60)
        #expect(
            score(
                "Talk prohibited room tags",
                talks: [(talk(prohibited: ["a", "b"]), mon9, 0), (talk(), mon10, 0)],
                rooms: tagged) == -60)
    }

    @Test func pairedSoftConstraints() {
        let (mon9, mon10, mon11, tue9) = (Self.monday9, Self.monday10, Self.monday11, Self.tuesday9)
        func four(_ make: (String) -> Talk) -> [(Talk, Int, Int)] {
            [(make("a"), mon9, 0), (make("a"), mon9, 0), (make("b"), mon9, 0), (make("a"), mon10, 0)]
        }
        #expect(score("Theme track conflict", talks: four { talk(themes: [$0]) }) == -10 * 60)
        #expect(score("Sector conflict", talks: four { talk(sectors: [$0]) }) == -10 * 60)
        #expect(score("Audience type diversity", talks: four { talk(audiences: [$0]) }) == 1 * 60)
        #expect(score("Content conflict", talks: four { talk(content: [$0]) }) == -100 * 60)
        #expect(score("Language diversity", talks: four { talk(language: $0) }) == 10 * 120)
        #expect(score("Audience level diversity", talks: four { talk(level: $0 == "a" ? 1 : 2) }) == 1 * 120)
        let rooms = [Room(name: "0", capacity: 0, tags: []), Room(name: "1", capacity: 0, tags: [])]
        #expect(
            score(
                "Theme track room stability",
                talks: [
                    (talk(themes: ["a"]), mon9, 0), (talk(themes: ["a"]), mon10, 1),
                    (talk(themes: ["b"]), mon11, 0),
                    (talk(themes: ["a"]), tue9, 1),
                ], rooms: rooms) == -10 * 120)
        #expect(
            score(
                "Audience type theme track conflict",
                talks: [
                    (talk(themes: ["b"], audiences: ["a"]), mon9, 0),
                    (talk(themes: ["a"], audiences: ["a"]), mon9, 0),
                    (talk(themes: ["a"], audiences: ["b"]), mon9, 0),
                    (talk(themes: ["a"], audiences: ["a"]), mon10, 0),
                    (talk(themes: ["b"], audiences: ["a"]), mon9, 0),
                    (talk(themes: ["c"], audiences: ["a"]), mon9, 0),
                ]) == -1 * 60)
        #expect(
            score(
                "Content audience level flow violation",
                talks: [
                    (talk(level: 1, content: ["a"]), mon9, 0), (talk(level: 2, content: ["a"]), mon9, 0),
                    (talk(level: 3, content: ["b"]), mon9, 0), (talk(level: 1, content: ["a"]), mon10, 0),
                ]) == -10 * 240)
        // Timefold's two same-day cases (content, theme track) are one constraint now: 480 + 480.
        #expect(
            score(
                "Same day talks",
                talks: [
                    (talk(themes: ["a"], content: ["a"]), mon9, 0),
                    (talk(themes: ["a"], content: ["b"]), tue9, 0),
                    (talk(themes: ["a"], content: ["a"]), tue9, 0),
                    (talk(themes: ["b"], content: ["a"]), mon9, 0),
                    (talk(themes: ["b"], content: ["b"]), tue9, 0),
                    (talk(themes: ["b"], content: ["a"]), tue9, 0),
                ]) == -10 * 960)
        let sizes = [Room(name: "small", capacity: 10, tags: []), Room(name: "big", capacity: 20, tags: [])]
        #expect(
            score(
                "Popular talks",
                talks: [
                    (talk(favourites: 2), mon9, 0), (talk(favourites: 2), mon9, 1),
                    (talk(favourites: 1), mon9, 1),
                ],
                rooms: sizes) == -10 * 120)
    }

    @Test func tagPreferencesAndMakespan() {
        let (mon9, mon10, tue9, wed9) = (Self.monday9, Self.monday10, Self.tuesday9, Self.wednesday9)
        let tagged = [Room(name: "0", capacity: 0, tags: ["a"])]
        #expect(
            score(
                "Speaker preferred room tags",
                talks: [(talk(speakers: [0]), mon9, 0), (talk(speakers: [1]), mon10, 0)],
                rooms: tagged,
                speakers: [
                    Speaker(name: "1", preferredRoomTags: ["a"]),
                    Speaker(name: "2", preferredRoomTags: ["x"]),
                ])
                == -20 * 60)
        #expect(
            score(
                "Speaker undesired room tags",
                talks: [(talk(speakers: [0]), mon9, 0), (talk(speakers: [1]), mon10, 0)],
                rooms: tagged,
                speakers: [
                    Speaker(name: "1", undesiredRoomTags: ["a"]),
                    Speaker(name: "2", undesiredRoomTags: ["x"]),
                ])
                == -20 * 60)
        #expect(
            score(
                "Talk preferred room tags",
                talks: [(talk(preferred: ["a", "b"]), mon9, 0), (talk(), mon10, 0)],
                rooms: tagged) == -20 * 60)
        #expect(
            score(
                "Talk undesired room tags",
                talks: [(talk(undesired: ["a", "b"]), mon9, 0), (talk(), mon10, 0)],
                rooms: tagged) == -20 * 60)
        #expect(
            score(
                "Speaker makespan",
                talks: [
                    (talk(speakers: [0, 1]), mon9, 0), (talk(speakers: [0, 1]), tue9, 0),
                    (talk(speakers: [0]), wed9, 0),
                ],
                speakers: [Speaker(name: "1", unavailable: [mon9]), Speaker(name: "2", unavailable: [mon10])])
                == -20 * 480)
        // Timeslot tags: Monday 9–10 is «a», 10–11 «b».
        #expect(
            score(
                "Speaker preferred timeslot tags",
                talks: [(talk(speakers: [0]), mon9, 0), (talk(speakers: [0]), mon10, 0)],
                speakers: [Speaker(name: "1", preferredTimeslotTags: ["a"])]) == -20 * 60)
        #expect(
            score(
                "Speaker undesired timeslot tags",
                talks: [(talk(speakers: [0]), mon9, 0), (talk(speakers: [0]), mon10, 0)],
                speakers: [Speaker(name: "1", undesiredTimeslotTags: ["a"])]) == -20 * 60)
    }
}
