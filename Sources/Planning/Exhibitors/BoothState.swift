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

    /// The Vietnamese label.
    public var vietnameseName: String {
        switch self {
        case .available: "Còn trống"
        case .held: "Đang giữ chỗ"
        case .assigned: "Đã phân"
        case .blocked: "Không sử dụng"
        }
    }
}
