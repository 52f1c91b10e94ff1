public import Planning

/// An attendee of the attendee list: the person, the attendance, and the name of the person's
/// organisation (looked up where the plan is kept).
public struct AttendeeEntry: Sendable {
    /// The person.
    public var person: Person
    /// The attendance at the event.
    public var attendance: Attendance
    /// The name of the organisation the person represents, when the person names one that exists.
    public var organisationName: String?

    /// An entry.
    public init(person: Person, attendance: Attendance, organisationName: String?) {
        self.person = person
        self.attendance = attendance
        self.organisationName = organisationName
    }
}
