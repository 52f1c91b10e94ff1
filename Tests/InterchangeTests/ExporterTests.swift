import Foundation
import Interchange
import LibXML
import Planning
import Sheets
import Testing

@Suite("Exporter: what fairplan export writes")
struct ExporterTests {
    static let stamp = LocalDateTime(
        date: CalendarDate(year: 2026, month: 11, day: 23)!, time: TimeOfDay(hour: 9)!)

    static func folder() -> String {
        let path = NSTemporaryDirectory() + "fairplan-export-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func request(_ format: ExportFormat, _ lists: [ListKind], plan: Plan = SamplePlan.fair.plan, out: String?)
        -> ExportRequest
    {
        ExportRequest(
            plan: plan, lists: lists, format: format, output: out, createdAt: Self.stamp, version: "test",
            language: .vietnamese)
    }

    @Test("every format writes its files and leaves no temporary file behind")
    func formats() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let briefing = SamplePlan.briefing.plan
        var written: [String] = []
        written += try Exporter.export(request(.ods, ListKind.allCases, out: folder + "/all.ods"))
        written += try Exporter.export(request(.fods, [.products], out: folder + "/products.fods"))
        written += try Exporter.export(request(.csv, ListKind.allCases, out: folder + "/csv"))
        written += try Exporter.export(
            request(.xml, [.attendees, .programme], plan: briefing, out: folder + "/xml"))
        written += try Exporter.export(
            request(.frab, [.programme], plan: briefing, out: folder + "/schedule.xml"))
        written += try Exporter.export(
            request(.ics, [.programme], plan: briefing, out: folder + "/programme.ics"))
        #expect(written.count == 1 + 1 + 5 + 2 + 1 + 1)
        for path in written {
            #expect(FileManager.default.fileExists(atPath: path), "\(path)")
        }
        let all = try FileManager.default.subpathsOfDirectory(atPath: folder)
        #expect(all.allSatisfy { !$0.contains(".tmp") && !$0.hasPrefix(".") }, "\(all)")
    }

    @Test("the ODS export reads back with a sheet per list and the product rows")
    func odsRoundTrip() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = SamplePlan.fair.plan
        let paths = try Exporter.export(
            request(.ods, ListKind.allCases, plan: plan, out: folder + "/all.ods"))
        let workbook = try ODSReader.read(contentsOf: paths[0])
        #expect(workbook.sheets.map(\.name) == ListKind.allCases.map { $0.sheetName(in: .vietnamese) })
        let products = try #require(
            workbook.sheets.first { $0.name == ListKind.products.sheetName(in: .vietnamese) })
        // Title row, header row, then one row per product.
        #expect(products.rows.count == plan.products.count + 2)
    }

    @Test("an export in English names its sheets and headers in English")
    func english() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var english = request(.ods, [.products, .exhibitors], out: folder + "/en.ods")
        english.language = .english
        let workbook = try ODSReader.read(contentsOf: try #require(try Exporter.export(english).first))
        #expect(
            workbook.sheets.map(\.name)
                == [ListKind.products, .exhibitors].map { $0.sheetName(in: .english) })
        let products = try #require(workbook.sheets.first)
        #expect(products.rows[1].first?.plainText == InterchangeMessage.listColumn(.number).text(.english))
        #expect(request(.ods, [.products], out: nil).language == .vietnamese)
    }

    @Test("a status filter in the request keeps only those exhibitors in the file written")
    func statusFilter() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var plan = SamplePlan.fair.plan
        plan.parties[2].registrationStatus = .withdrawn
        var filtered = request(.csv, [.exhibitors], plan: plan, out: folder + "/rut.csv")
        filtered.partyStatus = .withdrawn
        let text = try String(
            contentsOfFile: try #require(try Exporter.export(filtered).first), encoding: .utf8)
        let lines = text.split(separator: "\n").filter {
            $0.contains(RegistrationStatus.withdrawn.name(.vietnamese))
        }
        #expect(lines.count == 1)
        #expect(lines.first?.contains(plan.parties[2].name) == true)
        #expect(request(.csv, [.exhibitors], out: nil).partyStatus == nil)
    }

    @Test("an output named with another format's extension is refused, nothing written; a CSV folder is free")
    func extensionOfAnotherFormat() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(
            throws: InterchangeError.badOutput(
                path: folder + "/danh-sach.xlsx", reason: .extensionOfAnotherFormat(.ods, written: "xlsx"))
        ) {
            try Exporter.export(request(.ods, ListKind.allCases, out: folder + "/danh-sach.xlsx"))
        }
        #expect(
            throws: InterchangeError.badOutput(
                path: folder + "/san-pham.ods", reason: .extensionOfAnotherFormat(.csv, written: "ods"))
        ) {
            try Exporter.export(request(.csv, [.products], out: folder + "/san-pham.ods"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        // Several CSV files go to a folder, whatever its name; the right extension is written.
        #expect(
            try Exporter.export(request(.csv, [.products, .exhibitors], out: folder + "/ban.xlsx")).count == 2
        )
        #expect(try Exporter.export(request(.ods, [.products], out: folder + "/SAN-PHAM.ODS")).count == 1)
    }

    @Test("frab and ics are for the programme only")
    func programmeOnly() {
        #expect(throws: InterchangeError.unsupportedExport(.programmeOnlyFormat(.frab))) {
            try Exporter.export(request(.frab, [.products], out: Self.folder() + "/x.xml"))
        }
    }
}
