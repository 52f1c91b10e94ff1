import Interchange
import Planning
import Sheets
import Testing

@Suite("PlanLists: the lists organisers hand out")
struct PlanListsTests {
    static func rows(_ sheet: Sheet) -> [[CellValue]] {
        Array(IteratorSequence(sheet.rows()))
    }

    /// The headers of list columns in `language`.
    static func headers(_ columns: [ListColumn], _ language: Language) -> [String] {
        columns.map { InterchangeMessage.listColumn($0).text(language) }
    }

    @Test("the attendee list has the expected columns, STT from 1, and Vietnamese order")
    func attendees() throws {
        let plan = SampleData.hybridBriefing()
        let sheet = PlanLists(plan: plan).sheet(.attendees, in: .vietnamese)
        #expect(
            sheet.columns.map(\.header)
                == Self.headers(
                    [.number, .fullName, .position, .unit, .province, .connectionPoint, .role], .vietnamese))
        let rows = Self.rows(sheet)
        #expect(rows.count == plan.attendances.count)
        #expect(rows.map { $0[0] } == (1...rows.count).map { CellValue.integer($0) })
        let names = plan.attendances.compactMap { plan.person($0.person) }.sorted(
            by: Person.alphabeticalOrder)
        #expect(rows.map { $0[1] } == names.map { .text($0.displayName(.vietnamese)) })
    }

    @Test("protocol order puts chairs of the Vietnam alliance first")
    func protocolOrder() throws {
        let rows = Self.rows(
            PlanLists(plan: SampleData.hybridBriefing(), attendeeOrder: .protocol).sheet(
                .attendees, in: .vietnamese))
        #expect(rows.first?[2] == .text("Chủ tịch Liên minh HTX Việt Nam"))
    }

    @Test("the product list flags expired certificates and types its cells")
    func products() throws {
        let plan = SampleData.nationalFair()
        let sheet = PlanLists(plan: plan).sheet(.products, in: .vietnamese)
        #expect(sheet.columns.count == 12)
        let rows = Self.rows(sheet)
        #expect(rows.count == plan.products.count)
        let expiredLabel = CertificateStatus.expired(since: CalendarDate(year: 2026, month: 1, day: 1)!)
            .name(.vietnamese)
        let expired = rows.filter { $0[10] == .text(expiredLabel) }
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
        #expect(
            Self.rows(PlanLists(plan: fair).sheet(.exhibitors, in: .vietnamese)).count == fair.parties.count)
        let briefing = SampleData.hybridBriefing()
        let programme = Self.rows(PlanLists(plan: briefing).sheet(.programme, in: .vietnamese))
        #expect(programme.count == briefing.sessions.count)
        #expect(programme.first?[2] == .duration(seconds: 8 * 3600))
        let summary = Self.rows(PlanLists(plan: fair).sheet(.summary, in: .vietnamese))
        #expect(summary.contains { $0.first == .text(ProductCategory.agriFood.name(.vietnamese)) })
        #expect(
            summary.contains { $0.first == .text(InterchangeMessage.summaryBoothsHeading.text(.vietnamese)) })
        let workbook = PlanLists(plan: fair).workbook(
            created: "2026-11-23T08:00:00", generator: "FairPlan", language: .vietnamese)
        #expect(workbook.sheets.map(\.name) == ListKind.allCases.map { $0.sheetName(in: .vietnamese) })
    }

    @Test(
        "lists in English: sheet names, titles, headers and worded cells follow the language, data does not")
    func english() throws {
        let briefing = SampleData.hybridBriefing()
        let lists = PlanLists(plan: briefing)
        let attendees = lists.sheet(.attendees, in: .english)
        #expect(attendees.name == ListKind.attendees.sheetName(in: .english))
        #expect(attendees.title?.hasPrefix(ListKind.attendees.title(in: .english)) == true)
        #expect(
            attendees.columns.map(\.header)
                == Self.headers(
                    [.number, .fullName, .position, .unit, .province, .connectionPoint, .role], .english))
        let englishRows = Self.rows(attendees)
        let vietnameseRows = Self.rows(lists.sheet(.attendees, in: .vietnamese))
        // names are data; only the honorific before them follows the language (Ông → Mr, Bà → Ms)
        func name(_ cell: CellValue) -> String {
            cell.plainText.split(separator: " ").dropFirst().joined(separator: " ")
        }
        #expect(englishRows.map { name($0[1]) } == vietnameseRows.map { name($0[1]) })
        #expect(
            englishRows.allSatisfy {
                ["Mr", "Ms"].contains($0[1].plainText.split(separator: " ").first ?? "")
            })
        let roles = Set(Attendance.Role.allCases.map { CellValue.text($0.name(.english)) })
        #expect(englishRows.allSatisfy { roles.contains($0[6]) })
        let programme = Self.rows(lists.sheet(.programme, in: .english))
        let kinds = Set(AgendaKind.allCases.map { CellValue.text($0.name(.english)) })
        #expect(programme.allSatisfy { kinds.contains($0[5]) })

        let fair = SampleData.nationalFair()
        let workbook = PlanLists(plan: fair).workbook(
            created: "2026-11-23T08:00:00", generator: "FairPlan", language: .english)
        #expect(workbook.sheets.map(\.name) == ListKind.allCases.map { $0.sheetName(in: .english) })
        let summary = Self.rows(PlanLists(plan: fair).sheet(.summary, in: .english))
        #expect(summary.contains { $0.first == .text(ProductCategory.agriFood.name(.english)) })
        #expect(!summary.contains { $0.first == .text(ProductCategory.agriFood.name(.vietnamese)) })
    }
}
