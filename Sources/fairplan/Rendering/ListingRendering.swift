import Planning
import Workflow

/// A listing as a text table with its count line.
enum ListingRendering {
    /// Writes the table and «Tổng: N …», or «Không có … nào.» for an empty listing: a first pass
    /// over the rows (unsorted) measures the columns, a second writes the sorted lines in chunks,
    /// so a listing of any length is written in little memory.
    static func write(_ rows: ListRows, language: Language, to output: Output) throws {
        var layout = TextTableLayout(
            headers: rows.columns.map { WorkflowMessage.column($0).text(language) },
            alignments: rows.columns.map { $0.isNumeric ? .right : .left })
        var count = 0
        try rows.forEachRow(sorted: false) { row in
            layout.measure(row)
            count += 1
        }
        guard count > 0 else {
            output.line(WorkflowMessage.nothingListed(rows.subject).text(language))
            return
        }
        var chunk = layout.heading + "\n"
        try rows.forEachRow { row in
            chunk += layout.line(row)
            chunk += "\n"
            if chunk.utf8.count >= chunkSize {
                output.text(chunk)
                chunk = ""
            }
        }
        output.line(chunk + "\n  " + WorkflowMessage.listedTotal(count, rows.subject).text(language))
    }

    /// How many bytes of lines are written at once.
    static let chunkSize = 1 << 16
}
