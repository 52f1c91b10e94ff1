/// The column widths of a plain-text table measured row by row, so a table of many rows can be
/// written line by line in a second pass over the rows, without holding them
/// (``TextTable`` holds its rows and uses the same layout).
///
/// Widths count characters of NFC text, which is one column each for Vietnamese.
public struct TextTableLayout: Sendable {
    /// The header cells.
    public let headers: [String]
    /// The alignment of each column.
    public let alignments: [TextTable.Alignment]
    /// The width of each column so far.
    public private(set) var widths: [Int]
    /// The indentation of every line.
    public let indent: Int

    /// A layout as wide as the headers; columns without an alignment are left-aligned.
    public init(headers: [String], alignments: [TextTable.Alignment] = [], indent: Int = 2) {
        self.headers = headers
        self.alignments = headers.indices.map { $0 < alignments.count ? alignments[$0] : .left }
        widths = headers.map(\.count)
        self.indent = indent
    }

    /// Widens the columns to hold `row` (missing cells are empty; extra cells are ignored).
    public mutating func measure(_ row: [String]) {
        for column in widths.indices where column < row.count {
            widths[column] = max(widths[column], row[column].count)
        }
    }

    /// The header line and the rule under it.
    public var heading: String {
        let rule =
            String(repeating: " ", count: indent)
            + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return line(headers) + "\n" + rule
    }

    /// One row as a line, cells padded to their column's width.
    public func line(_ row: [String]) -> String {
        let padded = widths.indices.map { column in
            let cell = column < row.count ? row[column] : ""
            let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
            return alignments[column] == .right ? padding + cell : cell + padding
        }
        return String(repeating: " ", count: indent) + padded.joined(separator: "  ").trimmingTrailingSpaces()
    }
}
