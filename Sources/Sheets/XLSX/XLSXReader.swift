import Foundation
import LibXML

/// Reads an Office Open XML spreadsheet (`.xlsx`, as Excel, LibreOffice and openpyxl write it)
/// into a `ReadWorkbook`, or streams its rows (`forEachRow`), with the same rules as
/// ``ODSReader``: non-empty rows, each from column A to its last non-empty cell, text in NFC.
///
/// The sheets come in tab order with their names, from `xl/workbook.xml` and its relationships;
/// the shared strings and the cell formats are read first (the strings are kept: that is how
/// the workbook refers to them), then each worksheet is parsed while it is inflated, a bounded
/// buffer at a time, so memory stays flat in the number of rows. The archive is read with
/// `ZipReader`'s defences and its limits (zip bombs, unsafe names, ZIP64...), the XML with
/// LibXML's (no network, no DTD or external entities). What cells become is described on
/// ``XLSXWorksheetReader``; workbooks of the 1900 and 1904 date systems are both read. An Excel
/// 97–2003 file (`.xls`, an OLE2 compound file, which is also how Excel stores a
/// password-protected workbook) is refused with ``SheetsError/legacyExcelFile(file:)``.
public enum XLSXReader {
    /// The first bytes of an OLE2 compound file (`.xls`, or an encrypted `.xlsx`).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Reads an `.xlsx` file.
    ///
    /// - Parameters:
    ///   - path: Path of the file; errors name its last component.
    ///   - limits: Bounds applied to the archive.
    /// - Throws: `SheetsError` for an `.xls` file, unreadable, unsafe or corrupt archives,
    ///   missing parts, malformed XML and invalid cells.
    public static func read(contentsOf path: String, limits: ZipReader.Limits = ZipReader.Limits()) throws
        -> ReadWorkbook
    {
        let package = try open(path, limits: limits)
        var sheets: [ReadSheet] = []
        try readRows(
            of: package, limitingCells: true,
            sheet: { sheets.append(ReadSheet(name: $0, rows: [], rowNumbers: [])) },
            row: { row in
                sheets[row.sheetIndex].rows.append(row.cells)
                sheets[row.sheetIndex].rowNumbers.append(row.rowNumber)
            })
        return ReadWorkbook(fileName: package.fileName, sheets: sheets)
    }

    /// Streams the non-empty rows of an `.xlsx` file to `body`, one at a time, keeping none (but
    /// the shared strings): memory stays flat in the number of rows.
    ///
    /// Rows come sheet after sheet in tab order, each sheet's in file order, with the same cells
    /// `read` would give; no workbook-wide cell limit applies. Throw from `body` to stop early;
    /// the error propagates unchanged.
    ///
    /// - Parameters:
    ///   - path: Path of the file; errors name its last component.
    ///   - limits: Bounds applied to the archive (raise `maximumEntrySize` for worksheets over
    ///     256 MiB).
    ///   - body: Called with each row.
    /// - Throws: `SheetsError` as for `read`, or `body`'s error.
    public static func forEachRow(
        contentsOf path: String, limits: ZipReader.Limits = ZipReader.Limits(),
        _ body: (ReadRow) throws -> Void
    ) throws {
        try readRows(of: try open(path, limits: limits), limitingCells: false, sheet: { _ in }, row: body)
    }

    /// Whether the file at `path` starts as an OLE2 compound file does (an `.xls` workbook).
    public static func isLegacyExcelFile(atPath path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: compoundFileSignature.count)) ?? Data()
        return [UInt8](head) == compoundFileSignature
    }

    private static func open(_ path: String, limits: ZipReader.Limits) throws -> XLSXPackage {
        if isLegacyExcelFile(atPath: path) {
            throw SheetsError.legacyExcelFile(file: URL(fileURLWithPath: path).lastPathComponent)
        }
        return try XLSXPackage(archive: try ZipReader(path: path, limits: limits))
    }

    private static func readRows(
        of package: XLSXPackage, limitingCells: Bool, sheet: (String) throws -> Void,
        row: (ReadRow) throws -> Void
    ) throws {
        var reader = XLSXWorksheetReader(
            fileName: package.fileName, sharedStrings: try package.sharedStrings(),
            formats: try package.cellFormats(), dateSystem: package.dateSystem)
        for (index, entry) in package.sheets.enumerated() {
            try sheet(entry.name)
            try package.parse(entry.part) { xml, next in
                try reader.readSheet(
                    xml, next: next, index: index, name: entry.name, limitingCells: limitingCells, row: row)
            }
        }
    }
}
