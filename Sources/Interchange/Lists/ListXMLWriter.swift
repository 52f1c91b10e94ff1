import LibXML
public import Sheets

/// Writes a list sheet as XML in FairPlan's namespace (`urn:fairplan:lists:1`).
///
/// `<danh-sach-dai-bieu su-kien="…" tieu-de="…"><dong stt="1"><ho-ten>…</ho-ten>…</dong>…`.
/// Values are typed as XML Schema lexical forms: integers, `xsd:date` (2026-12-16), date-times
/// with +07:00, durations `HH:MM:SS`; empty cells are left out. Each list has a RelaxNG schema
/// (`Sources/Interchange/Resources/Schemas/`).
public enum ListXMLWriter {
    /// Writes the sheet of `kind` to a file atomically.
    public static func write(_ sheet: Sheet, kind: ListKind, event: String, toFile path: String) throws {
        let writer = try XMLWriter(path: path, indent: true)
        try write(sheet, kind: kind, event: event, with: writer)
        try writer.close()
    }

    /// Streams the sheet of `kind` to `sink` in chunks (for `--out -`).
    public static func write(
        _ sheet: Sheet, kind: ListKind, event: String, sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let writer = try XMLWriter(indent: true, sink: sink)
        try write(sheet, kind: kind, event: event, with: writer)
        try writer.close()
    }

    /// The sheet of `kind` as XML bytes.
    public static func bytes(_ sheet: Sheet, kind: ListKind, event: String) throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try write(sheet, kind: kind, event: event, with: writer)
        try writer.close()
        return try writer.bytes()
    }

    static func write(_ sheet: Sheet, kind: ListKind, event: String, with writer: XMLWriter) throws {
        try writer.startDocument()
        try writer.startElement(kind.xmlRoot, namespaceURI: ListKind.xmlNamespace)
        try writer.attribute("su-kien", event)
        if let title = sheet.title { try writer.attribute("tieu-de", title) }
        try sheet.forEachRow { row in
            try writer.startElement("dong")
            if let fields = kind.xmlFields {
                if case .integer(let number) = row.first ?? .empty {
                    try writer.attribute("stt", String(number))
                }
                for (field, value) in zip(fields, row.dropFirst()) {
                    guard let text = lexical(value) else { continue }
                    try writer.element(field, text: text)
                }
            } else {
                for value in row {
                    try writer.element("o", text: lexical(value) ?? "")
                }
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endDocument()
    }

    /// The XML Schema lexical form of a cell, or nil for an empty cell.
    static func lexical(_ value: CellValue) -> String? {
        switch value {
        case .empty: return nil
        case .text(let text): return text.isEmpty ? nil : text
        case .dateTime(let date, let hour, let minute, let second, let offset):
            let sign = offset >= 0 ? "+" : "-"
            let hours = abs(offset) / 60
            let minutes = abs(offset) % 60
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
            return "\(date)T\(two(hour)):\(two(minute)):\(two(second))\(sign)\(two(hours)):\(two(minutes))"
        default: return value.plainText
        }
    }
}
