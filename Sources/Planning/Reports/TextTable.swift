/// A plain-text table with aligned columns, for terminal reports.
///
/// Widths count characters of NFC text, which is one column each for Vietnamese.
public struct TextTable: Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: Sendable {
        /// Text columns.
        case left
        /// Number columns.
        case right
    }

    /// The header cells.
    let headers: [String]
    /// The alignment of each column.
    let alignments: [Alignment]
    /// The body rows.
    private(set) var rows: [[String]] = []

    /// Creates a table with headers; columns without an alignment are left-aligned.
    public init(headers: [String], alignments: [Alignment] = []) {
        self.headers = headers
        self.alignments = headers.indices.map { $0 < alignments.count ? alignments[$0] : .left }
    }

    /// Adds a row; missing cells are empty.
    public mutating func append(_ row: [String]) {
        rows.append(headers.indices.map { $0 < row.count ? row[$0] : "" })
    }

    /// The table as lines of text, with a rule under the header, indented by `indent` spaces.
    public func rendered(indent: Int = 2) -> String {
        var layout = TextTableLayout(headers: headers, alignments: alignments, indent: indent)
        for row in rows { layout.measure(row) }
        return ([layout.heading] + rows.map(layout.line)).joined(separator: "\n")
    }
}

extension String {
    /// The text without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
