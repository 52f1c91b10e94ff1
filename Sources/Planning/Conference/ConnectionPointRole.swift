/// The role of a connection point (điểm cầu) in a hybrid conference.
public enum ConnectionPointRole: String, CaseIterable, Codable, Sendable {
    /// Điểm cầu chính: where the central leaders chair.
    case main
    /// Điểm cầu thành phần: a satellite point in a province.
    case satellite

    /// The name in `language`: "Điểm cầu chính", "Main connection point".
    public func name(_ language: Language) -> String {
        PlanningMessage.connectionPointRole(self).text(language)
    }
}
