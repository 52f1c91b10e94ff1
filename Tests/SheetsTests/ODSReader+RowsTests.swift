import Foundation
import Testing

@testable import Sheets

/// The streaming readers: the same rows as `read`, in order, with their sheet and row numbers;
/// large files; stopping early.
@Suite struct ODSReaderRowsTests {
    private func fixture(_ name: String) throws -> String {
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return base.appendingPathComponent("read").appendingPathComponent(name).path
    }

    /// The rows of a workbook as a streaming reader would deliver them.
    private func flattened(_ workbook: ReadWorkbook) -> [ReadRow] {
        workbook.sheets.enumerated().flatMap { index, sheet in
            zip(sheet.rowNumbers, sheet.rows).map {
                ReadRow(sheetIndex: index, sheetName: sheet.name, rowNumber: $0, cells: $1)
            }
        }
    }

    @Test func packagedRowsMatchRead() throws {
        let path = try fixture("sample.ods")
        var rows: [ReadRow] = []
        try ODSReader.forEachRow(contentsOf: path) { rows.append($0) }
        #expect(rows.count == 7)
        #expect(rows == flattened(try ODSReader.read(contentsOf: path)))
        #expect(rows.map(\.rowNumber) == [1, 4, 5, 6, 7, 8, 9])
        #expect(rows.allSatisfy { $0.sheetIndex == 0 && $0.sheetName == "Tổ chức" })
    }

    @Test func flatRowsMatchRead() throws {
        let path = try fixture("sample.fods")
        var rows: [ReadRow] = []
        try FODSReader.forEachRow(contentsOf: path) { rows.append($0) }
        #expect(rows == flattened(try FODSReader.read(contentsOf: path)))
    }

    @Test func streamsAWrittenWorkbookRowByRow() throws {
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/large.ods"
        try ODSWriter.write(WriterTests.largeWorkbook(rows: 20_000), to: path)
        var count = 0
        var last: ReadRow?
        try ODSReader.forEachRow(contentsOf: path) { row in
            count += 1
            last = row
        }
        #expect(count == 20_002)  // Title, header and body rows.
        #expect(last?.rowNumber == 20_002)
        #expect(last?.cells == [.integer(20_000), .text("Dòng 20000"), .date(WriterTests.day)])
    }

    @Test func anErrorFromTheBodyStopsReading() throws {
        struct Enough: Error, Equatable {}
        var seen = 0
        #expect(throws: Enough()) {
            try ODSReader.forEachRow(contentsOf: try fixture("sample.ods")) { _ in
                seen += 1
                if seen == 2 { throw Enough() }
            }
        }
        #expect(seen == 2)
    }

    @Test func corruptArchivesStillThrow() throws {
        #expect(throws: SheetsError.checksumMismatch(file: "badcrc.ods", entry: "content.xml")) {
            try ODSReader.forEachRow(contentsOf: try fixture("badcrc.ods")) { _ in }
        }
        #expect(throws: SheetsError.missingEntry(file: "no-content.ods", entry: "content.xml")) {
            try ODSReader.forEachRow(contentsOf: try fixture("no-content.ods")) { _ in }
        }
    }
}
