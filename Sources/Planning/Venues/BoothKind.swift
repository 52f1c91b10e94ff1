/// The shape of a booth as trade-fair organisers name it.
public enum BoothKind: String, CaseIterable, Codable, Sendable {
    /// A standard shell-scheme booth (3 m × 3 m, three walls, one open front).
    case standard
    /// A corner booth: two open sides.
    case corner
    /// An island booth: open on all four sides.
    case island
    /// Raw space without shell scheme, built by the exhibitor.
    case rawSpace = "raw-space"

    /// The name in `language`: "Tiêu chuẩn", "Standard".
    public func name(_ language: Language) -> String {
        PlanningMessage.boothKind(self).text(language)
    }
}
