import Foundation
import Sheets
import TestSupport
import Testing

/// What other programs make of the spreadsheets FairPlan writes: openpyxl and pandas read every
/// XLSX back cell for cell, LibreOffice converts it to ODS with the same values and shows its
/// dates and times as written; pandas reads an ODS holding times (issue 14).
@Suite(.serialized) struct XLSXConformanceTests {
    /// The cells of a workbook as `read_back.py` prints them: for each sheet, its non-empty
    /// rows (title, header, body) up to their last value.
    struct ReadBack: Decodable, Equatable {
        var names: [String]
        var rows: [[[String]]]
    }

    /// How `read_back.py` writes a value: the Python type openpyxl or pandas gives it.
    static func encoded(_ value: CellValue) -> String {
        switch value {
        case .empty: return "null"
        case .text(let text): return "s:" + text.precomposedStringWithCanonicalMapping
        case .integer(let number): return "n:\(number)"
        case .decimal(let number), .percentage(let number): return "n:\(number)"
        case .date(let date): return "dt:\(date)T00:00:00"
        case .dateTime(let date, let hour, let minute, let second, _):
            return "dt:\(date)T\(two(hour)):\(two(minute)):\(two(second))"
        case .duration(let seconds):
            guard (0..<86_400).contains(seconds) else { return "sec:\(seconds)" }
            return "t:\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))"
        case .boolean(let flag): return flag ? "b:true" : "b:false"
        }
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// What a workbook should read back as.
    static func expected(_ workbook: Workbook) -> ReadBack {
        ReadBack(
            names: workbook.sheets.map(\.name),
            rows: workbook.sheets.map { sheet in
                var rows: [[CellValue]] = []
                if let title = sheet.title { rows.append([.text(title)]) }
                rows.append(sheet.columns.map { .text($0.header) })
                let body = sheet.rows()
                while let row = body.next() { rows.append(row) }
                return rows.compactMap { row in
                    var cells = row.map(encoded)
                    while cells.last == "null" { cells.removeLast() }
                    return cells.isEmpty ? nil : cells
                }
            })
    }

    /// Runs `read_back.py` with `reader` (`openpyxl` or `pandas`) on a file.
    static func readBack(_ reader: String, _ path: String) throws -> ReadBack {
        let script = try XLSXTestPackage.fixture("read_back.py")
        let output = try ExternalTool.openpyxl.run([script, reader, path])
        #expect(output.status == 0, "\(output.standardError)")
        return try JSONDecoder().decode(ReadBack.self, from: output.standardOutput)
    }

    /// The workbooks every XLSX check runs on.
    static let workbooks: [Workbook] = [
        XLSXWriterTests.everyKind(), WriterTests.sampleWorkbook(), ColumnNoteTests.workbook(),
    ]

    private func written(_ workbook: Workbook, as name: String = "fairplan.xlsx") throws -> String {
        let path = try WriterTests.temporaryFolder() + "/" + name
        try XLSXWriter.write(workbook, to: path)
        return path
    }

    @Test(.requires(.openpyxl)) func openpyxlReadsEveryCellBack() throws {
        for workbook in Self.workbooks {
            #expect(try Self.readBack("openpyxl", try written(workbook)) == Self.expected(workbook))
        }
    }

    @Test(.requires(.pandas, .openpyxl)) func pandasReadsEveryCellBack() throws {
        for workbook in Self.workbooks {
            #expect(try Self.readBack("pandas", try written(workbook)) == Self.expected(workbook))
        }
    }

    @Test(.requires(.libreOffice)) func libreOfficeConvertsItToODSWithTheSameValues() throws {
        for workbook in Self.workbooks {
            let path = try written(workbook)
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let result = try ExternalTool.libreOffice.run([
                "-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", "ods",
                "--outdir",
                folder, path,
            ])
            #expect(result.status == 0, "\(result.standardError)")
            let converted = try ODSReader.read(contentsOf: folder + "/fairplan.ods")
            let ours = try XLSXReader.read(contentsOf: path)
            #expect(converted.sheets.map(\.name) == ours.sheets.map(\.name))
            for (theirs, mine) in zip(converted.sheets, ours.sheets) {
                #expect(theirs.rows == mine.rows.map { $0.map(Self.asLibreOfficeKeepsIt) }, "\(mine.name)")
            }
        }
    }

    /// LibreOffice keeps a boolean as the number 1 or 0 shown TRUE or FALSE, and writes it so
    /// into ODS.
    static func asLibreOfficeKeepsIt(_ value: CellValue) -> CellValue {
        if case .boolean(let flag) = value { return .integer(flag ? 1 : 0) }
        return value
    }

    @Test(.requires(.libreOffice)) func libreOfficeShowsDatesAndTimesAsFormatted() throws {
        let csv = WriterTests.parseCSV(
            try WriterTests.libreOfficeCSV(try written(XLSXWriterTests.everyKind())))
        #expect(csv.count >= 4)
        #expect(
            Array(csv[2].prefix(10)) == [
                "1", "Lò Thị Mai", "0305100001", "0912345678", "20/07/1985", "08:00", "10/12/2026 08:30",
                "90%",
                "1234.5", "TRUE",
            ])
        #expect(
            Array(csv[3].prefix(8)) == [
                "2", "Nguyễn Văn Ánh", "5300100002", "0203123456", "31/12/1999", "13:45:30",
                "11/12/2026 17:05:30", "12.50%",
            ])
        #expect(csv[4][5] == "25:00:00")
    }

    @Test func ourReaderReadsBackWhatOurWriterWrote() throws {
        for workbook in Self.workbooks {
            let read = try XLSXReader.read(contentsOf: try written(workbook))
            let asRead = ReadBack(
                names: read.sheets.map(\.name),
                rows: read.sheets.map { $0.rows.map { $0.map(Self.encoded) } })
            #expect(asRead == Self.expected(workbook))
        }
    }

    /// A programme as FairPlan exports it: times of day, dates, a boolean.
    static func programme() -> Workbook {
        Workbook(
            sheets: [
                Sheet(
                    name: "Chương trình",
                    columns: [
                        Column("Phiên"), Column("Ngày"), Column("Bắt đầu"), Column("Kết thúc"),
                        Column("Trực tuyến"),
                    ],
                    rows: [
                        [
                            .text("Khai mạc"), .date(XLSXWriterTests.day(2026, 12, 10)),
                            .duration(seconds: 8 * 3600),
                            .duration(seconds: 8 * 3600 + 1800), .boolean(true),
                        ],
                        [
                            .text("Tham luận"), .date(XLSXWriterTests.day(2026, 12, 10)),
                            .duration(seconds: 9 * 3600 + 15 * 60 + 20), .duration(seconds: 10 * 3600),
                            .boolean(false),
                        ],
                    ])
            ], metadata: WorkbookMetadata(created: WriterTests.created))
    }

    @Test(.requires(.pandas, .odfpy)) func pandasReadsAnODSProgrammeWithItsTimes() throws {
        let path = try WriterTests.temporaryFolder() + "/chuong-trinh.ods"
        try ODSWriter.write(Self.programme(), to: path)
        #expect(try Self.readBack("pandas", path) == Self.expected(Self.programme()))
    }
}
