/// The state of a booth in a booth plan, as trade-fair software knows it.
public enum BoothState: String, CaseIterable, Codable, Sendable {
    /// Free to assign.
    case available
    /// Held for a party that has not confirmed.
    case held
    /// Assigned to a party and confirmed.
    case assigned
    /// Not to be let.
    case blocked

    /// The label in `language`: "Còn trống", "Available".
    public func name(_ language: Language) -> String {
        PlanningMessage.boothState(self).text(language)
    }
}
