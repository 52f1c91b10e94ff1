/// One of the 26 OCOP product subgroups of Decision 1048/QĐ-TTg (2019), used by older certificates.
public struct OCOPLegacyGroup: Hashable, Codable, Sendable, Identifiable {
    /// The subgroup's number, 1–26.
    public let number: Int
    /// The sector's name, for example "Thực phẩm", "Vải và may mặc".
    public let sectorName: String
    /// The group's name, for example "Thực phẩm tươi sống".
    public let groupName: String
    /// The subgroup's name, for example "Rau, củ, quả, hạt tươi".
    public let name: String
    /// The broad category, following the sector.
    public let category: ProductCategory
    /// The number of the 148/QĐ-TTg product set that took the subgroup over, when clear.
    public let successorNumber: Int?

    /// The subgroup's identity: its number.
    public var id: Int {
        number
    }

    /// The 148/QĐ-TTg product set that took the subgroup over, when clear.
    public var successor: OCOPProductSet? {
        successorNumber.flatMap { OCOPCatalogue.productSet(number: $0) }
    }
}
