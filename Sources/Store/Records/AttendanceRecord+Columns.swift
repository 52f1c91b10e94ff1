import GRDB

extension AttendanceRecord {
    /// The row's columns, written out: a registry import writes tens of thousands of rows, and
    /// the Codable path (a keyed encoder and a snake-case conversion per column and row) cost more
    /// than SQLite itself. `RecordColumnsTests` checks that every column of the table is written.
    func encode(to container: inout PersistenceContainer) {
        container["person_id"] = personId
        container["event_id"] = eventId
        container["seq"] = seq
        container["connection_point_id"] = connectionPointId
        container["role"] = role
    }

    /// The record of a fetched row, read column by column (see ``encode(to:)``); a value of the wrong
    /// type is an error, not a trap.
    init(row: Row) throws {
        personId = try row.decode(forColumn: "person_id")
        eventId = try row.decode(forColumn: "event_id")
        seq = try row.decode(forColumn: "seq")
        connectionPointId = try row.decode(forColumn: "connection_point_id")
        role = try row.decode(forColumn: "role")
    }
}
