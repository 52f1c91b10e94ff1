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

    /// The Vietnamese name.
    public var vietnameseName: String {
        switch self {
        case .theatre: "Hội trường"
        case .classroom: "Lớp học"
        case .uShape: "Chữ U"
        case .boardroom: "Bàn họp"
        case .banquet: "Bàn tròn"
        }
    }
}
