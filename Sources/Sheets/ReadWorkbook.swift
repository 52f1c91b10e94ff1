/// A workbook as read from a file (ODS, FODS, XLSX or CSV): its sheets in tab order.
public struct ReadWorkbook: Hashable, Sendable {
    /// The file's name (last path component), used in messages.
    public var fileName: String
    /// The sheets, in tab order (a CSV file has one, named after the file).
    public var sheets: [ReadSheet]

    /// Creates a workbook.
    public init(fileName: String, sheets: [ReadSheet]) {
        self.fileName = fileName
        self.sheets = sheets
    }

    /// The first sheet with the given name, if any.
    public func sheet(named name: String) -> ReadSheet? {
        sheets.first { $0.name == name }
    }
}
