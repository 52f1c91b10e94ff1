/// What kind of event a plan is for.
public enum EventKind: String, CaseIterable, Codable, Sendable {
    /// A trade fair (hội chợ, tuần hàng OCOP, ngày hội HTX) with booths.
    case fair
    /// A conference held in one place.
    case conference
    /// A conference held on site and online at once across connection points (điểm cầu).
    case hybridConference = "hybrid-conference"

    /// The name in `language`: "Hội chợ", "Fair".
    public func name(_ language: Language) -> String {
        PlanningMessage.eventKind(self).text(language)
    }
}
