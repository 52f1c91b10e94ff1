/// An error reading or writing a spreadsheet file.
///
/// Cases name the file and, where relevant, the sheet, row and column (1-based, as a
/// spreadsheet shows them) so that a message points at the offending cell.
public enum SheetsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be created, written, renamed or read.
    case io(file: String, message: String)
    /// A ZIP entry (uncompressed or compressed) or the archive itself exceeds 4 GiB; ZIP64 is
    /// not supported.
    case zipEntryTooLarge(file: String, entry: String)
    /// A ZIP writer was used out of order (e.g. `write` without `beginEntry`).
    case zipWriterMisuse(file: String, message: String)
    /// zlib reported an error.
    case compression(file: String, entry: String, code: Int)
    /// XML could not be written.
    case xml(file: String, message: String)
    /// A cell could not be written.
    case invalidCell(file: String, sheet: String, row: Int, column: Int, message: String)

    /// A readable message naming the file and, where known, the cell.
    public var description: String {
        switch self {
        case .io(let file, let message):
            return "\(file): \(message)"
        case .zipEntryTooLarge(let file, let entry):
            return "\(file): ZIP entry '\(entry)' exceeds 4 GiB (ZIP64 is not supported)"
        case .zipWriterMisuse(let file, let message):
            return "\(file): ZIP writer misuse: \(message)"
        case .compression(let file, let entry, let code):
            return "\(file): zlib error \(code) in entry '\(entry)'"
        case .xml(let file, let message):
            return "\(file): XML error: \(message)"
        case .invalidCell(let file, let sheet, let row, let column, let message):
            return "\(file): sheet '\(sheet)', row \(row), column \(column): \(message)"
        }
    }
}
