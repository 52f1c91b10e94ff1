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
        #expect(problem.description.contains("tay.ods › Gian hàng › dòng 5, cột B (Don vi tham gia)"))
    }

    @Test("a sheet without the two columns is reported, not guessed")
    func boothPlanWithoutColumns() {
        let sheet = ReadSheet(name: "x", rows: [[.text("Tên"), .text("Số")]], rowNumbers: [1])
        let read = HandMadePlanReader.boothPlan(
            from: ReadWorkbook(fileName: "x.csv", sheets: [sheet]), plan: SampleData.nationalFair())
        #expect(read.assignments.isEmpty)
        #expect(read.problems.count == 1 && read.problems[0].severity == .error)
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
    }
}
