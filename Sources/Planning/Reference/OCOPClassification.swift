/// Where a product stands in an OCOP classification: a 2023 product set or a 2019 subgroup.
public enum OCOPClassification: Hashable, Codable, Sendable {
    /// A product set of Decision 148/QĐ-TTg (2023), by number (1–26).
    case productSet(Int)
    /// A product subgroup of Decision 1048/QĐ-TTg (2019), by number (1–26).
    case legacyGroup(Int)

    /// The broad category, or nil when the number is not in the catalogue.
    public var category: ProductCategory? {
        switch self {
        case .productSet(let number):
            return OCOPCatalogue.productSet(number: number)?.category
        case .legacyGroup(let number):
            return OCOPCatalogue.legacyGroup(number: number)?.category
        }
    }

    /// The set's or subgroup's name, for example "Rau, củ, quả, hạt tươi" (the catalogue's names
    /// are official Vietnamese names, the same in every language).
    ///
    /// A number outside the catalogue gives "Bộ sản phẩm số N" or "Phân nhóm số N" ("Product set
    /// no. N", "Subgroup no. N").
    public func name(_ language: Language) -> String {
        switch self {
        case .productSet(let number):
            return OCOPCatalogue.productSet(number: number)?.name
                ?? PlanningMessage.unknownProductSet(number: number).text(language)
        case .legacyGroup(let number):
            return OCOPCatalogue.legacyGroup(number: number)?.name
                ?? PlanningMessage.unknownLegacyGroup(number: number).text(language)
        }
    }

    /// The decision whose criteria apply: "148/QĐ-TTg" or "1048/QĐ-TTg".
    public var criteriaBasis: String {
        switch self {
        case .productSet:
            return OCOPCatalogue.criteriaBasis2023
        case .legacyGroup:
            return OCOPCatalogue.criteriaBasis2019
        }
    }

    /// The classification under 148/QĐ-TTg: itself, or the successor set of a legacy subgroup.
    public var current: OCOPClassification? {
        switch self {
        case .productSet:
            return self
        case .legacyGroup(let number):
            return OCOPCatalogue.legacyGroup(number: number)?.successorNumber.map { .productSet($0) }
        }
    }
}
