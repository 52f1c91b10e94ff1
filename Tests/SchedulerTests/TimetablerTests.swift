import Foundation
import Planning
import Scheduler
import TestSupport
import Testing

@Suite("Timetabler")
struct TimetablerTests {
    typealias F = TimetableFixtures

    @Test("the hybrid briefing: all but the opening placed, Sơn La's late link test named as the reason")
    func hybridBriefing() throws {
        let (plan, result) = try F.briefing()
        let problem = try TimetableProblem(plan: plan)
        let issues = TimetableChecker(problem: problem).check(result.placements)
        #expect(issues.map(\.rule) == [.notScheduled])
        #expect(result.unplaced.map(\.session) == ["khai-mac"])
        let reasons = try #require(result.unplaced.first?.reasons)
        let day = try #require(plan.event.firstDay)
        func at(_ hour: Int, _ minute: Int = 0) -> SchedulerMessage.Moment {
            .init(LocalDateTime(date: day, time: TimeOfDay(hour: hour, minute: minute)!), showsDate: false)
        }
        #expect(
            reasons.map(\.wording) == [
                BilingualText(
                    SchedulerMessage.linkTestTooLate(
                        point: "Điểm cầu Sơn La", firstStart: at(8), leadMinutes: 60, testStart: at(7),
                        availableFrom: at(7, 30)))
            ])
        #expect(reasons.first?.rule == .linkTest)
        #expect(result.linkTests.count == 10)
        let sonLa = try #require(result.linkTests.first { $0.point == "dc-son-la" })
        #expect(sonLa.start >= LocalDateTime(date: sonLa.start.date, time: TimeOfDay(hour: 7, minute: 30)!))
        #expect(result.score.component(.unplaced)?.value == 1)
    }

    @Test("a point's link test goes before its first linked session of each day, not only of the event")
    func linkTestEachDay() throws {
        let second = CalendarDate(year: 2026, month: 12, day: 11)!
        func onSecond(_ hour: Int, _ minute: Int = 0) -> LocalDateTime {
            LocalDateTime(date: second, time: TimeOfDay(hour: hour, minute: minute)!)
        }
        // Sơn La's hall opens at 07:30 each day; its test takes 60 minutes.
        let sonLa = ConnectionPoint(
            id: F.sonLa, name: "Điểm cầu Sơn La", role: .satellite, province: ProvinceReference("Sơn La"),
            host: "Liên minh HTX tỉnh Sơn La", hallCapacity: 60,
            availability: [F.span(F.at(7, 30), F.at(18)), F.span(onSecond(7, 30), onSecond(18))])
        func problem(_ timing: SessionTiming) -> TimetableProblem {
            TimetableProblem(
                days: [F.day, second].map {
                    EventDay(date: $0, opens: TimeOfDay(hour: 8)!, closes: TimeOfDay(hour: 12)!)
                },
                rooms: F.rooms, connectionPoints: [F.points[0], sonLa],
                sessions: [
                    F.session("mot", points: [F.sonLa], timing: .fixed(F.at(9))),
                    F.session("hai", points: [F.sonLa], timing: timing),
                ])
        }
        // At 08:00 on the second day, the day's test cannot fit: the exact method and the local
        // search both leave the session out, for that reason, and the checker flags it.
        let early = problem(.fixed(onSecond(8)))
        for limits in [F.limits, F.localLimits] {
            let result = try Timetabler(seed: 1, limits: limits).solve(early, clock: ManualClock())
            #expect(result.timetable.map(\.session) == ["mot"])
            #expect(result.unplaced.map(\.session) == ["hai"])
            #expect(result.unplaced.first?.reasons.map(\.rule) == [.linkTest])
        }
        let issues = TimetableChecker(problem: early).check([
            F.place("mot", "hoi-truong", F.at(9)), F.place("hai", "hoi-truong", onSecond(8)),
        ])
        #expect(issues.map(\.rule) == [.linkTest])
        #expect(issues.first?.sessions == ["hai"])
        // With a window, the session starts late enough, and each day has its own test.
        let window = problem(.window(F.span(onSecond(8), onSecond(11))))
        for limits in [F.limits, F.localLimits] {
            let result = try Timetabler(seed: 1, limits: limits).solve(window, clock: ManualClock())
            #expect(result.unplaced.isEmpty)
            let start = try #require(result.timetable.first { $0.session == "hai" }?.start)
            #expect(start >= onSecond(8, 30))
            #expect(
                result.linkTests.map { [$0.start, $0.end] } == [
                    [F.at(8), F.at(9)], [start.adding(minutes: -60), start],
                ])
            #expect(result.linkTests.map(\.session) == ["mot", "hai"])
            #expect(TimetableChecker(problem: window).linkTests(for: result.placements) == result.linkTests)
        }
    }

    @Test(
        "generated feasible instances are timetabled with no hard violation",
        arguments: [1, 2, 3] as [UInt64])
    func feasibleSmall(seed: UInt64) throws {
        let problem = TimetableInstanceGenerator.make(scale: .small, seed: seed)
        let result = try Timetabler(seed: seed, limits: F.limits).solve(problem, clock: ManualClock())
        #expect(TimetableChecker(problem: problem).check(result.placements).isEmpty)
        #expect(result.unplaced.isEmpty)
        #expect(result.timetable.count == problem.sessions.count)
    }

    @Test("a regional instance is timetabled with no hard violation")
    func feasibleRegional() throws {
        let problem = TimetableInstanceGenerator.make(scale: .regional, seed: 11)
        let result = try Timetabler(seed: 5, limits: F.limits).solve(problem, clock: ManualClock())
        #expect(TimetableChecker(problem: problem).check(result.placements).isEmpty)
        #expect(result.unplaced.isEmpty)
    }

    @Test("the same seed gives the same timetable")
    func determinism() throws {
        let problem = TimetableInstanceGenerator.make(scale: .small, seed: 4)
        let first = try Timetabler(seed: 9, limits: F.limits).solve(problem, clock: ManualClock())
        let second = try Timetabler(seed: 9, limits: F.limits).solve(problem, clock: ManualClock())
        #expect(first == second)
        #expect(!first.stoppedByTime)
    }

    @Test("a session no video room can seat is unplaced with that reason")
    func noRoomLargeEnough() throws {
        let problem = F.problem([F.session("lon", audience: 300, points: [F.haNoi]), F.session("nho")])
        let result = try Timetabler(limits: F.limits).solve(problem, clock: ManualClock())
        #expect(result.timetable.map(\.session) == ["nho"])
        #expect(result.unplaced.first?.reasons.map(\.rule) == [.capacity])
        #expect(
            result.unplaced.first?.reasons.map(\.wording) == [
                BilingualText(
                    SchedulerMessage.noVideoRoomLargeEnough(session: "Phiên lon", audience: 300, largest: 200)
                )
            ])
    }

    @Test("two fixed sessions sharing a speaker: one placed, the other says who is busy where")
    func busySpeaker() throws {
        let problem = F.problem([
            F.session("mot", people: [F.bao], timing: .fixed(F.at(9))),
            F.session("hai", people: [F.bao, F.hang], timing: .fixed(F.at(9, 15))),
        ])
        let result = try Timetabler(limits: F.limits).solve(problem, clock: ManualClock())
        #expect(result.timetable.count == 1)
        let unplaced = try #require(result.unplaced.first)
        let placed = unplaced.session == "mot" ? "hai" : "mot"
        #expect(
            unplaced.reasons.map(\.wording) == [
                BilingualText(
                    SchedulerMessage.personBusy(.known("Ông Trần Văn Bảo"), other: "Phiên \(placed)"))
            ])
        #expect(unplaced.reasons.first?.rule == .personConflict)
    }

    @Test("precedence, windows and availability hold; the plenary lands in the morning")
    func rulesAndPreferences() throws {
        let sessions = [
            F.session("dong", 30, kind: .closing, points: [F.haNoi, F.sonLa], order: [.last]),
            F.session(
                "chi-dao", 45, kind: .directiveSpeech, people: [F.bao], audience: 150, points: [F.haNoi]),
            F.session("mo", 30, kind: .opening, points: [F.haNoi, F.sonLa], order: [.first]),
            F.session("thao-luan", 60, kind: .discussion, people: [F.hang], order: [.after("chi-dao")]),
            F.session("khung", 60, timing: .window(F.span(F.at(13), F.at(15)))),
        ]
        let problem = F.problem(
            sessions,
            availability: [PersonAvailability(person: F.hang, available: [F.span(F.at(14), F.at(17))])],
            closes: 17)
        let result = try Timetabler(seed: 3, limits: F.limits).solve(problem, clock: ManualClock())
        #expect(TimetableChecker(problem: problem).check(result.placements).isEmpty)
        let order = result.timetable.map(\.session)
        #expect(order.first == "mo")
        #expect(order.last == "dong")
        let speech = try #require(result.timetable.first { $0.session == "chi-dao" })
        #expect(speech.end <= F.at(12))
        let discussion = try #require(result.timetable.first { $0.session == "thao-luan" })
        #expect(discussion.start >= F.at(14))
        #expect(result.score.component(.plenaryOutsideMorning)?.value == 1)  // the closing, after 14:00
    }

    @Test("a feasible published programme is kept as it is")
    func publishedProgrammeKept() throws {
        let problem = F.problem(
            [F.session("a", people: [F.bao]), F.session("b", people: [F.bao]), F.session("c")],
            published: [
                F.place("a", "phong-a", F.at(10)), F.place("b", "phong-b", F.at(11)),
                F.place("c", "phong-a", F.at(9)),
            ])
        let result = try Timetabler(limits: F.limits).solve(problem, clock: ManualClock())
        #expect(Set(result.placements) == Set(problem.publishedProgramme))
        #expect(result.score.total == 0)
    }

    @Test("a track stays in one room")
    func trackInOneRoom() throws {
        let problem = F.problem(
            (1...4).map { F.session("cd-\($0)", 45, track: "Chuyên đề 1") } + [F.session("x")])
        let result = try Timetabler(limits: F.limits).solve(problem, clock: ManualClock())
        let rooms = Set(result.timetable.filter { $0.session.rawValue.hasPrefix("cd-") }.map(\.room))
        #expect(rooms.count == 1)
        #expect(result.score.component(.trackRoomChanges)?.value == 0)
    }

    @Test("progress is reported through the end")
    func progress() throws {
        final class Phases: @unchecked Sendable {
            let lock = NSLock()
            var seen: [TimetableProgress.Phase] = []
            func add(_ phase: TimetableProgress.Phase) { lock.withLock { seen.append(phase) } }
        }
        let phases = Phases()
        let problem = TimetableInstanceGenerator.make(scale: .small, seed: 2)
        _ = try Timetabler(limits: F.limits).solve(problem, clock: ManualClock()) { phases.add($0.phase) }
        // The exact method runs first on a problem this small, then local search from its best.
        #expect(phases.seen.first == .exact)
        #expect(phases.seen.contains(.construction))
        #expect(phases.seen.last == .finished)
    }

    @Test("an inconsistent problem throws every problem at once")
    func invalidProblem() {
        var problem = F.problem([
            F.session("a", 0), F.session("b", 600), F.session("c", order: [OrderConstraint.after("z")]),
        ])
        problem.rooms = []
        #expect(
            throws: SchedulerError.invalidInstance([
                .noRooms, .nonPositiveDuration(session: "Phiên a"),
                .sessionLongerThanEveryDay(session: "Phiên b", minutes: 600),
                .unknownPredecessor(session: "Phiên c", predecessor: "z"),
            ])
        ) {
            _ = try Timetabler(limits: F.limits).solve(problem, clock: ManualClock())
        }
    }
}
