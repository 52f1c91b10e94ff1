import Foundation
public import Sheets

/// Reads a spreadsheet file people send back: ODS, FODS, XLSX or CSV, chosen by the extension.
public enum WorkbookFile {
    /// Reads a workbook. An Excel 97–2003 file (`.xls`, or any file that is an OLE2 compound
    /// file, as a password-protected workbook is) is refused with how to save it as `.xlsx` or
    /// `.ods` (``SheetsError/legacyExcelFile(file:)``); an `.xls` that is really an XLSX package
    /// (renamed) is read as one.
    ///
    /// A path that names nothing, or a folder, is refused with a message saying so
    /// (``InterchangeError/unreadable(file:line:reason:)``), before any reader opens it.
    public static func read(_ path: String) throws -> ReadWorkbook {
        let name = URL(fileURLWithPath: path).lastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InterchangeError.unreadable(file: path, line: 0, reason: .fileNotFound)
        }
        if isFolder.boolValue {
            throw InterchangeError.unreadable(file: path, line: 0, reason: .folderNotFile)
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "ods": return try ODSReader.read(contentsOf: path)
        case "fods": return try FODSReader.read(contentsOf: path)
        case "xlsx", "xlsm": return try XLSXReader.read(contentsOf: path)
        case "xls":
            guard isZipArchive(path) || !FileManager.default.isReadableFile(atPath: path) else {
                throw SheetsError.legacyExcelFile(file: name)
            }
            return try XLSXReader.read(contentsOf: path)
        case "csv", "txt", "tsv": return try CSVReader.read(contentsOf: path)
        default:
            throw InterchangeError.unreadable(file: name, line: 0, reason: .unknownFileType)
        }
    }

    /// Whether the file starts as a ZIP archive does (`PK\u{3}\u{4}`).
    private static func isZipArchive(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 4)) ?? Data()) == [0x50, 0x4B, 0x03, 0x04]
    }
}
