import GRDB
import Planning

/// A row of `attendance`: a person at the event, on site (no point) or at a connection point.
struct AttendanceRecord: StoreRecord {
    static let databaseTableName = "attendance"

    var personId: String
    var eventId: String
    var seq: Int
    var connectionPointId: String?
    var role: String

    /// The row for an attendance at position `seq`.
    init(_ attendance: Attendance, seq: Int) {
        personId = attendance.person.rawValue
        eventId = attendance.event.rawValue
        self.seq = seq
        switch attendance.place {
        case .onSite: connectionPointId = nil
        case .connectionPoint(let point): connectionPointId = point.rawValue
        }
        role = attendance.role.rawValue
    }

    /// The attendance the row holds.
    func attendance() throws -> Attendance {
        Attendance(
            person: Identifier(personId), event: Identifier(eventId),
            place: connectionPointId.map { .connectionPoint(Identifier($0)) } ?? .onSite,
            role: try StoreText.value(Attendance.Role.self, role, entity: .attendance, id: personId))
    }
}
