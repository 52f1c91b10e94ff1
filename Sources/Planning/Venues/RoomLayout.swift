/// How a meeting room's seats are set out.
public enum RoomLayout: String, CaseIterable, Codable, Sendable {
    /// Rows of chairs facing the front (hội trường).
    case theatre
    /// Rows of tables.
    case classroom
    /// Tables in a U.
    case uShape = "u-shape"
    /// One boardroom table.
    case boardroom
    /// Round tables.
    case banquet

    /// The name in `language`: "Hội trường", "Theatre".
    public func name(_ language: Language) -> String {
        PlanningMessage.roomLayout(self).text(language)
    }
}
