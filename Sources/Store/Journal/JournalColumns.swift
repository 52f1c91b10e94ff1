import Foundation
import GRDB

/// The columns of a plan table as the file has them, and the SQL that turns a row into the JSON
/// the journal keeps.
///
/// A row is kept as a JSON object of every column, keyed by column name. Integers, text and NULL
/// are JSON numbers, strings and null, and read back exactly; a REAL value is kept as
/// `{"real": "<21 significant digits>"}` and a BLOB as `{"blob": "<hex>"}`, because JSON numbers
/// written by SQLite keep only 15 digits and JSON has no bytes.
struct JournalColumns: Hashable, Sendable {
    /// The table.
    let table: JournalTable
    /// Every column, in the table's order.
    let names: [String]
    /// The primary key's columns, in key order.
    let key: [String]

    /// Columns as given.
    init(table: JournalTable, names: [String], key: [String]) {
        self.table = table
        self.names = names
        self.key = key
    }

    /// The columns of `table` in the open file.
    init(_ table: JournalTable, _ db: Database) throws {
        self.table = table
        let rows = try Row.fetchAll(db, sql: "PRAGMA table_info(\(Self.quoted(table.rawValue)))")
        names = rows.map { $0["name"] }
        key = rows.filter { ($0["pk"] as Int? ?? 0) > 0 }
            .sorted { ($0["pk"] as Int? ?? 0) < ($1["pk"] as Int? ?? 0) }
            .map { $0["name"] }
    }

    /// The primary key's columns alone: the JSON a bulk import records for a row it adds
    /// (``BulkJournal``).
    var keyOnly: JournalColumns {
        JournalColumns(table: table, names: key, key: key)
    }

    /// The columns of every plan table.
    static func all(_ db: Database) throws -> [JournalTable: JournalColumns] {
        var result: [JournalTable: JournalColumns] = [:]
        for table in JournalTable.allCases where try db.tableExists(table.rawValue) {
            result[table] = try JournalColumns(table, db)
        }
        return result
    }

    /// An identifier quoted for SQL.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The SQL expression of the row named `row` (`NEW`, `OLD` or the table) as journal JSON.
    func json(of row: String) -> String {
        let pairs = names.map { name in
            "'\(name)', \(Self.value("\(row).\(Self.quoted(name))"))"
        }
        return "json_object(\(pairs.joined(separator: ", ")))"
    }

    /// The SQL expression of one value as journal JSON (see the type's description).
    static func value(_ expression: String) -> String {
        "CASE typeof(\(expression)) WHEN 'real' THEN json_object('real', printf('%!.20e', \(expression))) "
            + "WHEN 'blob' THEN json_object('blob', hex(\(expression))) ELSE \(expression) END"
    }

    /// The condition naming one row by its key, with one argument per key column.
    var keyCondition: String {
        key.map { "\(Self.quoted($0)) = ?" }.joined(separator: " AND ")
    }
}
