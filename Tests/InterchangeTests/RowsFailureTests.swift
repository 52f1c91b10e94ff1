import Foundation
import Interchange
import Planning
import Sheets
import Testing

@Suite("Rows read from a source that fails: the export fails and leaves no file")
struct RowsFailureTests {
    /// A registry source whose cursors fail after `rows` entries, or at their end when they have
    /// fewer (at opening when 0); its counts fail too; nil never fails.
    struct FailingSource: ListRowSource {
        struct Broken: Error, Equatable {}
        let plan: Plan
        /// Entries before the failure; nil for a source that never fails.
        let rows: Int?

        func attendees(of event: Identifier<Event>, order: AttendeeOrder, sorted: Bool) throws
            -> ListRowCursor<AttendeeEntry>
        {
            try failing(PlanListSource(plan: plan).attendees(of: event, order: order, sorted: sorted))
        }

        func products(sorted: Bool) throws -> ListRowCursor<ProductEntry> {
            try failing(PlanListSource(plan: plan).products(sorted: sorted))
        }

        func registryCounts() throws -> RegistryCounts {
            if rows != nil { throw Broken() }
            return RegistryCounts(plan)
        }

        func failing<Element>(_ cursor: ListRowCursor<Element>) throws -> ListRowCursor<Element> {
            guard let rows else { return cursor }
            if rows == 0 { throw Broken() }
            var given = 0
            return ListRowCursor {
                given += 1
                if given > rows { throw Broken() }
                guard let entry = try cursor.next() else { throw Broken() }
                return entry
            }
        }
    }

    @Test(
        "each list and format: the source's error comes out and no file is written",
        arguments: [ListKind.attendees, .products, .summary], [ExportFormat.csv, .ods, .xlsx, .fods, .xml])
    func failureStopsTheFile(kind: ListKind, format: ExportFormat) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-rows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = SamplePlan.fair.plan
        for rows in [0, 1] {
            let output = folder.appendingPathComponent("ds-\(rows).\(format.fileExtension)").path
            #expect(throws: FailingSource.Broken()) {
                try Exporter.export(
                    ExportRequest(
                        plan: plan, lists: [kind], format: format, output: output,
                        createdAt: LocalDateTime(
                            date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(hour: 9)!),
                        version: "test", language: .vietnamese, source: FailingSource(plan: plan, rows: rows))
                )
            }
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(
        "several lists, one file each (CSV, XML): a list that fails leaves every earlier file as it was",
        arguments: [ExportFormat.csv, .xml])
    func allOrNone(format: ExportFormat) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-rows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = SamplePlan.fair.plan
        var request = ExportRequest(
            plan: plan, lists: [.exhibitors, .attendees, .programme], format: format, output: folder.path,
            createdAt: LocalDateTime(
                date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(hour: 9)!),
            version: "test", language: .vietnamese)
        let written = try Exporter.export(request)
        #expect(written.count == 3)
        let before = try written.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let old = Data("bản cũ".utf8)
        try old.write(to: URL(fileURLWithPath: written[0]))
        request.source = FailingSource(plan: plan, rows: 0)
        #expect(throws: FailingSource.Broken()) { try Exporter.export(request) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: written[0])) == old)
        #expect(try Data(contentsOf: URL(fileURLWithPath: written[1])) == before[1])
        #expect(try Data(contentsOf: URL(fileURLWithPath: written[2])) == before[2])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 3)
    }

    @Test("a source that does not fail writes the same file as the plan itself")
    func noFailure() throws {
        let plan = SamplePlan.fair.plan
        let lists = PlanLists(plan: plan)
        let streamed = PlanLists(plan: plan, source: FailingSource(plan: plan, rows: nil))
        for kind in [ListKind.attendees, .products, .summary] {
            #expect(
                try CSVWriter().bytes(lists.sheet(kind, in: .vietnamese))
                    == CSVWriter().bytes(streamed.sheet(kind, in: .vietnamese)))
        }
    }
}
