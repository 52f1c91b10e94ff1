import GRDB

/// A row of `session_participant`: a person's part in a session, at a position.
struct SessionParticipantRecord: StoreRecord {
    static let databaseTableName = "session_participant"

    var sessionId: String
    var seq: Int
    var personId: String
    var role: String
}
