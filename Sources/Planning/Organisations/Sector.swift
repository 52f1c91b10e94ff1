/// The sector in which the alliance counts an organisation.
public enum Sector: String, CaseIterable, Codable, Sendable {
    /// Nông nghiệp: agriculture, forestry, fisheries.
    case agricultural = "nong-nghiep"
    /// Phi nông nghiệp: trade, services, crafts, transport, construction.
    case nonAgricultural = "phi-nong-nghiep"
    /// Tín dụng: people's credit funds.
    case credit = "tin-dung"

    /// The Vietnamese name used in reports.
    public var vietnameseName: String {
        switch self {
        case .agricultural: "Nông nghiệp"
        case .nonAgricultural: "Phi nông nghiệp"
        case .credit: "Tín dụng"
        }
    }
}
