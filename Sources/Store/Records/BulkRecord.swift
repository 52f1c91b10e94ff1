import GRDB

/// A record of a table a registry import fills with tens of thousands of rows: its columns are
/// listed once, by hand, and written through one prepared `INSERT` (``insertSQL``) or the
/// persistence container, instead of through Codable, whose keyed encoder and snake-case
/// conversion per column and row cost more than SQLite itself. `RecordColumnsTests` checks that
/// every column of each table is listed.
protocol BulkRecord: StoreRecord {
    /// The table's columns, in the order of ``columnValues``.
    static var columnNames: [String] { get }
    /// The row's values, in the order of ``columnNames``.
    var columnValues: [(any DatabaseValueConvertible)?] { get }
    /// `INSERT INTO table (columns) VALUES (?, …)`, made once (``makeInsertSQL()``): the
    /// statement cache looks a statement up by its text for each of tens of thousands of rows.
    static var insertSQL: String { get }
}

extension BulkRecord {
    /// Writes the values under their column names.
    func encode(to container: inout PersistenceContainer) {
        for (name, value) in zip(Self.columnNames, columnValues) { container[name] = value }
    }

    /// The row's values as statement arguments, which may be made on one thread and bound on
    /// another.
    var statementArguments: StatementArguments { StatementArguments(columnValues) }

    /// `INSERT INTO table (columns) VALUES (?, …)`, for a statement prepared once per transaction.
    static func makeInsertSQL() -> String {
        "INSERT INTO \(databaseTableName) (" + columnNames.joined(separator: ", ") + ") VALUES ("
            + columnNames.map { _ in "?" }.joined(separator: ", ") + ")"
    }
}
