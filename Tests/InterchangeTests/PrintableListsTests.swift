import Foundation
import LibXML
import Planning
import Sheets
import TestSupport
import Testing

@testable import Interchange

/// Helpers shared by the print and drop-down tests of lists and the template.
enum SpreadsheetChecks {
    /// A fresh temporary folder.
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// The ODF 1.3 schema's diagnostics for every XML part of an ODS file (empty when valid).
    static func odfDiagnostics(_ path: String) throws -> [String] {
        let schema = try RelaxNGSchema(contentsOfFile: TestSchemas.odf13.path)
        var problems: [String] = []
        for part in ["content.xml", "styles.xml"] {
            let data = try unzip(path, part)
            problems += schema.validate(try XMLDocument(data: data, sourceName: part)).map(\.description)
        }
        return problems
    }

    /// One entry of a ZIP file.
    static func unzip(_ path: String, _ entry: String) throws -> Data {
        let result = try ExternalTool.unzip.run(["-p", path, entry])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    /// Converts `path` with LibreOffice to `format` (`pdf`, `ods`, `xlsx`) in its folder; the
    /// converted file's path.
    static func convert(_ path: String, to format: String) throws -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let result = try ExternalTool.libreOffice.run([
            "-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", format,
            "--outdir",
            folder, path,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return folder + "/" + stem + "." + format
    }

    /// The pages of a PDF file: its `/Type /Page` objects.
    static func pdfPages(_ path: String) throws -> Int {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?![s\w])/).count
    }

    /// Runs a python program with openpyxl on `path` (`sys.argv[1]`) and decodes the JSON it prints.
    static func openpyxl<Result: Decodable>(_ program: String, _ path: String, as type: Result.Type) throws
        -> Result
    {
        let output = try ExternalTool.openpyxl.run(["-c", program, path])
        #expect(output.status == 0, "\(output.standardError)")
        return try JSONDecoder().decode(Result.self, from: output.standardOutput)
    }
}

@Suite("Printable lists", .serialized)
struct PrintableListsTests {
    /// The hybrid briefing with its first eight delegates only.
    static func eightDelegates() -> Plan {
        var plan = SampleData.hybridBriefing()
        plan.attendances = Array(plan.attendances.prefix(8))
        return plan
    }

    static let stamp = LocalDateTime(
        date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(minutesSinceMidnight: 480)!)

    /// Exports `lists` of `plan` as `format` into a fresh folder.
    static func export(_ plan: Plan, _ lists: [ListKind], _ format: ExportFormat) throws -> String {
        let folder = try SpreadsheetChecks.folder()
        let request = ExportRequest(
            plan: plan, lists: lists, format: format, output: folder + "/ds.\(format.fileExtension)",
            createdAt: stamp, version: "test", language: .vietnamese)
        return try #require(try Exporter.export(request).first)
    }

