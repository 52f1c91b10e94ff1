import Foundation
import GRDB
import Interchange
import Sheets

/// The floor an import is compared with: reading the same files with Sheets and inserting the same
/// cells into SQLite in one transaction through one prepared statement per table, with no checks,
/// no keys and no journal. Nothing FairPlan does on top (checking, natural keys, identifiers,
/// the journal) can be cheaper than this.
enum ImportFloor {
    /// The floor's two parts, in seconds, and the rows inserted.
    struct Result {
        /// Reading the files with Sheets.
        var readSeconds: Double
        /// Creating the tables and inserting every data row in one transaction.
        var insertSeconds: Double
        /// The rows inserted.
        var rows: Int

        /// Reading and inserting.
        var seconds: Double { readSeconds + insertSeconds }
    }

    /// Reads `files` and inserts their rows into a new SQLite file at `database`.
    static func measure(files: [String], database: String) throws -> Result {
        let (workbooks, readSeconds) = try Stopwatch.time { try files.map(WorkbookFile.read) }
        let (rows, insertSeconds) = try Stopwatch.time { () throws -> Int in
            let queue = try DatabaseQueue(path: database)
            return try queue.write { db in
                var inserted = 0
                for (number, sheet) in workbooks.flatMap(\.sheets).enumerated() {
                    guard let header = sheet.rows.first, !header.isEmpty else { continue }
                    let columns = (0..<header.count).map { "c\($0)" }
                    try db.execute(
                        sql: "CREATE TABLE t\(number) (id INTEGER PRIMARY KEY, "
                            + columns.map { "\($0) TEXT" }.joined(separator: ", ") + ")")
                    let statement = try db.makeStatement(
                        sql: "INSERT INTO t\(number) (" + columns.joined(separator: ", ") + ") VALUES ("
                            + columns.map { _ in "?" }.joined(separator: ", ") + ")")
                    for row in sheet.rows.dropFirst() {
                        let values: [(any DatabaseValueConvertible)?] = (0..<header.count).map { column in
                            column < row.count ? row[column].plainText : nil
                        }
                        try statement.execute(arguments: StatementArguments(values))
                        inserted += 1
                    }
                }
                return inserted
            }
        }
        return Result(readSeconds: readSeconds, insertSeconds: insertSeconds, rows: rows)
    }
}
