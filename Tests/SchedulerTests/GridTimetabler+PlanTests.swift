import Planning
import Scheduler
import Testing

/// A plan whose event has a timeslot grid, timetabled slot by slot: every session placed on a
/// timeslot start in a room it may take, hard rules kept, sessions with no place explained.
@Suite struct GridTimetablerPlanTests {
    static let first = CalendarDate(year: 2026, month: 11, day: 16)!

    static func at(_ day: Int, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(date: first.adding(days: day), time: TimeOfDay(hour: hour, minute: minute)!)
    }

    static func span(_ day: Int, _ from: (Int, Int), _ to: (Int, Int)) -> TimeRange {
        TimeRange(start: at(day, from.0, from.1), end: at(day, to.0, to.1))!
    }

    /// Two days, four timeslots (the afternoon one for discussions), three rooms, two people (Bảo
    /// away on the second morning), and the five sessions of the README's walk-through.
    static func plan() -> Plan {
        var event = Event(
            id: "hn", name: "Hội nghị chuyển đổi số HTX 2026", kind: .conference, organiser: "Liên minh HTX",
            province: ProvinceReference("Lào Cai"),
            days: [0, 1].map {
                EventDay(
                    date: first.adding(days: $0), opens: TimeOfDay(hour: 7)!, closes: TimeOfDay(hour: 17)!)
            })
        event.timeslots = [
            Timeslot(start: at(0, 8), end: at(0, 9, 30), tags: ["sang"]),
            Timeslot(start: at(0, 9, 45), end: at(0, 11, 15), tags: ["sang"]),
            Timeslot(start: at(0, 13, 30), end: at(0, 15), kinds: [.discussion], tags: ["chieu"]),
            Timeslot(start: at(1, 8), end: at(1, 9, 30), tags: ["sang"]),
        ]
        event.pauseMinutes = 15
        let venue = Venue(
            id: "tt", name: "Trung tâm Hội nghị",
            rooms: [
                Room(
                    id: "hoi-truong", name: "Hội trường", capacity: 200, hasVideoLink: true,
                    tags: ["san-khau"]),
                Room(id: "phong-hop-1", name: "Phòng họp 1", capacity: 40, tags: ["ban-tron"]),
                Room(id: "phong-hop-2", name: "Phòng họp 2", capacity: 30, hasVideoLink: true),
            ])
        var bao = Person(id: "bao", fullName: "Trần Văn Bảo")
        bao.schedule = PersonSchedule(unavailable: [span(1, (7, 0), (12, 0))])
        let hang = Person(id: "hang", fullName: "Lê Thị Hằng")
        let sessions = [
            Session(
                id: "khai-mac", title: "Khai mạc", kind: .opening, durationMinutes: 30,
                participants: [SessionParticipant(person: "bao", role: .chair)], expectedAudience: 150,
                order: [.first], profile: SessionProfile(roomTags: TagRules(required: ["san-khau"]))),
            Session(
                id: "bao-cao", title: "Báo cáo chuyển đổi số", kind: .report, durationMinutes: 60,
                participants: [SessionParticipant(person: "hang", role: .speaker)],
                profile: SessionProfile(
                    themes: ["chuyển đổi số"], level: 1, content: ["sàn thương mại điện tử"])),
            Session(
                id: "chuyen-de", title: "Chuyên đề nâng cao", kind: .report, durationMinutes: 90,
                participants: [SessionParticipant(person: "hang", role: .speaker)],
                order: [.after("bao-cao")],
                profile: SessionProfile(
                    themes: ["chuyển đổi số"], level: 3, content: ["sàn thương mại điện tử"])),
            Session(
                id: "thao-luan", title: "Thảo luận tổ", kind: .discussion, durationMinutes: 90,
                participants: [SessionParticipant(person: "bao", role: .chair)],
                profile: SessionProfile(roomTags: TagRules(preferred: ["ban-tron"]), crowdRisk: true)),
            Session(
                id: "tong-ket", title: "Tổng kết", kind: .closing, durationMinutes: 45,
                participants: [SessionParticipant(person: "bao", role: .chair)], order: [.last]),
        ]
        return Plan(event: event, venue: venue, people: [bao, hang], sessions: sessions)
    }

