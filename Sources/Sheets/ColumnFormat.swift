/// How the empty cells of a column are formatted, for what people type into them later.
public enum ColumnFormat: Hashable, Sendable {
    /// The spreadsheet's own guess (General).
    case general
    /// Text: digits typed stay text, with their leading zeros (Excel's `@`).
    case text
    /// A day, shown `dd/mm/yyyy`.
    case date
}
