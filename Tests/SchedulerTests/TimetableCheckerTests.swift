import Planning
import Scheduler
import Testing

@Suite("TimetableChecker")
struct TimetableCheckerTests {
    typealias F = TimetableFixtures

    @Test("the briefing's own programme breaks only Sơn La's link test")
    func briefingProgramme() throws {
        let issues = try TimetableChecker.check(plan: SampleData.hybridBriefing())
        #expect(issues.map(\.rule) == [.linkTest])
        #expect(
            issues.first?.message
                == "Điểm cầu Sơn La chưa kịp thử đường truyền trước 08:00: cần 60 phút từ 07:00 "
                + "nhưng điểm cầu chỉ sẵn sàng từ 07:30.")
        #expect(issues.first?.sessions == ["khai-mac"])
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
            issues[1].message == "Ông Trần Văn Bảo có mặt ở hai phiên cùng lúc: «Phiên a» và «Phiên b».")
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
        #expect(issues[0].message == "Phòng A có 50 chỗ, phiên «Phiên big» cần 120 chỗ.")
        #expect(issues[3].message == "Phiên «Phiên fixed» cố định lúc 09:00 nhưng được xếp lúc 09:15.")
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
        #expect(
            issues.contains { $0.message == "Bà Lê Thị Hằng không rảnh trong 08:00–08:30 (phiên «Phiên a»)." }
        )
        #expect(
            issues.contains { $0.message.hasPrefix("Điểm cầu Sơn La chưa kịp thử đường truyền trước 08:00") })
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
        let messages = issues.filter { $0.rule == .precedence }.map(\.message)
        #expect(
            messages.contains(
                "Phiên «Phiên mo» phải diễn ra trước mọi phiên khác, nhưng «Phiên giua» bắt đầu sớm hơn."))
        #expect(messages.contains("Phiên «Phiên sau» phải bắt đầu sau khi phiên «Phiên giua» kết thúc."))
        #expect(
            messages.contains(
                "Phiên «Phiên dong» phải diễn ra sau mọi phiên khác, nhưng «Phiên mo» kết thúc muộn hơn."))
    }
}
