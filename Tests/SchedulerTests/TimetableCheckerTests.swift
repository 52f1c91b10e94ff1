import Planning
import Scheduler
import Testing

@Suite("TimetableChecker")
struct TimetableCheckerTests {
    typealias F = TimetableFixtures

    /// A time of the fixtures' single day as messages show it (no date).
    static func moment(_ hour: Int, _ minute: Int = 0) -> SchedulerMessage.Moment {
        .init(F.at(hour, minute), showsDate: false)
    }

    /// A span of the fixtures' single day as messages show it (no date).
    static func span(_ from: LocalDateTime, _ to: LocalDateTime) -> SchedulerMessage.Span {
        .init(F.span(from, to), showsDate: false)
    }

    @Test("the briefing's own programme breaks only Sơn La's link test")
    func briefingProgramme() throws {
        let plan = SampleData.hybridBriefing()
        let issues = try TimetableChecker.check(plan: plan)
        #expect(issues.map(\.rule) == [.linkTest])
        let day = try #require(plan.event.firstDay)
        func at(_ hour: Int, _ minute: Int = 0) -> SchedulerMessage.Moment {
            .init(LocalDateTime(date: day, time: TimeOfDay(hour: hour, minute: minute)!), showsDate: false)
        }
        #expect(
            issues.first?.wording
                == BilingualText(
                    SchedulerMessage.linkTestTooLate(
                        point: "Điểm cầu Sơn La", firstStart: at(8), leadMinutes: 60, testStart: at(7),
                        availableFrom: at(7, 30))))
        #expect(issues.first?.sessions == ["khai-mac"])
        let issue = try #require(issues.first)
        #expect(
            issue.text(.english) == issue.wording.english && issue.description == issue.wording.vietnamese)
    }

    @Test("a valid programme has no issue and its link tests sit just before the first linked session")
    func validProgramme() {
        let problem = F.problem([
            F.session("a", points: [F.haNoi, F.sonLa]), F.session("b", people: [F.bao], points: [F.haNoi]),
        ])
        let programme = [F.place("a", "hoi-truong", F.at(8, 30)), F.place("b", "phong-b", F.at(9))]
        let checker = TimetableChecker(problem: problem)
        #expect(checker.check(programme).isEmpty)
        let tests = checker.linkTests(for: programme)
        #expect(tests.map(\.point) == [F.haNoi, F.sonLa])
        #expect(tests.allSatisfy { $0.start == F.at(7, 30) && $0.end == F.at(8, 30) && $0.session == "a" })
    }

    @Test("two sessions at once in one room, with one person and one point, give three conflicts")
    func conflicts() {
        let problem = F.problem([
            F.session("a", people: [F.bao], points: [F.haNoi]),
            F.session("b", people: [F.bao], points: [F.haNoi]),
        ])
        let issues = TimetableChecker(problem: problem).check([
            F.place("a", "hoi-truong", F.at(9)), F.place("b", "hoi-truong", F.at(9, 15)),
        ])
        #expect(issues.map(\.rule) == [.roomConflict, .personConflict, .connectionPointConflict])
        #expect(
            issues[1].wording
                == BilingualText(
                    SchedulerMessage.personConflict(
                        .known("Ông Trần Văn Bảo"), first: "Phiên a", second: "Phiên b")))
        #expect(issues.allSatisfy { $0.sessions == ["a", "b"] })
    }

    @Test("room size, video link, hours, fixed time and window are each reported")
    func singleSessionRules() {
        let problem = F.problem([
            F.session("big", audience: 120, points: [F.haNoi]),
            F.session("late", 60), F.session("fixed", timing: .fixed(F.at(9))),
            F.session("window", timing: .window(F.span(F.at(10), F.at(11)))),
        ])
        let issues = TimetableChecker(problem: problem).check([
            F.place("big", "phong-a", F.at(8)), F.place("late", "phong-b", F.at(11, 30)),
            F.place("fixed", "hoi-truong", F.at(9, 15)), F.place("window", "phong-b", F.at(8, 30)),
        ])
        #expect(issues.map(\.rule) == [.capacity, .videoLink, .outsideHours, .fixedTime, .window])
        #expect(
            issues[0].wording
                == BilingualText(
                    SchedulerMessage.roomTooSmall(
                        room: "Phòng A", capacity: 50, session: "Phiên big", audience: 120)))
        #expect(
            issues[3].wording
                == BilingualText(
                    SchedulerMessage.fixedTimeMoved(
                        session: "Phiên fixed", fixed: Self.moment(9), placed: Self.moment(9, 15))))
    }

    @Test("unknown, duplicate and missing placements are reported")
    func placementsThemselves() {
        let problem = F.problem([F.session("a"), F.session("b")])
        let issues = TimetableChecker(problem: problem).check([
            F.place("a", "phong-z", F.at(8)), F.place("a", "phong-a", F.at(9)),
            F.place("x", "phong-a", F.at(9)),
        ])
        #expect(issues.map(\.rule) == [.unknownRoom, .placedTwice, .unknownSession, .notScheduled])
        #expect(issues.last?.sessions == ["b"])
    }

    @Test("availability of points and people and the link test are checked")
    func availability() {
        let problem = F.problem(
            [F.session("a", people: [F.hang], points: [F.sonLa]), F.session("b", points: [F.haNoi])],
            availability: [PersonAvailability(person: F.hang, available: [F.span(F.at(10), F.at(12))])])
        var points = problem.connectionPoints
        points[0].availability = [F.span(F.at(10), F.at(12))]
        var withLateHaNoi = problem
        withLateHaNoi.connectionPoints = points
        let issues = TimetableChecker(problem: withLateHaNoi).check([
            F.place("a", "hoi-truong", F.at(8)), F.place("b", "phong-b", F.at(9)),
        ])
        #expect(
            Set(issues.map(\.rule)) == [.personUnavailable, .connectionPointUnavailable, .linkTest])
        let unavailable = SchedulerMessage.personUnavailable(
            .known("Bà Lê Thị Hằng"), span: Self.span(F.at(8), F.at(8, 30)), session: "Phiên a")
        #expect(issues.contains { $0.wording == BilingualText(unavailable) })
        // Sơn La's hall is free from 07:30: its hour-long test before the 08:00 session cannot fit.
        let late = SchedulerMessage.linkTestTooLate(
            point: "Điểm cầu Sơn La", firstStart: Self.moment(8), leadMinutes: 60, testStart: Self.moment(7),
            availableFrom: Self.moment(7, 30))
        #expect(issues.contains { $0.rule == .linkTest && $0.wording == BilingualText(late) })
    }

    @Test("first, last and after rules are checked")
    func precedence() {
        let problem = F.problem([
            F.session("mo", order: [.first]), F.session("giua"), F.session("sau", order: [.after("giua")]),
            F.session("dong", order: [.last]),
        ])
        let issues = TimetableChecker(problem: problem).check([
            F.place("mo", "phong-a", F.at(9)), F.place("giua", "phong-b", F.at(8, 30)),
            F.place("sau", "phong-a", F.at(8, 45)), F.place("dong", "hoi-truong", F.at(8, 50)),
        ])
        let messages = issues.filter { $0.rule == .precedence }.map(\.wording)
        let expected: [SchedulerMessage] = [
            .mustBeFirst(session: "Phiên mo", other: "Phiên giua"),
            .mustFollow(session: "Phiên sau", predecessor: "Phiên giua"),
            .mustBeLast(session: "Phiên dong", other: "Phiên mo"),
        ]
        for message in expected { #expect(messages.contains(BilingualText(message)), "\(message)") }
    }
}
