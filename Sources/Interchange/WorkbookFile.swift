import Foundation
public import Sheets

/// Reads a spreadsheet file people send back: ODS, FODS or CSV, chosen by the extension.
public enum WorkbookFile {
    /// Reads a workbook; an Excel file is refused with how to save it as ODS or CSV.
    public static func read(_ path: String) throws -> ReadWorkbook {
        let name = URL(fileURLWithPath: path).lastPathComponent
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "ods": return try ODSReader.read(contentsOf: path)
        case "fods": return try FODSReader.read(contentsOf: path)
        case "csv", "txt", "tsv": return try CSVReader.read(contentsOf: path)
        case "xlsx", "xls":
            throw InterchangeError.unreadable(file: name, line: 0, reason: .excelNotSupported)
        default:
            throw InterchangeError.unreadable(file: name, line: 0, reason: .unknownFileType)
        }
    }
}
