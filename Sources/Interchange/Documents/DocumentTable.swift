/// A table with fixed column widths: the heading of an official document (no borders), a list
/// (solid borders, header rows repeated on every page), a sheet of badges (dashed cut lines).
public struct DocumentTable: Hashable, Sendable {
    /// The lines drawn around cells.
    public enum Borders: String, Hashable, Sendable {
        /// None.
        case none
        /// Thin solid lines.
        case solid
        /// Dashed lines to cut along.
        case cutLines
    }

    /// The column widths, in millimetres.
    public var columnWidths: [Double]
    /// The lines around cells.
    public var borders: Borders
    /// How many of the first rows are headers, repeated on every page.
    public var headerRows: Int
    /// The rows, in order.
    public var rows: [DocumentTableRow]

    /// A table.
    public init(columnWidths: [Double], borders: Borders, headerRows: Int = 0, rows: [DocumentTableRow]) {
        self.columnWidths = columnWidths
        self.borders = borders
        self.headerRows = headerRows
        self.rows = rows
    }

    /// The table's width, in millimetres.
    public var width: Double { columnWidths.reduce(0, +) }
}
