/// What one emulation cluster (or any group of parties) registered for a fair.
public struct ClusterSummary: Hashable, Codable, Sendable {
    /// The cluster's name as the parties gave it (data), or nil for parties registered through
    /// no cluster.
    public let cluster: String?
    /// The provinces of its parties, official names, in Vietnamese order.
    public let provinces: [String]
    /// Distinct organisations sharing its booths.
    public let organisations: Int
    /// Distinct products shown.
    public let products: Int
    /// Booths requested.
    public let booths: Int
    /// Products by summary category.
    public let categories: [CategoryShare]

    /// Creates a cluster summary; `cluster` is nil for parties registered through no cluster.
    public init(
        cluster: String?, provinces: [String], organisations: Int, products: Int, booths: Int,
        categories: [CategoryShare]
    ) {
        self.cluster = cluster
        self.provinces = provinces
        self.organisations = organisations
        self.products = products
        self.booths = booths
        self.categories = categories
    }

    /// The cluster's name in `language`: its own name, or "Khác" ("Other") for parties of no
    /// cluster.
    public func name(_ language: Language) -> String {
        cluster ?? PlanningMessage.otherCluster.text(language)
    }
}
