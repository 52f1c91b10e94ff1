import Foundation
import Interchange
import Planning
import Scheduler
import Testing

/// The independent checker on hand-made cases whose Timefold scores are worked out by hand from
/// the constraint definitions, and FairPlan's own grid scoring agreeing with it.
@Suite struct TimefoldScoreCheckerTests {
    /// October 2018, day `day`, at `hour`:`minute` in Vietnam's time (2018-10-01 is day 17,805 since 1970).
    func time(_ day: Int, _ hour: Int, _ minute: Int) -> LocalDateTime {
        LocalDateTime(unixSeconds: Int64((17_804 + day) * 86_400 - 7 * 3_600 + hour * 3_600 + minute * 60))
    }

    func place(_ pairs: [(Int, Int)]) -> [TimefoldScoreChecker.Placement] {
        pairs.map { TimefoldScoreChecker.Placement(timeslot: $0.0, room: $0.1) }
    }

    func score(_ name: String, in score: TimefoldScore) -> Int {
        score.constraints.first { $0.name == name }?.score ?? 0
    }

    /// Two talks in one room at one time, sharing a track, an audience type and content, for
    /// different levels and in different languages.
    @Test func twoTalksInOneRoomAtOnce() {
        let conference = TimefoldConference(
            name: "A", pauseMinutes: 15, talkTypes: [.init(name: "Breakout", timeslots: [0], rooms: [0, 1])],
            timeslots: [.init(start: time(1, 10, 0), end: time(1, 10, 45), tags: [])],
            rooms: [.init(name: "R1", capacity: 100, tags: []), .init(name: "R2", capacity: 50, tags: [])],
            speakers: [],
            talks: [
                .init(
                    code: "A", talkType: 0, themeTracks: ["t"], audienceTypes: ["dev"], audienceLevel: 1,
                    content: ["x"],
                    language: "en", favoriteCount: 10),
                .init(
                    code: "B", talkType: 0, themeTracks: ["t"], audienceTypes: ["dev"], audienceLevel: 2,
                    content: ["x"],
                    language: "fr", favoriteCount: 20),
            ])
        let result = TimefoldScoreChecker(conference: conference).score(place([(0, 0), (0, 0)]))
        #expect(score("Room conflict", in: result) == -45_000)
        #expect(score("Theme track conflict", in: result) == -450)
        #expect(score("Audience type theme track conflict", in: result) == -45)
        #expect(score("Content conflict", in: result) == -4_500)
        #expect(score("Audience type diversity", in: result) == 45)
        #expect(score("Audience level diversity", in: result) == 45)
        #expect(score("Language diversity", in: result) == 450)
        #expect(score("Content audience level flow violation", in: result) == -900)
        #expect(result.hard == -45_000 && result.soft == -5_355)
        #expect(result.description == "-45000hard/-5355soft")
        // In different rooms: no room conflict, but the less popular talk in the larger room and one
        // track in two rooms on one day.
        let apart = TimefoldScoreChecker(conference: conference).score(place([(0, 0), (0, 1)]))
        #expect(apart.hard == 0)
        #expect(score("Popular talks", in: apart) == -900)
        #expect(score("Theme track room stability", in: apart) == -900)
        #expect(apart.soft == -5_355 - 900 - 900)
    }

    /// One speaker's talks: a prerequisite in the wrong order, too short a pause, a required room
    /// tag missing, an unavailable timeslot and talks three days apart.
    @Test func aSpeakersTalks() {
        let conference = TimefoldConference(
            name: "B", pauseMinutes: 15,
            talkTypes: [.init(name: "Breakout", timeslots: [0, 1, 2], rooms: [0, 1])],
            timeslots: [
                .init(start: time(1, 10, 0), end: time(1, 10, 45), tags: []),
                .init(start: time(1, 10, 50), end: time(1, 11, 35), tags: []),
                .init(start: time(3, 10, 0), end: time(3, 10, 45), tags: []),
            ],
            rooms: [
                .init(name: "R1", capacity: 100, tags: ["Recorded"]),
                .init(name: "R2", capacity: 50, tags: []),
            ],
            speakers: [
                .init(name: "Amy", unavailable: [2], requiredRoomTags: ["Large"]), .init(name: "Ben"),
            ],
            talks: [
                .init(code: "A", talkType: 0, speakers: [0], prerequisites: [1]),
                .init(code: "B", talkType: 0, speakers: [0]),
                .init(code: "C", talkType: 0, speakers: [1]),
                .init(code: "D", talkType: 0, speakers: [0]),
            ])
        let result = TimefoldScoreChecker(conference: conference).score(
            place([(0, 0), (1, 1), (2, 0), (2, 1)]))
        #expect(score("Talk prerequisite talks", in: result) == -900)
        #expect(score("Consecutive talks pause", in: result) == -90)
        #expect(score("Speaker required room tags", in: result) == -135)
        #expect(score("Speaker unavailable timeslot", in: result) == -4_500)
        #expect(score("Speaker makespan", in: result) == -9_600)
        #expect(result.hard == -5_625 && result.soft == -9_600)
    }

