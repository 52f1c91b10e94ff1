import Interchange
import Planning
import Sheets
import Testing

@Suite("HandMadePlanReader")
struct HandMadePlanReaderTests {
    @Test("a booth plan sheet: parties by name or identifier, booths split, unknown parties reported")
    func boothPlan() throws {
        let plan = SampleData.nationalFair()
        let first = try #require(plan.parties.first)
        let second = try #require(plan.parties.dropFirst().first)
        let sheet = ReadSheet(
            name: "Gian hàng",
            rows: [
                [.text("SƠ ĐỒ GIAN HÀNG (bản tay)")],
                [.text("STT"), .text("Don vi tham gia"), .text("Gian hàng")],
                [.integer(1), .text(first.name.uppercased()), .text("A-01, A-02")],
                [.integer(2), .text(second.id.rawValue), .text("A-03;A-04")],
                [.integer(3), .text("HTX Không Có Thật"), .text("B-01")],
                [.integer(4), .text(second.name), .text("Chưa phân")],
            ], rowNumbers: [1, 2, 3, 4, 5, 6])
        let read = HandMadePlanReader.boothPlan(
            from: ReadWorkbook(fileName: "tay.ods", sheets: [sheet]), plan: plan)
        #expect(read.assignments.map(\.booth) == ["A-01", "A-02", "A-03", "A-04"])
        #expect(read.assignments.map(\.party) == [first.id, first.id, second.id, second.id])
        let problem = try #require(read.problems.first)
        #expect(read.problems.count == 1)
        #expect(problem.row == 5 && problem.column == 2)
        #expect(
            problem.file == "tay.ods" && problem.sheet == "Gian hàng" && problem.header == "Don vi tham gia")
        guard case .partyNotInPlan(let written, let suggestions) = problem.message else {
            Issue.record("\(problem.message)")
            return
        }
        #expect(written == "HTX Không Có Thật")
        #expect(suggestions.count <= 5)
        #expect(problem.text(.english).contains("Don vi tham gia"))
    }

    /// The sample fair with two more parties whose names differ only in a tone, each with a booth.
    static func fairWithTwinNames() -> (Plan, ExhibitingParty, ExhibitingParty) {
        var plan = SampleData.nationalFair()
        let owner = plan.organisations[0].id
        let tan = ExhibitingParty(id: "dv-htx-tan-hoa", name: "HTX Tân Hòa", kind: .organisation(owner))
        let tanAcute = ExhibitingParty(
            id: "dv-htx-tan-hoa-2", name: "HTX Tấn Hòa", kind: .organisation(owner))
        plan.parties += [tan, tanAcute]
        plan.boothAssignments += [
            BoothAssignment(booth: "A-01", party: tan.id), BoothAssignment(booth: "A-02", party: tanAcute.id),
        ]
        return (plan, tan, tanAcute)
    }

    @Test("names differing only in a tone name different parties; without tones they are ambiguous")
    func tonesKeptApart() throws {
        let (plan, tan, tanAcute) = Self.fairWithTwinNames()
        let sheet = ReadSheet(
            name: "Gian hàng",
            rows: [
                [.text("Đơn vị tham gia"), .text("Gian hàng")],
                [.text("HTX Tấn Hòa"), .text("A-02")],
                [.text("htx tân hoà"), .text("A-01")],
                [.text("Hợp tác xã Tấn Hoà"), .text("A-03")],
                [.text("HTX Tan Hoa"), .text("A-04")],
            ], rowNumbers: [1, 2, 3, 4, 5])
        let read = HandMadePlanReader.boothPlan(
            from: ReadWorkbook(fileName: "tay.ods", sheets: [sheet]), plan: plan)
        #expect(read.assignments.map(\.booth) == ["A-02", "A-01", "A-03"])
        #expect(read.assignments.map(\.party) == [tanAcute.id, tan.id, tanAcute.id])
        #expect(read.problems.map(\.row) == [5])
        #expect(
            read.problems.map(\.message) == [
                .partyAmbiguous(
                    written: "HTX Tan Hoa",
                    candidates: ["HTX Tân Hòa (dv-htx-tan-hoa)", "HTX Tấn Hòa (dv-htx-tan-hoa-2)"])
            ])
    }

    @Test("FairPlan's own exhibitors list of parties differing only in a tone reads back exactly")
    func exportedTwinNamesReadBack() throws {
        let (plan, _, _) = Self.fairWithTwinNames()
        let workbook = PlanLists(plan: plan).workbook(
            [.exhibitors], created: "2026-12-01T08:00:00", generator: "FairPlan tests", language: .vietnamese)
        let read = HandMadePlanReader.boothPlan(
            from: try FODSReader.read(data: try FODSWriter.data(workbook), fileName: "gian-hang.fods"),
            plan: plan)
        #expect(read.problems.isEmpty)
        let pairs = { (assignments: [BoothAssignment]) in
            Set(assignments.map { "\($0.booth) \($0.party.rawValue)" })
        }
        #expect(pairs(read.assignments) == pairs(plan.boothAssignments))
    }

    @Test("a sheet without the two columns is reported, not guessed")
    func boothPlanWithoutColumns() {
        let sheet = ReadSheet(name: "x", rows: [[.text("Tên"), .text("Số")]], rowNumbers: [1])
        let read = HandMadePlanReader.boothPlan(
            from: ReadWorkbook(fileName: "x.csv", sheets: [sheet]), plan: SampleData.nationalFair())
        #expect(read.assignments.isEmpty)
        #expect(read.problems.count == 1 && read.problems[0].severity == .error)
        #expect(read.problems[0].message == .boothPlanColumnsMissing)
    }

    @Test("a programme sheet: sessions by title, day and time in any usual form, rooms by name")
    func programme() throws {
        let plan = SampleData.hybridBriefing()
        let sessions = plan.sessions
        let room = try #require(plan.venue?.rooms.first)
        let sheet = ReadSheet(
            name: "Chương trình",
            rows: [
                [.text("Nội dung"), .text("Ngày"), .text("Bắt đầu"), .text("Phòng")],
                [
                    .text(sessions[0].title), .date(SheetDate(year: 2026, month: 12, day: 16)!),
                    .duration(seconds: 8 * 3600), .text(room.name),
                ],
                [.text(sessions[1].id.rawValue), .text("16/12/2026"), .text("9h30"), .text(room.id)],
                [.text(sessions[2].title), .text("2026-12-16"), .text("25:00"), .text(room.name)],
                [.text(sessions[3].title), .text("16/12/2026"), .text("10:00"), .text("Phòng không có")],
                [.text("Phiên lạ"), .text("16/12/2026"), .text("10:00"), .text(room.name)],
            ], rowNumbers: [1, 2, 3, 4, 5, 6])
        let read = HandMadePlanReader.programme(
            from: ReadWorkbook(fileName: "ct.ods", sheets: [sheet]), plan: plan)
        let day = CalendarDate(year: 2026, month: 12, day: 16)!
        #expect(
            read.sessions[0].start == LocalDateTime(date: day, time: TimeOfDay(minutesSinceMidnight: 480)!))
        #expect(read.sessions[0].room == room.id)
        #expect(
            read.sessions[1].start == LocalDateTime(date: day, time: TimeOfDay(minutesSinceMidnight: 570)!))
        #expect(read.sessions[2].start == nil)
        #expect(read.sessions[3].room == nil)
        #expect(read.sessions.dropFirst(4).allSatisfy { $0.start == nil && $0.room == nil })
        #expect(read.problems.map(\.row) == [4, 5, 6])
        #expect(read.problems.map(\.column) == [3, 4, 1])
        try #require(read.problems.count == 3)
        #expect(read.problems[0].message == .unreadableStartTime("25:00"))
        guard case .roomNotInVenue("Phòng không có", _) = read.problems[1].message,
            case .sessionNotInPlan("Phiên lạ", _) = read.problems[2].message
        else {
            Issue.record("\(read.problems.map(\.message))")
            return
        }
    }

    @Test("sessions sharing a title are taken in order; rooms by tones; ambiguity and suggestions reported")
    func programmeNames() throws {
        var plan = SampleData.hybridBriefing()
        let repeated = plan.sessions.filter { $0.title == "Tham luận của điểm cầu thành phần" }
        try #require(repeated.count >= 3)
        plan.venue?.rooms += [
            Room(id: "phong-ha", name: "Phòng Hà", capacity: 40),
            Room(id: "phong-ha-2", name: "Phòng Hạ", capacity: 40),
        ]
        let sheet = ReadSheet(
            name: "Chương trình",
            rows: [
                [.text("Nội dung"), .text("Ngày"), .text("Bắt đầu"), .text("Phòng")],
                [.text(repeated[1].id.rawValue), .text("16/12/2026"), .text("08:00"), .text("Phòng Hạ")],
                [.text(repeated[0].title), .text("16/12/2026"), .text("09:00"), .text("phong-ha")],
                [.text(repeated[0].title), .text("16/12/2026"), .text("10:00"), .text("Phong Ha")],
                [.text("Tham luan diem cau"), .text("16/12/2026"), .text("11:00"), .text("")],
            ], rowNumbers: [1, 2, 3, 4, 5])
        let read = HandMadePlanReader.programme(
            from: ReadWorkbook(fileName: "ct.ods", sheets: [sheet]), plan: plan)
        let placed = Dictionary(uniqueKeysWithValues: read.sessions.map { ($0.id, $0) })
        let day = CalendarDate(year: 2026, month: 12, day: 16)!
        for (session, hour) in zip([repeated[1], repeated[0], repeated[2]], [8, 9, 10]) {
            #expect(
                placed[session.id]?.start
                    == LocalDateTime(date: day, time: TimeOfDay(minutesSinceMidnight: hour * 60)!))
        }
        #expect(placed[repeated[1].id]?.room == "phong-ha-2")
        #expect(placed[repeated[0].id]?.room == "phong-ha")
        #expect(placed[repeated[2].id]?.room == nil)
        #expect(read.problems.map(\.row) == [4, 5])
        #expect(
            read.problems.first?.message
                == .roomAmbiguous(
                    written: "Phong Ha", candidates: ["Phòng Hà (phong-ha)", "Phòng Hạ (phong-ha-2)"]))
        guard case .sessionNotInPlan("Tham luan diem cau", let suggestions) = read.problems.last?.message
        else {
            Issue.record("\(read.problems)")
            return
        }
        #expect(suggestions.first == "\(repeated[0].title) (\(repeated[0].id.rawValue))")
    }

    @Test("an English exhibitors list reads back as a booth plan, «Not assigned» left unplaced")
    func englishBoothPlan() throws {
        let plan = SampleData.nationalFair()
        let party = try #require(plan.parties.first)
        let sheet = ReadSheet(
            name: ListKind.exhibitors.sheetName(in: .english),
            rows: [
                [.text("No."), .text("Exhibitor"), .text("Booths")],
                [.integer(1), .text(party.name), .text("A-01")],
                [
                    .integer(2), .text(party.id.rawValue),
                    .text(InterchangeMessage.notAssigned.text(.english)),
                ],
            ], rowNumbers: [1, 2, 3])
        let read = HandMadePlanReader.boothPlan(
            from: ReadWorkbook(fileName: "plan.ods", sheets: [sheet]), plan: plan)
        #expect(read.problems.isEmpty)
        #expect(read.assignments.map(\.booth) == ["A-01"])
    }
}