    @Test("every list prints on A4 fitted to the width, header rows repeated, with a header and page numbers")
    func pageSetup() throws {
        let lists = PlanLists(plan: SampleData.nationalFair())
        for kind in ListKind.allCases {
            let sheet = lists.sheet(kind, in: .vietnamese)
            let setup = try #require(sheet.pageSetup, "\(kind)")
            #expect(setup.fitToWidth && setup.repeatsHeaderRows)
            #expect(setup.header?.left == [.text(SampleData.nationalFair().event.name)])
            #expect(setup.header?.right == [.text(kind.title(in: .vietnamese))])
            #expect(setup.footer?.centre == [.text("Trang "), .pageNumber, .text("/"), .pageCount])
            #expect(setup.orientation == PageSetup.orientation(forWidth: sheet.totalWidth))
        }
        let products = lists.sheet(.products, in: .vietnamese)
        #expect(products.pageSetup?.orientation == .landscape)
        let longest = OCOPCatalogue.productSets.map { ColumnWidth.centimetres(of: $0.name) }.max() ?? 0
        let setColumn = try #require(
            products.columns.first {
                $0.header == InterchangeMessage.listColumn(.ocopGroup).text(.vietnamese)
            })
        #expect(setColumn.widthCentimetres >= min(20, longest))
        for column in [ListColumn.registrationCode, .decisionNumber, .booths] {
            let header = InterchangeMessage.listColumn(column).text(.vietnamese)
            #expect(products.columns.first { $0.header == header }?.isText == true, "\(column)")
        }
        let attendees = PlanLists(plan: Self.eightDelegates()).sheet(.attendees, in: .vietnamese)
        #expect(attendees.pageSetup?.orientation == .landscape)
    }

    @Test("decision numbers are text and programme times hh:mm in every sheet format", .requires(.unzip))
    func decisionNumbersAndTimes() throws {
        let plan = SampleData.nationalFair()
        let decisions = plan.products.compactMap { $0.recognition?.decisionNumber }
        #expect(!decisions.isEmpty)
        for format in [ExportFormat.ods, .xlsx] {
            let path = try Self.export(plan, [.products], format)
            let read =
                try format == .ods ? ODSReader.read(contentsOf: path) : XLSXReader.read(contentsOf: path)
            let sheet = try #require(read.sheets.first)
            let column = try #require(
                sheet.rows[1].firstIndex {
                    $0 == .text(InterchangeMessage.listColumn(.decisionNumber).text(.vietnamese))
                })
            let written = sheet.rows.dropFirst(2).map { $0.count > column ? $0[column] : .empty }
            #expect(written.allSatisfy { if case .text = $0 { true } else { $0 == .empty } }, "\(format)")
            #expect(
                Set(written.compactMap { if case .text(let t) = $0 { t } else { nil } }) == Set(decisions))
        }
        let programme = try Self.export(SampleData.hybridBriefing(), [.programme], .ods)
        let content = String(decoding: try SpreadsheetChecks.unzip(programme, "content.xml"), as: UTF8.self)
        #expect(content.contains("table:style-name=\"ceTime\""))
        #expect(!content.contains("table:style-name=\"ceDuration\""))
    }

    @Test("the ODS of every list is valid ODF 1.3", .requires(.unzip))
    func odsIsSchemaValid() throws {
        for plan in [SampleData.nationalFair(), SampleData.hybridBriefing()] {
            let path = try Self.export(plan, ListKind.allCases, .ods)
            #expect(try SpreadsheetChecks.odfDiagnostics(path) == [])
            let styles = String(decoding: try SpreadsheetChecks.unzip(path, "styles.xml"), as: UTF8.self)
            #expect(styles.contains("style:scale-to-X=\"1\"") && styles.contains("<text:page-count>"))
            let content = String(decoding: try SpreadsheetChecks.unzip(path, "content.xml"), as: UTF8.self)
            #expect(content.contains("<table:table-header-rows>"))
        }
    }

    struct PrintSetup: Decodable {
        var orientation: String?
        var titles: String?
        var header: String?
        var footer: String?
        var fitToWidth: Int?
        var fitToHeight: Int?
    }

    @Test("openpyxl reads the orientation, print titles and header of the XLSX", .requires(.openpyxl))
    func xlsxPageSetup() throws {
        let path = try Self.export(Self.eightDelegates(), [.attendees, .summary], .xlsx)
        let program = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print(json.dumps({ws.title: {"orientation": ws.page_setup.orientation, "titles": ws.print_title_rows,
                "header": ws.oddHeader.left.text + "|" + ws.oddHeader.right.text,
                "footer": ws.oddFooter.center.text, "fitToWidth": ws.page_setup.fitToWidth,
                "fitToHeight": ws.page_setup.fitToHeight} for ws in book.worksheets}, ensure_ascii=False))
            """
        let setups = try SpreadsheetChecks.openpyxl(program, path, as: [String: PrintSetup].self)
        let plan = Self.eightDelegates()
        let attendees = try #require(setups[ListKind.attendees.sheetName(in: .vietnamese)])
        #expect(attendees.orientation == "landscape")
        #expect(attendees.titles == "$1:$2")
        #expect(attendees.header == "\(plan.event.name)|\(ListKind.attendees.title(in: .vietnamese))")
        #expect(attendees.footer == "Trang &P/&N")
        #expect(attendees.fitToWidth == 1 && attendees.fitToHeight == 0)
        #expect(setups[ListKind.summary.sheetName(in: .vietnamese)]?.titles == "$1:$2")
    }

    @Test("a long list runs on over several pages, one page wide", .requires(.libreOffice, .pdftotext))
    func longListRunsOn() throws {
        let plan = SampleData.nationalFair()
        #expect(PlanLists(plan: plan).sheet(.products, in: .vietnamese).totalWidth > 27.7)
        for format in [ExportFormat.ods, .xlsx] {
            let path = try Self.export(plan, [.products], format)
            let pdf = try SpreadsheetChecks.convert(path, to: "pdf")
            let pages = try SpreadsheetChecks.pdfPages(pdf)
            #expect(pages > 1, "\(format)")
            // Every column on every page: the last page has the first and the last header.
            let last = try ExternalTool.pdftotext.run(["-f", "\(pages)", "-l", "\(pages)", pdf, "-"])
            let text = String(decoding: last.standardOutput, as: UTF8.self)
            for column in [ListColumn.productName, .booths] {
                let header = InterchangeMessage.listColumn(column).text(.vietnamese)
                #expect(text.contains(header), "\(format): \(header) not on page \(pages)")
            }
            #expect(text.contains("Trang \(pages)/\(pages)"), "\(format)")
        }
    }

    @Test("eight delegates print on one landscape page from ODS and XLSX", .requires(.libreOffice))
    func eightDelegatesOnOnePage() throws {
        for format in [ExportFormat.ods, .xlsx] {
            let path = try Self.export(Self.eightDelegates(), [.attendees], format)
            let pdf = try SpreadsheetChecks.convert(path, to: "pdf")
            #expect(try SpreadsheetChecks.pdfPages(pdf) == 1, "\(format)")
        }
    }
}