    /// Crowd control counts a crowd-risk talk only when two or more others share its timeslot.
    @Test func crowdControl() {
        let rooms = (0..<3).map { TimefoldConference.Room(name: "R\($0)", capacity: 10, tags: []) }
        let conference = TimefoldConference(
            name: "C", pauseMinutes: 0, talkTypes: [.init(name: "T", timeslots: [0], rooms: [0, 1, 2])],
            timeslots: [.init(start: time(1, 9, 0), end: time(1, 10, 0), tags: [])], rooms: rooms,
            speakers: [],
            talks: (0..<3).map { .init(code: "S\($0)", talkType: 0, crowdControlRisk: 1) })
        let checker = TimefoldScoreChecker(conference: conference)
        #expect(score("Crowd control", in: checker.score(place([(0, 0), (0, 1), (0, 2)]))) == -180)
        var two = conference
        two.talks[2].crowdControlRisk = 0
        #expect(
            score(
                "Crowd control",
                in: TimefoldScoreChecker(conference: two).score(place([(0, 0), (0, 1), (0, 2)]))) == 0)
    }

    /// FairPlan's own grid score and the checker agree on every component total, on the shipped
    /// instances under seeded random timetables (hard violations and all).
    @Test(arguments: ["18talks-6timeslots-5rooms.json", "36talks-12timeslots-5rooms.json"])
    func gridScoreAgreesWithTheChecker(file: String) throws {
        let conference = try TimefoldConferenceReader().read(path: Fixtures.path("timefold/" + file))
        let problem = conference.gridProblem()
        var random = SeededGenerator(seed: 7)
        for _ in 0..<5 {
            let cells = conference.talks.map { talk -> GridCell in
                let type = conference.talkTypes[talk.talkType]
                return GridCell(
                    timeslot: type.timeslots[Int(random.next() % UInt64(type.timeslots.count))],
                    room: type.rooms[Int(random.next() % UInt64(type.rooms.count))])
            }
            let own = try GridTimetabler.score(problem, cells: cells)
            let checked = TimefoldScoreChecker(conference: conference).score(
                cells.map { .init(timeslot: $0.timeslot, room: $0.room) })
            #expect(own.hard == -checked.hard)
            #expect(own.soft == -checked.soft)
        }
    }

    /// The grid timetabler gives the 18-talk instance a timetable with no hard violation, as the
    /// checker counts it.
    @Test func solvesTheSmallInstanceWithoutHardViolations() throws {
        let conference = try TimefoldConferenceReader().read(
            path: Fixtures.path("timefold/18talks-6timeslots-5rooms.json"))
        let result = try GridTimetabler(seed: 1, limits: SearchLimits(maximumIterations: 20_000))
            .solve(conference.gridProblem(), clock: ContinuousClock())
        let placements = result.cells.map {
            TimefoldScoreChecker.Placement(timeslot: $0.timeslot, room: $0.room)
        }
        let checker = TimefoldScoreChecker(conference: conference)
        let score = checker.score(placements)
        #expect(score.hard == 0)
        #expect(checker.outsideValueRange(placements).isEmpty)
        #expect(result.score.hard == 0 && result.score.soft == -score.soft)
        let pinned = conference.talks.firstIndex(where: \.pinned) ?? 0
        #expect(result.cells[pinned] == GridCell(timeslot: 1, room: 0))
    }
}

/// The timetable Timefold's repository stores for the 216-talk instance, with the score Timefold
/// recorded for it: the checker must give exactly that score.
@Suite struct TimefoldRecordedScoreTests {
    @Test func reproducesTimefoldsRecordedScore() throws {
        let instance = Fixtures.packageRoot.appendingPathComponent(
            "Benchmarks/timefold-conference/216talks-18timeslots-20rooms.json"
        ).path
        let conference = try TimefoldConferenceReader().read(path: instance)
        let text = try String(
            contentsOfFile: Fixtures.path("timefold/216talks-stored-timetable.txt"), encoding: .utf8)
        // Positions in the lists by id: the instance lists timeslots and rooms in id order.
        var cells: [Int: (Int, Int)] = [:]
        for line in text.split(separator: "\n") {
            let numbers = line.split(separator: " ").compactMap { Int($0) }
            try #require(numbers.count == 3)
            cells[numbers[0]] = (numbers[1], numbers[2])
        }
        try #require(cells.count == conference.talks.count)
        let placements = try conference.talks.indices.map { index in
            let cell = try #require(cells[index])
            return TimefoldScoreChecker.Placement(timeslot: cell.0, room: cell.1)
        }
        let score = TimefoldScoreChecker(conference: conference).score(placements)
        #expect(score.description == "-3240hard/-11838405soft")
        // FairPlan's own grid score of the same timetable agrees.
        let own = try GridTimetabler.score(
            conference.gridProblem(), cells: placements.map { GridCell(timeslot: $0.timeslot, room: $0.room) }
        )
        #expect(own.hard == 3_240 && own.soft == 11_838_405)
    }
}
