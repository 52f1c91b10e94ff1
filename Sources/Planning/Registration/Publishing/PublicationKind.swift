/// What the organisers publish to exhibitors and connection points, in numbered versions.
public enum PublicationKind: String, CaseIterable, Codable, Sendable {
    /// Sơ đồ gian hàng: which party has which booths.
    case boothPlan = "booth-plan"
    /// Chương trình: the programme, each session's time and room.
    case programme

    /// The name in `language`: "Sơ đồ gian hàng", "Booth plan".
    public func name(_ language: Language) -> String {
        PlanningMessage.publicationKind(self).text(language)
    }
}
