import Foundation
import LibXML
import Testing

@testable import Sheets

/// The worksheet's fast path (rows built as markup): byte for byte the XML the element-by-element
/// path writes, on random rows with every cell kind, text that needs escaping, NFD text, Excel
/// escapes and characters XML forbids; and read back cell for cell.
struct XLSXRowMarkupTests {
    /// A small deterministic generator (PCG-style LCG), so a failure repeats.
    private struct Draw {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let pieces = [
        "Nguyễn", "Thị", "Hợp tác xã", " ", "  ", "\n", "\t", "\r", "&", "<", ">", "\"", "'", "_x0041_",
        "_x00e9_", "_", "Ho\u{0300}a", "\u{0}", "\u{8}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "🎉", "Đ",
        "399/QĐ-UBND",
        "0305100001", "]]>", "&amp;",
    ]

    private static func text(_ draw: inout Draw) -> String {
        (0..<(1 + draw.next(5))).map { _ in pieces[draw.next(pieces.count)] }.joined()
    }

    private static func day(_ draw: inout Draw, from year: Int) -> SheetDate {
        SheetDate(year: year + draw.next(200), month: 1 + draw.next(12), day: 1 + draw.next(28))
            ?? WriterTests.day
    }

    /// A random cell of any kind.
    private static func anyCell(_ draw: inout Draw) -> CellValue {
        switch draw.next(12) {
        case 0: .empty
        case 1, 2: .text(text(&draw))
        case 3: .integer(draw.next(2_000_001) - 1_000_000)
        case 4:
            [.decimal(1234.5), .decimal(-0.25), .decimal(1e-7), .decimal(.infinity), .decimal(.nan)][
                draw.next(5)]
        case 5: [.percentage(0.9), .percentage(0.125), .percentage(-.infinity)][draw.next(3)]
        case 6: .date(day(&draw, from: 1850))
        case 7:
            .dateTime(
                day(&draw, from: 1850), hour: draw.next(24), minute: draw.next(60), second: draw.next(2) * 30,
                utcOffsetMinutes: 420)
        case 8: .duration(seconds: draw.next(200_000) - 20_000)
        case 9: .boolean(draw.next(2) == 0)
        case 10: .text("")
        default: .integer(draw.next(100))
        }
    }

    /// A cell of the kinds that read back as they were written.
    private static func readableCell(_ draw: inout Draw) -> CellValue {
        switch draw.next(6) {
        case 0: .empty
        case 1, 2: .text("x" + text(&draw))
        case 3: .integer(draw.next(2_000_001) - 1_000_000)
        case 4: .date(day(&draw, from: 1901))
        default: .boolean(draw.next(2) == 0)
        }
    }

    private static func workbook(rows: [[CellValue]]) -> Workbook {
        let columns = [
            Column("STT"), Column("Họ và tên"), Column("Mã số", isText: true), Column("Ngày"),
            Column("Giá trị"),
            Column("Ghi chú", isText: true),
        ]
        return Workbook(
            sheets: [Sheet(name: "Ngẫu nhiên", columns: columns, title: "Dòng & cột", rows: rows)],
            metadata: WorkbookMetadata(created: "2026-12-16T08:00:00"))
    }

    private static func rows(seed: UInt64, count: Int, cell: (inout Draw) -> CellValue) -> [[CellValue]] {
        var draw = Draw(state: seed)
        return (0..<count).map { _ in
            // Some rows are empty, some wider than the columns.
            (0..<[0, 3, 6, 6, 6, 9][draw.next(6)]).map { _ in cell(&draw) }
        }
    }

    private static func sheetXML(_ workbook: Workbook, markup: Bool) throws -> [UInt8] {
        var parts = try XLSXPartWriter(workbook: workbook, fileName: "ngau-nhien.xlsx")
        parts.rowsAsMarkup = markup
        let writer = try XMLWriter()
        _ = try parts.writeWorksheet(0, on: writer)
        return try writer.bytes()
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func markupRowsAreTheBytesOfTheElementPath(seed: UInt64) throws {
        let workbook = Self.workbook(rows: Self.rows(seed: seed, count: 400, cell: Self.anyCell))
        let fast = try Self.sheetXML(workbook, markup: true)
        let slow = try Self.sheetXML(workbook, markup: false)
        #expect(fast.count == slow.count)
        #expect(fast == slow)
    }

    @Test func manyRowsCrossTheFlushSizeUnchanged() throws {
        let workbook = Self.workbook(rows: Self.rows(seed: 9, count: 5_000, cell: Self.anyCell))
        let fast = try Self.sheetXML(workbook, markup: true)
        #expect(fast.count > 2 * XLSXRowMarkup.flushSize)
        #expect(fast == (try Self.sheetXML(workbook, markup: false)))
    }

    @Test func emptySheetWritesEmptySheetDataAsBefore() throws {
        let workbook = Self.workbook(rows: [[], [.empty, .empty]])
        #expect((try Self.sheetXML(workbook, markup: true)) == (try Self.sheetXML(workbook, markup: false)))
    }

    @Test func randomRowsReadBackCellForCell() throws {
        let written = Self.rows(seed: 17, count: 1_500, cell: Self.readableCell)
        let path = try WriterTests.temporaryFolder() + "/ngau-nhien.xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try XLSXWriter.write(Self.workbook(rows: written), to: path)
        var expected: [Int: [CellValue]] = [:]
        for (index, row) in written.enumerated() {
            var cells = row.map { cell -> CellValue in
                if case .text(let text) = cell { return .text(XMLWriter.sanitized(text.nfc)) }
                return cell
            }
            while cells.last == .empty { cells.removeLast() }
            if !cells.isEmpty { expected[index + 3] = cells }
        }
        var read: [Int: [CellValue]] = [:]
        try XLSXReader.forEachRow(contentsOf: path) { row in
            if row.rowNumber >= 3 { read[row.rowNumber] = row.cells }
        }
        #expect(read.count == expected.count)
        for (number, cells) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(read[number] == cells, "row \(number)")
        }
    }
}
