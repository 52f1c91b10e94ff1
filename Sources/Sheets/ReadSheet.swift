/// One sheet as read from a file: its name and its non-empty rows of typed cells.
///
/// Rows that are entirely empty and empty cells at the end of a row are left out, so a sheet
/// padded by the spreadsheet application costs nothing; `rowNumbers` keeps each kept row's
/// position in the file (1-based, counting repeated and empty rows), for messages like "dòng 7".
public struct ReadSheet: Hashable, Sendable {
    /// The sheet's name (tab).
    public var name: String
    /// The non-empty rows, top to bottom; each row's cells from column A on.
    public var rows: [[CellValue]]
    /// The 1-based source row number of each entry of `rows`.
    public var rowNumbers: [Int]

    /// Creates a sheet; `rowNumbers` must have one entry per row.
    public init(name: String, rows: [[CellValue]], rowNumbers: [Int]) {
        self.name = name
        self.rows = rows
        self.rowNumbers = rowNumbers
    }

    /// The cell at a 0-based row index into `rows` and a 0-based column, or `.empty` past the end.
    public func cell(row: Int, column: Int) -> CellValue {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return .empty }
        return rows[row][column]
    }
}
