/// One province's organisations counted by kind, a row of the summary an alliance reports.
public struct ProvinceRow: Hashable, Codable, Sendable {
    /// The official province name, or the name as written when unknown.
    public let province: String
    /// Organisations by kind; kinds with none are absent.
    public let byKind: [OrganisationKind: Int]
    /// Organisations in all.
    public let total: Int

    /// Creates a row.
    public init(province: String, byKind: [OrganisationKind: Int]) {
        self.province = province
        self.byKind = byKind
        self.total = byKind.values.reduce(0, +)
    }
}
