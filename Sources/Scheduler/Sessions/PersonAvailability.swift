public import Planning

/// When a person can take part in sessions and when they would rather do so: scheduler input.
///
/// `Planning` does not record people's calendars, so the timetabler takes them as input. A person
/// without an entry is always available and has no preference.
public struct PersonAvailability: Hashable, Codable, Sendable {
    /// The person.
    public var person: Identifier<Person>
    /// The spans the person is available in; empty means always (a hard constraint).
    public var available: [TimeRange]
    /// The spans the person prefers to speak or chair in; empty means no preference (soft).
    public var preferred: [TimeRange]

    /// Creates a person's availability and preferences.
    public init(person: Identifier<Person>, available: [TimeRange] = [], preferred: [TimeRange] = []) {
        self.person = person
        self.available = available
        self.preferred = preferred
    }
}
