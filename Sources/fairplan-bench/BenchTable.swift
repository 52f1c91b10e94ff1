/// A plain-text table with a header row, right-aligned numbers and a left-aligned first column.
struct BenchTable {
    /// The column headers.
    var headers: [String]
    /// The rows, each with one field per header.
    var rows: [[String]] = []

    /// The table as lines of text, columns separated by two spaces.
    var text: String {
        let all = [headers] + rows
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (index, field) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], field.count)
            }
        }
        return all.map { row in
            row.enumerated().map { index, field in
                let padding = String(repeating: " ", count: max(0, widths[index] - field.count))
                return index == 0 ? field + padding : padding + field
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// A number with a fixed count of decimals and thousands separators: `1,234.5`.
    static func number(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            let text = String(fraction)
            grouped += "." + String(repeating: "0", count: max(0, decimals - text.count)) + text
        }
        return (value < 0 && scaled > 0 ? "-" : "") + grouped
    }

    /// Bytes as decimal megabytes with one decimal: `55.2`.
    static func megabytes(_ bytes: Int?) -> String {
        guard let bytes else { return "-" }
        return number(Double(bytes) / 1e6, decimals: 1)
    }
}
