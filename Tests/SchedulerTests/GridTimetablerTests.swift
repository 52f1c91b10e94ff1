import Planning
import Scheduler
import Testing

/// The grid timetabler on small hand-made grids: hard rules kept, components named, runs repeatable.
@Suite struct GridTimetablerTests {
    func time(_ day: Int, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(unixSeconds: Int64((20_000 + day) * 86_400 - 7 * 3_600 + hour * 3_600 + minute * 60))
    }

    /// Two days of three one-hour timeslots, two rooms (one «Large»), four people.
    func problem() -> GridProblem {
        let slots = [0, 1].flatMap { day in
            [9, 10, 11].map {
                GridTimeslot(start: time(day, $0), end: time(day, $0 + 1), tags: $0 == 11 ? ["late"] : [])
            }
        }
        let rooms = [
            GridRoom(name: "Small", capacity: 30), GridRoom(name: "Hall", capacity: 300, tags: ["Large"]),
        ]
        let people = [
            GridPerson(name: "An", unavailable: [0, 1, 2]),
            GridPerson(name: "Bình", timeslotTags: GridTagRules(undesired: ["late"])),
            GridPerson(name: "Chi", roomTags: GridTagRules(required: ["Large"])),
            GridPerson(name: "Dũng"),
        ]
        let sessions = [
            GridSession(name: "S1", people: [0, 1], themes: ["a"], popularity: 5),
            GridSession(name: "S2", people: [1], themes: ["a"], prerequisites: [0]),
            GridSession(name: "S3", people: [2], content: ["x"], popularity: 50),
            GridSession(name: "S4", people: [3], content: ["x"], exclusiveTags: ["vip"]),
            GridSession(name: "S5", people: [3], exclusiveTags: ["vip"], crowdRisk: true),
            GridSession(name: "S6", people: [2], crowdRisk: true),
            GridSession(name: "S7", people: [], crowdRisk: true, pin: GridCell(timeslot: 4, room: 0)),
        ]
        return GridProblem(
            timeslots: slots, rooms: rooms, people: people, sessions: sessions, minimumPauseMinutes: 15)
    }

    @Test func keepsEveryHardRule() throws {
        let result = try GridTimetabler(seed: 3, limits: SearchLimits(maximumIterations: 20_000))
            .solve(problem(), clock: ContinuousClock())
        #expect(result.score.hard == 0)
        #expect(result.cells[6] == GridCell(timeslot: 4, room: 0))
        // An is unavailable on the first day; S1 needs An.
        #expect(result.cells[0].timeslot >= 3)
        // S2 follows its prerequisite S1.
        #expect(result.cells[1].timeslot > result.cells[0].timeslot)
        // Chi requires the large room.
        #expect(result.cells[2].room == 1 && result.cells[5].room == 1)
        #expect(try GridTimetabler.score(problem(), cells: result.cells) == result.score)
    }

    @Test func sameSeedSameTimetable() throws {
        let limits = SearchLimits(maximumIterations: 5_000)
        let first = try GridTimetabler(seed: 9, limits: limits).solve(problem(), clock: ContinuousClock())
        let second = try GridTimetabler(seed: 9, limits: limits).solve(problem(), clock: ContinuousClock())
        #expect(first == second)
    }

    @Test func scoresEachComponentByName() throws {
        // Everything in the first timeslot's small room.
        let cells = [GridCell](repeating: GridCell(timeslot: 0, room: 0), count: 7)
        let score = try GridTimetabler.score(problem(), cells: cells)
        // 7 sessions in one room: 21 pairs overlapping 60 minutes.
        #expect(score.component(.roomConflict)?.value == 21 * 60)
        #expect(score.component(.personUnavailable)?.value == 60)
        #expect(score.component(.crowd)?.value == 3 * 60)
        #expect(score.component(.exclusiveTags)?.value == 60)
        #expect(score.component(.personRequiredRoomTags)?.value == 2 * 60)
        #expect(score.component(.prerequisite)?.value == 120)
        #expect(score.hard == score.components.filter(\.component.isHard).map(\.penalty).reduce(0, +))
        let text = GridResult(seed: 1, cells: cells, score: score, iterations: 0, stoppedByTime: false)
            .rendered(in: .english)
        for component in GridComponent.allCases { #expect(text.contains("[\(component.rawValue)]")) }
        #expect(text.contains("Hard rules (must be 0): \(score.hard)"))
    }

    @Test func refusesAnInconsistentProblem() {
        var bad = problem()
        bad.sessions[0].people = [9]
        bad.sessions[1].kind = "Lab"
        bad.rooms[0].kinds = ["Talk"]
        bad.rooms[1].kinds = ["Talk"]
        #expect(throws: SchedulerError.self) { try bad.validate() }
        do {
            try bad.validate()
        } catch {
            guard case .invalidInstance(let problems) = error else { return }
            #expect(problems.contains(.gridUnknownIndex(owner: "S1", index: 9)))
            #expect(problems.contains(.gridNoPlaceForKind(session: "S2", kind: "Lab")))
        }
    }

    @Test func aProblemWithoutSessionsGivesAnEmptyTimetable() throws {
        var empty = problem()
        empty.sessions = []
        empty.people = []
        let result = try GridTimetabler(seed: 1, limits: SearchLimits(maximumIterations: 100))
            .solve(empty, clock: ContinuousClock())
        #expect(result.cells.isEmpty && result.score.hard == 0 && result.score.soft == 0)
    }

    @Test func componentNamesAreWordedInBothLanguages() {
        for component in GridComponent.allCases {
            let vietnamese = SchedulerMessage.gridComponent(component).text(.vietnamese)
            let english = SchedulerMessage.gridComponent(component).text(.english)
            #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        }
    }
}
