/// The order of an attendee list.
public enum AttendeeOrder: String, CaseIterable, Sendable {
    /// Vietnamese alphabetical order: given name, family name, middle names, date of birth.
    case alphabetical
    /// Protocol order: the most senior position first (leadership lists).
    case `protocol`
}
