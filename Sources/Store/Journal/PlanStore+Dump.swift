import Foundation
import GRDB

extension PlanStore {
    /// The plan's content as canonical text: every plan table (``JournalTable``, in order), its
    /// rows ordered by primary key, every column's type and value exactly (text as its UTF-8 bytes,
    /// a REAL as its bit pattern), in plain ASCII.
    ///
    /// Two plan files hold the same plan, to the byte of every stored value, exactly when their
    /// dumps are equal; the journal's tables and SQLite's internal row numbers are left out. Used
    /// to prove that an undo gives back exactly the plan before a change, and that a repeated
    /// import changes nothing.
    public func contentDump() throws -> String {
        try read { db in
            var lines: [String] = []
            for table in JournalTable.allCases {
                let columns = try JournalColumns(table, db)
                let name = JournalColumns.quoted(table.rawValue)
                let selected = columns.names.map { column in
                    let quoted = JournalColumns.quoted(column)
                    return
                        "CASE typeof(\(quoted)) WHEN 'text' THEN CAST(\(quoted) AS BLOB) ELSE \(quoted) END, "
                        + "typeof(\(quoted))"
                }
                let order = columns.key.map(JournalColumns.quoted).joined(separator: ", ")
                lines.append("[\(table.rawValue)]")
                let rows = try Row.fetchAll(
                    db, sql: "SELECT \(selected.joined(separator: ", ")) FROM \(name) ORDER BY \(order)")
                for row in rows {
                    let values = columns.names.indices.map { index in
                        columns.names[index] + "="
                            + Self.dumped(row[index * 2] as DatabaseValue, type: row[index * 2 + 1])
                    }
                    lines.append(values.joined(separator: " "))
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// One value in the dump: its type and its exact value.
    private static func dumped(_ value: DatabaseValue, type: String) -> String {
        switch value.storage {
        case .null: return "null"
        case .int64(let integer): return "int:\(integer)"
        case .double(let double): return "real:" + String(double.bitPattern, radix: 16)
        case .string(let text): return "text:" + escaped(Array(text.utf8))
        case .blob(let data):
            return type == "text" ? "text:" + escaped(Array(data)) : "blob:" + data.map { hex($0) }.joined()
        }
    }

    /// Bytes as a quoted ASCII string: printable ASCII as is, anything else as `\xHH`.
    private static func escaped(_ bytes: [UInt8]) -> String {
        var text = "\""
        for byte in bytes {
            if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "\\x" + hex(byte)
            }
        }
        return text + "\""
    }

    /// A byte as two upper-case hexadecimal digits.
    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
