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
            throw InterchangeError.unreadable(
                file: name, line: 0,
                message:
                    "Tệp Excel (.xlsx/.xls) chưa đọc trực tiếp được: trong Excel hoặc LibreOffice chọn "
                    + "Lưu thành (Save As) «OpenDocument Spreadsheet (.ods)» hoặc CSV UTF-8 rồi dùng lại.")
        default:
            throw InterchangeError.unreadable(
                file: name, line: 0, message: "Không nhận ra loại tệp: cần .ods, .fods hoặc .csv.")
        }
    }
}
