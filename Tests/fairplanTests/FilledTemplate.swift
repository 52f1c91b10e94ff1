import Foundation

/// Fills the CSV registration template `fairplan template registrations --format csv` wrote: each
/// row is given by header (without the `*` of required columns) and written under that column.
struct FilledTemplate {
    /// The folder holding the template's CSV files.
    let folder: URL

    /// Appends rows to the sheet file `stem` (`to-chuc`, `san-pham`, `dai-bieu`) and returns its path.
    @discardableResult
    func fill(_ stem: String, rows: [[String: String]]) throws -> String {
        let url = folder.appendingPathComponent("\(stem).csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let headerLine = String(text.split(whereSeparator: \.isNewline).first ?? "")
        let headers = headerLine.split(separator: ",").map {
            $0.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: " *", with: "")
        }
        var lines = [headerLine]
        for (index, row) in rows.enumerated() {
            lines.append(
                headers.map { header in
                    header == "STT" ? "\(index + 1)" : Self.quoted(row[header] ?? "")
                }.joined(separator: ","))
        }
        try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// A CSV cell, quoted when it holds a comma or a quote.
    static func quoted(_ cell: String) -> String {
        cell.contains(",") || cell.contains("\"")
            ? "\"\(cell.replacingOccurrences(of: "\"", with: "\"\""))\"" : cell
    }
}
