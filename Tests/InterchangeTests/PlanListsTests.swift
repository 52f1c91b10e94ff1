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

    @Test("a connection point keeps the attendee list to the people attending there, STT from 1")
    func attendeesAtPoint() throws {
        let plan = SampleData.hybridBriefing()
        let main = try #require(plan.mainConnectionPoint)
        let satellite = try #require(plan.connectionPoints.first { $0.id != main })
        for point in [main, satellite.id] {
            var lists = PlanLists(plan: plan)
            lists.connectionPoint = point
            let rows = Self.rows(lists.sheet(.attendees, in: .vietnamese))
            let expected = plan.attendances.filter { attendance in
                switch attendance.place {
                case .connectionPoint(let id): id == point
                case .onSite: point == main
                }
            }
            #expect(!expected.isEmpty && rows.count == expected.count, "\(point)")
            #expect(
                rows.map { $0[0] }
                    == (1...max(1, rows.count)).prefix(rows.count).map { CellValue.integer($0) })
            let name = try #require(plan.connectionPoints.first { $0.id == point }?.name)
            #expect(rows.allSatisfy { $0[5] == .text(name) }, "\(point)")
        }
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

    /// The sample fair with its first party withdrawn and its second waitlisted, the first holding
    /// booth A-01 and the second A-02 (as a published plan may still show them).
    static func fairWithStatuses() -> Plan {
        var fair = SampleData.nationalFair()
        fair.parties[0].registrationStatus = .withdrawn
        fair.parties[1].registrationStatus = .waitlisted
        fair.boothAssignments = [
            BoothAssignment(booth: "A-01", party: fair.parties[0].id),
            BoothAssignment(booth: "A-02", party: fair.parties[1].id),
        ]
        return fair
    }

    @Test("the exhibitors list carries each party's registration status in the language of the list")
    func exhibitorStatus() throws {
        let fair = Self.fairWithStatuses()
        for language in Language.allCases {
            let sheet = PlanLists(plan: fair).sheet(.exhibitors, in: language)
            let headers = sheet.columns.map(\.header)
            let column = try #require(
                headers.firstIndex(of: InterchangeMessage.listColumn(.registrationStatus).text(language)))
            #expect(headers[column - 1] == InterchangeMessage.listColumn(.party).text(language))
            let rows = Self.rows(sheet)
            #expect(rows.count == fair.parties.count)
            let byName = Dictionary(rows.map { ($0[1].plainText, $0[column].plainText) }) { first, _ in first
            }
            #expect(byName[fair.parties[0].name] == RegistrationStatus.withdrawn.name(language))
            #expect(byName[fair.parties[1].name] == RegistrationStatus.waitlisted.name(language))
            #expect(byName[fair.parties[2].name] == fair.parties[2].registrationStatus.name(language))
        }
    }

    @Test("a status keeps only the exhibitors of that status; the other lists ignore it")
    func exhibitorStatusFilter() {
        let fair = Self.fairWithStatuses()
        let withdrawn = PlanLists(plan: fair, partyStatus: .withdrawn)
        let rows = Self.rows(withdrawn.sheet(.exhibitors, in: .vietnamese))
        #expect(rows.map { $0[1].plainText } == [fair.parties[0].name])
        #expect(rows.map { $0[0] } == [.integer(1)])
        #expect(
            Self.rows(PlanLists(plan: fair, partyStatus: .placed).sheet(.exhibitors, in: .english)).isEmpty)
        #expect(Self.rows(withdrawn.sheet(.products, in: .vietnamese)).count == fair.products.count)
    }

    @Test("a withdrawn party's booths count nowhere: not in the products list, not in the summary")
    func withdrawnBooths() throws {
        var fair = Self.fairWithStatuses()
        fair.venue = SamplePlan.fair.plan.venue
        #expect(fair.venue?.booths.contains { $0.code == "A-01" } == true)
        let lists = PlanLists(plan: fair)
        let products = Self.rows(lists.sheet(.products, in: .vietnamese))
        #expect(!products.contains { $0[11].plainText.contains("A-01") })
        #expect(products.contains { $0[11].plainText.contains("A-02") })
        let summary = Self.rows(lists.sheet(.summary, in: .vietnamese))
        let heading = try #require(
            summary.firstIndex {
                $0.first == .text(InterchangeMessage.summaryBoothsHeading.text(.vietnamese))
            })
        let assigned = summary[(heading + 2)...].reduce(0) { total, row in
            if case .integer(let count) = row[2] { return total + count }
            return total
        }
        #expect(assigned == 1)
    }

    @Test("people on site are listed at the main connection point")
    func onSiteAttendees() throws {
        var briefing = SampleData.hybridBriefing()
        let index = try #require(briefing.attendances.indices.first)
        briefing.attendances[index].place = .onSite
        let main = try #require(briefing.connectionPoints.first { $0.role == .main })
        let person = try #require(briefing.person(briefing.attendances[index].person))
        let rows = Self.rows(PlanLists(plan: briefing).sheet(.attendees, in: .vietnamese))
        let row = try #require(rows.first { $0[1] == .text(person.displayName(.vietnamese)) })
        #expect(row[5] == .text(main.name))
        var fair = SampleData.nationalFair()
        fair.people = [person]
        fair.attendances = [Attendance(person: person.id, event: fair.event.id, place: .onSite, role: .guest)]
        let fairRows = Self.rows(PlanLists(plan: fair).sheet(.attendees, in: .vietnamese))
        #expect(fairRows.map { $0[5] } == [.text(InterchangeMessage.onSite.text(.vietnamese))])
    }
}
