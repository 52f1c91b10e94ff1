import GRDB

extension AttendanceRecord: BulkRecord {
    /// The table's columns, in the order of ``columnValues``.
    static let columnNames = ["person_id", "event_id", "seq", "connection_point_id", "role"]

    /// The table's `INSERT`, made once.
    static let insertSQL = makeInsertSQL()

    /// The row's values, in the order of ``columnNames``.
    var columnValues: [(any DatabaseValueConvertible)?] { [personId, eventId, seq, connectionPointId, role] }

    /// The record of a fetched row, read column by column; a value of the wrong type is an
    /// error, not a trap.
    init(row: Row) throws {
        personId = try row.decode(forColumn: "person_id")
        eventId = try row.decode(forColumn: "event_id")
        seq = try row.decode(forColumn: "seq")
        connectionPointId = try row.decode(forColumn: "connection_point_id")
        role = try row.decode(forColumn: "role")
    }
}
