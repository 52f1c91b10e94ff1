import GRDB

/// A row of `session_point`: a connection point linked during a session, at a position.
struct SessionPointRecord: StoreRecord {
    static let databaseTableName = "session_point"

    var sessionId: String
    var seq: Int
    var connectionPointId: String
}