    func solve(_ plan: Plan, seed: UInt64 = 1) throws -> TimetableResult {
        try GridTimetabler(seed: seed, limits: SearchLimits(maximumIterations: 20_000))
            .solve(plan: plan, clock: ContinuousClock())
    }

    @Test func placesAllButTheSessionNoTimetableCanHold() throws {
        let result = try solve(Self.plan())
        // Five sessions: the branch and bound proves that four is the most any timetable holds.
        #expect(result.proof.method == .gridExact)
        #expect(result.proof.feasibility == .infeasible && result.proof.mostPlaced)
        #expect(result.grid?.hard == 0)
        // «Tổng kết» must follow every other session: after «Chuyên đề nâng cao» it could only
        // take the second morning, when its chair is away. The other four all have a place.
        #expect(result.timetable.count == 4)
        #expect(result.unplaced.map(\.session) == ["tong-ket"])
        #expect(result.unplaced.first?.reasons.first?.rule == .gridConstraint)
        let entries = Dictionary(uniqueKeysWithValues: result.timetable.map { ($0.session, $0) })
        let starts = Set(Self.plan().event.timeslots.map(\.start))
        #expect(result.timetable.allSatisfy { starts.contains($0.start) })
        #expect(entries["khai-mac"]?.room == "hoi-truong")
        #expect(
            entries["thao-luan"].map { $0.room == "phong-hop-1" || $0.start == Self.at(0, 13, 30) } == true)
        let opening = try #require(entries["khai-mac"])
        for entry in result.timetable where entry.session != "khai-mac" {
            #expect(entry.start >= opening.end)
        }
        let report = try #require(entries["bao-cao"])
        let advanced = try #require(entries["chuyen-de"])
        #expect(advanced.start >= report.end)
        #expect(entries.values.allSatisfy { $0.end.minuteIndex - $0.start.minuteIndex <= 90 })
    }

    @Test func localSearchAloneBeyondTheExactLimit() throws {
        let limits = SearchLimits(maximumIterations: 20_000, exactSessionLimit: 0)
        let result = try GridTimetabler(seed: 1, limits: limits).solve(
            plan: Self.plan(), clock: ContinuousClock())
        #expect(result.proof.method == .grid && result.proof.feasibility == .unknown)
        #expect(result.grid?.hard == 0 && result.timetable.count == 4)
        // A node budget too small for a proof leaves the plan to the local search as well.
        let cut = try GridTimetabler(seed: 1, limits: SearchLimits(maximumIterations: 20_000, exactNodes: 3))
            .solve(plan: Self.plan(), clock: ContinuousClock())
        #expect(cut.proof.method == .grid)
    }

    @Test func theExactSearchProvesWhatFitsAndWhatCannot() throws {
        // Eight one-hour reports in a day of four timeslots and two rooms, a chain of
        // prerequisites through four of them, and two people each in three: every timetable
        // that holds all eight is tight; the exact search finds one and says it is proven.
        var plan = Self.plan()
        plan.event.timeslots = [8, 9, 10, 11].map {
            Timeslot(start: Self.at(0, $0), end: Self.at(0, $0 + 1))
        }
        let rooms = Array((plan.venue?.rooms ?? []).prefix(2))
        plan.venue?.rooms = rooms
        plan.people[0].schedule = PersonSchedule()
        plan.event.pauseMinutes = 0
        plan.sessions = (1...8).map { index in
            var order: [OrderConstraint] = []
            if (2...4).contains(index) { order = [.after(Identifier("r\(index - 1)"))] }
            let person: Identifier<Person> = index % 2 == 0 ? "bao" : "hang"
            return Session(
                id: Identifier("r\(index)"), title: "Báo cáo \(index)", kind: .report, durationMinutes: 60,
                participants: index > 6 ? [] : [SessionParticipant(person: person, role: .speaker)],
                order: order)
        }
        let result = try solve(plan)
        #expect(result.proof.method == .gridExact && result.proof.feasibility == .feasible)
        #expect(result.timetable.count == 8 && result.unplaced.isEmpty && result.grid?.hard == 0)
        let start = Dictionary(uniqueKeysWithValues: result.timetable.map { ($0.session.rawValue, $0.start) })
        let chain = ["r1", "r2", "r3", "r4"].compactMap { start[$0] }
        #expect(chain.count == 4 && chain == chain.sorted() && Set(chain).count == 4)
        // One more session cannot fit: proven, and the extra one is named.
        plan.sessions.append(
            Session(
                id: "r9", title: "Báo cáo 9", kind: .report, durationMinutes: 60,
                participants: [SessionParticipant(person: "hang", role: .speaker)]))
        let over = try solve(plan)
        #expect(over.proof.feasibility == .infeasible && over.proof.mostPlaced)
        #expect(over.timetable.count == 8 && over.unplaced.count == 1)
        // With a 15-minute pause, the chain's back-to-back timeslots cannot hold a person's
        // three sessions: proven, with the pause named for the session left out.
        plan.sessions.removeLast()
        plan.event.pauseMinutes = 15
        let paused = try solve(plan)
        #expect(paused.proof.feasibility == .infeasible && paused.proof.mostPlaced)
        #expect(paused.grid?.hard == 0 && paused.timetable.count < 8)
        #expect(
            paused.unplaced.contains {
                $0.reasons.contains { $0.text(.english).contains("Too short a pause") }
            })
    }

    @Test func sameSeedSameTimetable() throws {
        #expect(try solve(Self.plan(), seed: 4) == solve(Self.plan(), seed: 4))
    }

    @Test func sessionsWithNoPlaceSayWhy() throws {
        var plan = Self.plan()
        for index in plan.event.timeslots.indices where plan.event.timeslots[index].kinds.isEmpty {
            plan.event.timeslots[index].kinds = [.report, .opening, .closing]
        }
        plan.sessions = [
            Session(id: "dai", title: "Phiên quá dài", kind: .report, durationMinutes: 120),
            Session(id: "van-hoa", title: "Giao lưu văn hóa", kind: .cultural, durationMinutes: 30),
            Session(
                id: "co-dinh", title: "Phiên giờ cố định", kind: .report, durationMinutes: 30,
                timing: .fixed(Self.at(0, 10))),
            Session(
                id: "khoang", title: "Phiên trong khoảng", kind: .report, durationMinutes: 30,
                timing: .window(Self.span(0, (12, 0), (13, 0)))),
            Session(
                id: "dong", title: "Phiên đông", kind: .report, durationMinutes: 30, expectedAudience: 500),
            Session(
                id: "ghim", title: "Phiên ghim lệch", kind: .report, durationMinutes: 30, room: "hoi-truong",
                start: Self.at(0, 10), pinned: true),
            Session(
                id: "ghim-dung", title: "Phiên ghim đúng", kind: .report, durationMinutes: 30,
                room: "phong-hop-2",
                start: Self.at(0, 9, 45), pinned: true),
        ]
        plan.sessions.append(
            Session(
                id: "cho-2", title: "Phiên thứ bảy", kind: .discussion, durationMinutes: 60, timing: .free))
        let result = try solve(plan)
        let reasons = Dictionary(
            uniqueKeysWithValues: result.unplaced.map {
                ($0.session.rawValue, $0.reasons.first?.text(.vietnamese) ?? "")
            })
        let expected: [String: SchedulerMessage] = [
            "dai": .gridNoTimeslotLongEnough(minutes: 120),
            "van-hoa": .gridNoTimeslotOfKind(kind: .cultural),
            "co-dinh": .gridNoTimeslotAtFixedStart(Self.at(0, 10)),
            "khoang": .gridNoTimeslotInWindow(Self.span(0, (12, 0), (13, 0))),
            "dong": .gridNoRoom(kind: .report, seats: 500, videoLink: false),
            "ghim": .gridPinOffGrid(room: "Hội trường", start: Self.at(0, 10)),
        ]
        #expect(reasons == expected.mapValues { $0.text(.vietnamese) })
        let pinned = try #require(result.timetable.first { $0.session == "ghim-dung" })
        #expect(pinned.room == "phong-hop-2" && pinned.start == Self.at(0, 9, 45))
        #expect(result.keptPins.map(\.session) == ["ghim-dung"])
        #expect(result.pinsNotKept.map(\.session) == ["ghim"])
        #expect(result.timetable.contains { $0.session == "cho-2" })
    }

    @Test func aPersonAwayAndAConnectionPointAreKept() throws {
        var plan = Self.plan()
        let point = ConnectionPoint(
            id: "son-la", name: "Điểm cầu Sơn La", role: .satellite, province: ProvinceReference("Sơn La"),
            host: "UBND tỉnh Sơn La", hallCapacity: 80, availability: [Self.span(0, (8, 45), (17, 0))],
            linkTestLeadMinutes: 60)
        plan.connectionPoints = [point]
        plan.sessions = (1...3).map {
            Session(
                id: Identifier("p\($0)"), title: "Phiên trực tuyến \($0)", kind: .report, durationMinutes: 60,
                linkedPoints: ["son-la"])
        }
        let result = try solve(plan)
        #expect(result.grid?.hard == 0)
        // Sơn La is ready from 08:45 with a 60-minute test: not at 08:00, so 09:45 is the only
        // morning timeslot it can link, and the afternoon one takes discussions only.
        #expect(result.timetable.map(\.start) == [Self.at(0, 9, 45)])
        #expect(result.timetable.allSatisfy { ["hoi-truong", "phong-hop-2"].contains($0.room) })
        #expect(result.unplaced.count == 2)
        #expect(result.linkTests.map(\.start) == [Self.at(0, 8, 45)])
        // Linked on both mornings, the point is tested before each day's first session.
        var twoDays = plan
        twoDays.connectionPoints[0].availability = [
            Self.span(0, (7, 0), (17, 0)), Self.span(1, (7, 0), (17, 0)),
        ]
        twoDays.sessions[0].timing = .fixed(Self.at(0, 8))
        twoDays.sessions[1].timing = .fixed(Self.at(1, 8))
        twoDays.sessions.removeLast()
        let tested = try solve(twoDays)
        #expect(tested.unplaced.isEmpty)
        #expect(tested.linkTests.map(\.start) == [Self.at(0, 7), Self.at(1, 7)])
        #expect(tested.linkTests.map(\.session) == ["p1", "p2"])
        let text = result.unplaced.first?.reasons.first?.text(.vietnamese) ?? ""
        #expect(text.hasPrefix("Xếp vào đâu cũng vi phạm"))
        // A person away the whole first day: their session goes to the second morning.
        var away = Self.plan()
        away.people[1].schedule = PersonSchedule(unavailable: [Self.span(0, (7, 0), (17, 0))])
        away.sessions = [away.sessions[1]]
        #expect(try solve(away).timetable.map(\.start) == [Self.at(1, 8)])
    }

    @Test func theProgrammeThePlanHasStaysPut() throws {
        var plan = Self.plan()
        let first = try solve(plan, seed: 1)
        for entry in first.timetable {
            guard let index = plan.sessions.firstIndex(where: { $0.id == entry.session }) else { continue }
            plan.sessions[index].room = entry.room
            plan.sessions[index].start = entry.start
        }
        let again = try GridTimetabler(seed: 9, limits: SearchLimits(maximumIterations: 20_000)).solve(
            plan: plan, publishedProgramme: SessionPlacement.programme(of: plan), clock: ContinuousClock())
        #expect(again.placements == first.placements)
        #expect(again.grid?.component(.publishedMoved)?.value == 0)
        // Without the programme, a session may move: the component is then 0 by definition.
        let free = try GridTimetabler(seed: 9, limits: SearchLimits(maximumIterations: 20_000)).solve(
            plan: plan, clock: ContinuousClock())
        #expect(free.grid?.component(.publishedMoved)?.value == 0)
        #expect(free.timetable.count == first.timetable.count)
    }

    @Test func withoutSessionsNothingIsSearched() throws {
        var plan = Self.plan()
        plan.sessions = []
        let result = try solve(plan)
        #expect(result.timetable.isEmpty && result.unplaced.isEmpty && result.iterations == 0)
        #expect(result.rendered(in: .english).contains("Hard rules (must be 0): 0"))
    }
}
