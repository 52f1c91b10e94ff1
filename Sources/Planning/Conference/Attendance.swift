/// A person's attendance at an event: where and in what role.
public struct Attendance: Hashable, Codable, Sendable {
    /// Where a person attends from.
    public enum Place: Hashable, Codable, Sendable {
        /// At the venue itself (a fair, or a conference without connection points).
        case onSite
        /// At a connection point of a hybrid conference.
        case connectionPoint(Identifier<ConnectionPoint>)
    }

    /// The role a person has at an event, as printed on the attendee list.
    public enum Role: String, CaseIterable, Codable, Sendable {
        /// Lãnh đạo chủ trì.
        case chair
        /// Khách mời.
        case guest
        /// Đại biểu.
        case delegate
        /// Báo cáo viên / tham luận.
        case speaker
        /// Ban tổ chức.
        case organiser
        /// Kỹ thuật.
        case technician
        /// Phóng viên.
        case press

        /// The name in `language`: "Đại biểu", "Delegate".
        public func name(_ language: Language) -> String {
            PlanningMessage.attendanceRole(self).text(language)
        }
    }

    /// The person.
    public var person: Identifier<Person>
    /// The event.
    public var event: Identifier<Event>
    /// Where the person attends from.
    public var place: Place
    /// The person's role.
    public var role: Role

    /// Creates an attendance.
    public init(person: Identifier<Person>, event: Identifier<Event>, place: Place, role: Role) {
        self.person = person
        self.event = event
        self.place = place
        self.role = role
    }
}
