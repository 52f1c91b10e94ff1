/// One non-empty row as a streaming reader delivers it (`ODSReader.forEachRow`,
/// `FODSReader.forEachRow`): where it is and its typed cells.
///
/// The cells follow `ReadSheet`'s rules: from column A up to the last non-empty cell, empty
/// cells in between as `.empty`, text in NFC.
public struct ReadRow: Hashable, Sendable {
    /// The 0-based index of the row's sheet, in tab order.
    public var sheetIndex: Int
    /// The name of the row's sheet.
    public var sheetName: String
    /// The 1-based row number in the file (counting repeated and empty rows), as the
    /// spreadsheet shows it.
    public var rowNumber: Int
    /// The cells, from column A on.
    public var cells: [CellValue]

    /// Creates a row.
    public init(sheetIndex: Int, sheetName: String, rowNumber: Int, cells: [CellValue]) {
        self.sheetIndex = sheetIndex
        self.sheetName = sheetName
        self.rowNumber = rowNumber
        self.cells = cells
    }
}
