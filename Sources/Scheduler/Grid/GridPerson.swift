/// A person of a grid timetable (a speaker, a chair): when they cannot come, the timeslots and
/// rooms they require, prefer, avoid or prohibit by tag.
public struct GridPerson: Hashable, Codable, Sendable {
    /// Their name, for explanations.
    public var name: String
    /// Timeslots (indices into ``GridProblem/timeslots``) they cannot attend (hard).
    public var unavailable: Set<Int>
    /// Timeslot tags they prefer and would rather avoid (soft; `required` and `prohibited` unused).
    public var timeslotTags: GridTagRules
    /// Room tags they require, prefer, prohibit and would rather avoid.
    public var roomTags: GridTagRules

    /// Creates a person.
    public init(
        name: String, unavailable: Set<Int> = [], timeslotTags: GridTagRules = GridTagRules(),
        roomTags: GridTagRules = GridTagRules()
    ) {
        self.name = name
        self.unavailable = unavailable
        self.timeslotTags = timeslotTags
        self.roomTags = roomTags
    }
}
