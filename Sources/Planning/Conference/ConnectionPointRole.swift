/// The role of a connection point (điểm cầu) in a hybrid conference.
public enum ConnectionPointRole: String, CaseIterable, Codable, Sendable {
    /// Điểm cầu chính: where the central leaders chair.
    case main
    /// Điểm cầu thành phần: a satellite point in a province.
    case satellite

    /// The Vietnamese name.
    public var vietnameseName: String {
        switch self {
        case .main: "Điểm cầu chính"
        case .satellite: "Điểm cầu thành phần"
        }
    }
}
