/// The sector in which the alliance counts an organisation.
public enum Sector: String, CaseIterable, Codable, Sendable {
    /// Nông nghiệp: agriculture, forestry, fisheries.
    case agricultural = "nong-nghiep"
    /// Phi nông nghiệp: trade, services, crafts, transport, construction.
    case nonAgricultural = "phi-nong-nghiep"
    /// Tín dụng: people's credit funds.
    case credit = "tin-dung"

    /// The name used in reports, in `language`: "Nông nghiệp", "Agriculture".
    public func name(_ language: Language) -> String {
        PlanningMessage.sector(self).text(language)
    }
}
