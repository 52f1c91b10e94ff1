/// What the organisers publish to exhibitors and connection points, in numbered versions.
public enum PublicationKind: String, CaseIterable, Codable, Sendable {
    /// Sơ đồ gian hàng: which party has which booths.
    case boothPlan = "booth-plan"
    /// Chương trình: the programme, each session's time and room.
    case programme

    /// The Vietnamese name.
    public var vietnameseName: String {
        switch self {
        case .boothPlan: "Sơ đồ gian hàng"
        case .programme: "Chương trình"
        }
    }
}
