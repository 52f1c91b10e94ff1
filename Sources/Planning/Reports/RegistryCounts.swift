/// The registry's figures a summary shows, counted one entity at a time: organisations by
/// province and kind, products by category. Counting needs no more memory than the figures, so
/// a national registry can be counted as it is read.
public struct RegistryCounts: Hashable, Sendable {
    /// Organisations by official province name (or the name as written) and kind.
    public private(set) var organisationsByProvince: [String: [OrganisationKind: Int]] = [:]
    /// Products by category; nil for the unclassified ones.
    public private(set) var productsByCategory: [ProductCategory?: Int] = [:]

    /// No figures yet.
    public init() {}

    /// The figures of a plan's organisations and products.
    public init(_ plan: Plan) {
        for organisation in plan.organisations { count(organisation) }
        for product in plan.products { count(product) }
    }

    /// Counts an organisation.
    public mutating func count(_ organisation: Organisation) {
        count(province: organisation.province, kind: organisation.kind)
    }

    /// Counts `times` organisations of `kind` in `province`.
    public mutating func count(province: ProvinceReference, kind: OrganisationKind, times: Int = 1) {
        organisationsByProvince[province.officialName, default: [:]][kind, default: 0] += times
    }

    /// Counts a product.
    public mutating func count(_ product: Product) {
        count(category: product.category)
    }

    /// Counts `times` products of `category` (nil: unclassified).
    public mutating func count(category: ProductCategory?, times: Int = 1) {
        productsByCategory[category, default: 0] += times
    }

    /// Organisations by province, in Vietnamese order of the provinces.
    public var provinces: [ProvinceRow] {
        organisationsByProvince.keys.sortedVietnamese { $0 }.map {
            ProvinceRow(province: $0, byKind: organisationsByProvince[$0] ?? [:])
        }
    }

    /// Products by category, every category that has products, in the catalogue's order, then
    /// the unclassified ones.
    public var categories: [CategoryShare] {
        var counts: [(name: BilingualText, count: Int)] = ProductCategory.allCases.compactMap { category in
            let count = productsByCategory[category] ?? 0
            return count > 0 ? (BilingualText(PlanningMessage.productCategory(category)), count) : nil
        }
        if let unclassified = productsByCategory[nil], unclassified > 0 {
            counts.append((BilingualText(PlanningMessage.unclassified), unclassified))
        }
        return CategoryShare.shares(named: counts)
    }
}
