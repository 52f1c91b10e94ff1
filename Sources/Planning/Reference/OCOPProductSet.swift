/// One of the 26 OCOP product sets of Decision 148/QĐ-TTg (2023).
///
/// The classification has 6 sectors (I–VI), 17 groups and 26 product sets; a product is assessed
/// against the criteria of its set.
public struct OCOPProductSet: Hashable, Codable, Sendable, Identifiable {
    /// The set's number, 1–26.
    public let number: Int
    /// The sector's Roman numeral, "I" to "VI".
    public let sectorCode: String
    /// The sector's name, for example "Sản phẩm thực phẩm".
    public let sectorName: String
    /// The group's number within its sector.
    public let groupNumber: Int
    /// The group's name, for example "Thực phẩm tươi sống".
    public let groupName: String
    /// The subgroup letter ("a", "b", …) when the group is divided, else nil.
    public let subgroupCode: String?
    /// The set's name, for example "Rau, củ, quả, hạt tươi".
    public let name: String
    /// The ministries in charge of the set's criteria.
    public let managingMinistries: [String]
    /// Whether product samples must be submitted for assessment.
    public let requiresSamples: Bool
    /// The broad category, following the sector.
    public let category: ProductCategory

    /// The set's identity: its number.
    public var id: Int {
        number
    }
}
