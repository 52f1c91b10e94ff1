import Foundation
import Interchange
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("Exports from a plan file read the registry row by row, with the same files as from memory")
struct StoreListSourceTests {
    /// A sample plan with registry entries added whose names differ by tone, case, spelling
    /// (composed or decomposed) and owner, people with and without organisations, dates of birth
    /// and positions, attending on site or from a connection point.
    static func plan(_ sample: SamplePlan) -> Plan {
        var plan = sample.plan
        var random = TestRandom(seed: 23)
        let names = [
            "Hợp tác xã Hoà Bình", "Hợp tác xã Hòa Bình", "Hợp tác xã Ho\u{300}a Bình", "hợp tác xã an phú",
            "Hợp tác xã An Phú", "HTX Đông Hải", "HTX Dương Đông", "Hợp tác xã 10 Sao",
        ]
        let provinces = ["Cần Thơ", "An Giang", "Đồng Tháp", "Hà Nội", "Lào Cai", "Tỉnh không có"]
        for index in 0..<80 {
            let id = Identifier<Organisation>("o-\(Int.random(in: 0..<10_000, using: &random))-\(index)")
            plan.organisations.append(
                Organisation(
                    id: id, name: names.randomElement(using: &random)!, kind: .cooperative,
                    sector: .agricultural,
                    registrationCode: index % 3 == 0 ? nil : "99920\(10_000 + index)",
                    province: ProvinceReference(provinces.randomElement(using: &random)!), memberCount: index)
            )
            plan.products.append(
                Product(
                    id: Identifier("sp-x\(index)"),
                    name: ["Gạo thơm", "gạo thơm", "Mật ong", "Chè"].randomElement(using: &random)!,
                    owner: index % 11 == 0 ? plan.organisations[0].id : id))
        }
        let families = ["Nguyễn", "Trần", "Lê", "NGUYỄN", "Đỗ", "Dương"]
        let givens = ["An", "Ân", "an", "Hoà", "Hòa", "Ho\u{300}a", "Bình"]
        let positions = [
            nil, "Chuyên viên", "Chủ tịch Liên minh HTX tỉnh", "Phó Chủ tịch Liên minh HTX tỉnh",
        ]
        for index in 0..<60 {
            let person = Person(
                id: Identifier("ng-x\(59 - index)"),
                fullName:
                    "\(families.randomElement(using: &random)!) Văn \(givens.randomElement(using: &random)!)",
                position: positions.randomElement(using: &random)!,
                organisation: index % 2 == 0 ? plan.organisations.randomElement(using: &random)!.id : nil,
                unit: index % 5 == 0 ? "Sở Nông nghiệp" : nil,
                dateOfBirth: index % 3 == 0 ? nil : CalendarDate(year: 1970 + index % 4, month: 1, day: 1))
            plan.people.append(person)
            let place: Attendance.Place =
                index % 2 == 0 || plan.connectionPoints.isEmpty
                ? .onSite : .connectionPoint(plan.connectionPoints.randomElement(using: &random)!.id)
            plan.attendances.append(
                Attendance(person: person.id, event: plan.event.id, place: place, role: .delegate))
        }
        return plan
    }

    @Test(
        "every list in CSV, ODS and XLSX, both attendee orders and languages: the plan file's export equals the in-memory one (column widths measured unsorted included)",
        arguments: [SamplePlan.fair, .briefing])
    func sameFiles(sample: SamplePlan) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = Self.plan(sample)
        let path = folder.appendingPathComponent("hoi-cho.fairplan").path
        try PlanStore.create(at: path, plan: plan).close()
        var compared = 0
        for (order, language, format) in [
            (AttendeeOrder.alphabetical, Language.vietnamese, ExportFormat.csv),
            (.protocol, .vietnamese, .csv),
            (.alphabetical, .english, .csv), (.protocol, .english, .csv), (.alphabetical, .vietnamese, .ods),
            (.protocol, .english, .xlsx),
        ] {
            do {
                let memory = folder.appendingPathComponent("bo-nho-\(order)-\(language)-\(format)").path
                let file = folder.appendingPathComponent("tep-\(order)-\(language)-\(format)").path
                let fromMemory = try Exporter.export(
                    ExportRequest(
                        plan: try PlanStore.open(at: path).loadPlan(), lists: ListKind.allCases,
                        format: format,
                        output: memory, attendeeOrder: order, createdAt: WorkflowFixture.now, version: "test",
                        language: language))
                var input = ExportLists.Input(lists: ListKind.allCases)
                input.format = format
                input.output = file
                input.order = order
                input.language = language
                input.draft = true
                let fromFile = try ExportLists(source: PlanSource(plan: path, folder: folder.path)).run(
                    input, now: WorkflowFixture.now, version: "test"
                ).paths
                // CSV: one file per list in each folder; a workbook: the one file asked for.
                #expect(fromMemory.count == fromFile.count)
                if format == .csv {
                    #expect(
                        fromMemory.map { ($0 as NSString).lastPathComponent }
                            == fromFile.map { ($0 as NSString).lastPathComponent })
                }
                for (a, b) in zip(fromMemory, fromFile) {
                    #expect(
                        try Data(contentsOf: URL(fileURLWithPath: a))
                            == Data(contentsOf: URL(fileURLWithPath: b)), "\(b)")
                    compared += 1
                }
            }
        }
        #expect(compared == 4 * ListKind.allCases.count + 2)
    }
}
