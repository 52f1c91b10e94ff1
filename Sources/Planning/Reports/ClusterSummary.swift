/// What one emulation cluster (or any group of parties) registered for a fair.
public struct ClusterSummary: Hashable, Codable, Sendable {
    /// The cluster's name.
    public let name: String
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

    /// Creates a cluster summary.
    public init(
        name: String, provinces: [String], organisations: Int, products: Int, booths: Int,
        categories: [CategoryShare]
    ) {
        self.name = name
        self.provinces = provinces
        self.organisations = organisations
        self.products = products
        self.booths = booths
        self.categories = categories
    }
}
