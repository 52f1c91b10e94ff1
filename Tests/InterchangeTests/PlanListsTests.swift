import Interchange
import Planning
import Sheets
import Testing

@Suite("PlanLists: the lists organisers hand out")
struct PlanListsTests {
    static func rows(_ sheet: Sheet) -> [[CellValue]] {
        Array(IteratorSequence(sheet.rows()))
    }

    @Test("the attendee list has the expected columns, STT from 1, and Vietnamese order")
    func attendees() throws {
        let plan = SampleData.hybridBriefing()
        let sheet = PlanLists(plan: plan).sheet(.attendees)
        #expect(
            sheet.columns.map(\.header) == [
                "STT", "Họ và tên", "Chức vụ", "Đơn vị", "Tỉnh/TP", "Điểm cầu", "Vai trò",
            ])
        let rows = Self.rows(sheet)
        #expect(rows.count == plan.attendances.count)
        #expect(rows.map { $0[0] } == (1...rows.count).map { CellValue.integer($0) })
        let names = plan.attendances.compactMap { plan.person($0.person) }.sorted(
            by: Person.alphabeticalOrder)
        #expect(rows.map { $0[1] } == names.map { .text($0.displayName) })
    }

    @Test("protocol order puts chairs of the Vietnam alliance first")
    func protocolOrder() throws {
        let rows = Self.rows(
            PlanLists(plan: SampleData.hybridBriefing(), attendeeOrder: .protocol).sheet(.attendees))
        #expect(rows.first?[2] == .text("Chủ tịch Liên minh HTX Việt Nam"))
    }

    @Test("the product list flags expired certificates and types its cells")
    func products() throws {
        let plan = SampleData.nationalFair()
        let sheet = PlanLists(plan: plan).sheet(.products)
        #expect(sheet.columns.count == 12)
        let rows = Self.rows(sheet)
        #expect(rows.count == plan.products.count)
        let expired = rows.filter { $0[10] == .text("Hết hiệu lực") }
        #expect(expired.count == 4)
        let stars = rows.compactMap { row -> Int? in
            if case .integer(let value) = row[6] { return value }
            return nil
        }
        #expect(stars.allSatisfy { (2...5).contains($0) })
        #expect(rows.contains { if case .date = $0[8] { true } else { false } })
    }

    @Test("the exhibitor list has every party, the programme every session, the summary the three blocks")
    func others() throws {
        let fair = SampleData.nationalFair()
        #expect(Self.rows(PlanLists(plan: fair).sheet(.exhibitors)).count == fair.parties.count)
        let briefing = SampleData.hybridBriefing()
        let programme = Self.rows(PlanLists(plan: briefing).sheet(.programme))
        #expect(programme.count == briefing.sessions.count)
        #expect(programme.first?[2] == .duration(seconds: 8 * 3600))
        let summary = Self.rows(PlanLists(plan: fair).sheet(.summary))
        #expect(summary.contains { $0.first == .text("Nông sản thực phẩm") })
        #expect(summary.contains { $0.first == .text("3. Gian hàng theo khu") })
        let workbook = PlanLists(plan: fair).workbook(created: "2026-11-23T08:00:00", generator: "FairPlan")
        #expect(
            workbook.sheets.map(\.name) == ["Đại biểu", "Sản phẩm", "Gian hàng", "Chương trình", "Tổng hợp"])
    }
}
