/// One named component of a grid timetable's score: its value, weight and penalty.
public struct GridScoreComponent: Hashable, Codable, Sendable {
    /// Which component.
    public var component: GridComponent
    /// The value, in minutes (see ``GridComponent``).
    public var value: Int
    /// The weight per unit (negative for a reward).
    public var weight: Int

    /// Creates a component.
    public init(component: GridComponent, value: Int, weight: Int) {
        self.component = component
        self.value = value
        self.weight = weight
    }

    /// The penalty: value times weight (negative for a reward).
    public var penalty: Int { value * weight }
}
