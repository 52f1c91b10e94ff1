import Foundation
import GRDB

/// A row as the journal keeps it, read back into SQLite values: the columns in the order they
/// were recorded, each value exactly as it was stored.
struct JournalRow {
    /// The column names, in recorded order.
    let columns: [String]
    /// The value of each column.
    let values: [String: DatabaseValue]

    /// Reads journal JSON (see ``JournalColumns``); nil when it is not a row the journal wrote.
    init?(_ json: String, _ db: Database) throws {
        // Prepared once per connection: undoing an import reads tens of thousands of rows.
        let statement = try db.cachedStatement(
            sql: """
                SELECT key, type, atom,
                    CASE WHEN type = 'object' THEN json_extract(value, '$.real') END AS real_text,
                    CASE WHEN type = 'object' THEN json_extract(value, '$.blob') END AS blob_hex
                FROM json_each(?)
                """)
        let rows = try Row.fetchAll(statement, arguments: [json])
        var columns: [String] = []
        var values: [String: DatabaseValue] = [:]
        for row in rows {
            guard let name = row["key"] as String?,
                let value = Self.value(
                    type: row["type"], atom: row["atom"], real: row["real_text"], blob: row["blob_hex"])
            else { return nil }
            columns.append(name)
            values[name] = value
        }
        self.columns = columns
        self.values = values
    }

    /// One value from what `json_each` says of it.
    private static func value(type: String?, atom: DatabaseValue, real: String?, blob: String?)
        -> DatabaseValue?
    {
        switch type {
        case "null": return .null
        case "integer", "text", "real": return atom
        case "true": return 1.databaseValue
        case "false": return 0.databaseValue
        case "object":
            if let real { return double(real)?.databaseValue }
            if let blob { return bytes(hex: blob)?.databaseValue }
            return nil
        default: return nil
        }
    }

    /// A REAL value written by `printf('%!.20e')` (21 significant digits, enough to read back
    /// the same double).
    static func double(_ text: String) -> Double? {
        switch text {
        case "Inf", "+Inf": .infinity
        case "-Inf": -.infinity
        default: Double(text)
        }
    }

    /// The bytes written by `hex()`.
    static func bytes(hex: String) -> Data? {
        let digits = Array(hex.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var data = Data(capacity: digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            data.append(high << 4 | low)
            index += 2
        }
        return data
    }

    /// The value of one hexadecimal digit.
    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// The values of `names`, in order; nil when one is missing.
    func values(of names: [String]) -> [DatabaseValue]? {
        var result: [DatabaseValue] = []
        for name in names {
            guard let value = values[name] else { return nil }
            result.append(value)
        }
        return result
    }
}
