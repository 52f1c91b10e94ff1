/// A service a booth offers or a party needs.
public enum BoothService: String, CaseIterable, Codable, Sendable, Comparable {
    /// Extra electric power beyond the standard 500 W socket.
    case power
    /// A water supply and drain.
    case water
    /// Cold storage (fresh food).
    case coldStorage = "cold-storage"

    /// The name in `language`: "Điện", "Power".
    public func name(_ language: Language) -> String {
        PlanningMessage.boothService(self).text(language)
    }

    /// Orders services in declaration order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
