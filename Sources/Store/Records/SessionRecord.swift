import GRDB
import Planning

/// A row of `session`, with the scheduled room and start as columns and whether the session is
/// pinned there (schema version 2); participants and linked points are join rows.
struct SessionRecord: StoreRecord {
    static let databaseTableName = "session"

    var id: String
    var seq: Int
    var title: String
    var kind: String
    var durationMinutes: Int
    var expectedAudience: Int
    var needsVideoLink: Bool
    var timingJson: String
    var orderJson: String
    var track: String?
    var room: String?
    var start: String?
    var pinned: Bool
    var profileJson: String?

    /// The row for a session at position `seq`.
    init(_ session: Session, seq: Int) throws {
        id = session.id.rawValue
        self.seq = seq
        title = session.title
        kind = session.kind.rawValue
        durationMinutes = session.durationMinutes
        expectedAudience = session.expectedAudience
        needsVideoLink = session.needsVideoLink
        timingJson = try JSONColumn.encode(session.timing)
        orderJson = try JSONColumn.encode(session.order)
        track = session.track
        room = session.room
        start = session.start.map(StoreText.text)
        pinned = session.pinned
        profileJson = session.profile.isEmpty ? nil : try JSONColumn.encode(session.profile)
    }

    /// The session the row holds, with its participants and linked points in order.
    func session(
        participants: [SessionParticipant], linkedPoints: [Identifier<ConnectionPoint>]
    ) throws -> Session {
        Session(
            id: Identifier(id), title: title,
            kind: try StoreText.value(AgendaKind.self, kind, entity: .session, id: id),
            durationMinutes: durationMinutes, participants: participants,
            expectedAudience: expectedAudience, needsVideoLink: needsVideoLink, linkedPoints: linkedPoints,
            timing: try JSONColumn.decode(SessionTiming.self, from: timingJson, entity: .session, id: id),
            order: try JSONColumn.decode([OrderConstraint].self, from: orderJson, entity: .session, id: id),
            track: track, room: room,
            start: try StoreText.localDateTime(start, entity: .session, id: id), pinned: pinned,
            profile: try profileJson.map {
                try JSONColumn.decode(SessionProfile.self, from: $0, entity: .session, id: id)
            } ?? SessionProfile())
    }
}
