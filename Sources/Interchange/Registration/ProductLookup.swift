import Planning

/// The products a booth request may show: the plan's and the new ones of the Sản phẩm sheet,
/// found by identifier or name (tones kept, as ``PlanResolver`` finds them), among the products
/// of the organisations sharing the booths first, then among all.
struct ProductLookup {
    /// Every product: the plan's, then the sheet's new ones.
    private let products: [Product]
    /// The index over every product.
    private let index: NameIndex<Product>
    /// The positions in `products` of each owner's products.
    private let byOwner: [Identifier<Organisation>: [Int]]
    /// The row (index among the check's product rows) of each new product of the sheet.
    private let draftRows: [Identifier<Product>: Int]

    /// Indexes the plan's products and the new products read from the sheet.
    init(plan: Plan, rows: [ParsedRow<Product>]) {
        var products = plan.products
        var draftRows: [Identifier<Product>: Int] = [:]
        for parsed in rows where parsed.standing == .new {
            products.append(parsed.entity)
            if draftRows[parsed.entity.id] == nil { draftRows[parsed.entity.id] = parsed.row }
        }
        var byOwner: [Identifier<Organisation>: [Int]] = [:]
        for (position, product) in products.enumerated() {
            byOwner[product.owner, default: []].append(position)
        }
        self.products = products
        self.byOwner = byOwner
        self.draftRows = draftRows
        index = Self.index(products)
    }

    /// The index of `products` by identifier and name.
    private static func index(_ products: [Product]) -> NameIndex<Product> {
        NameIndex(products, identifier: \.id.rawValue, names: { [$0.name] })
    }

    /// Every product of the `owners`, in the order they were added (the plan's first).
    func products(of owners: [Identifier<Organisation>]) -> [Product] {
        owners.flatMap { byOwner[$0, default: []] }.sorted().map { products[$0] }
    }

    /// The product named by `written`: among the `owners`' products when one of them answers to
    /// it, otherwise among all.
    func resolve(_ written: String, owners: [Identifier<Organisation>]) -> NameMatch<Product> {
        let owned = products(of: owners)
        if !owned.isEmpty, case .found(let product) = Self.index(owned).resolve(written) {
            return .found(product)
        }
        return index.resolve(written)
    }

    /// The product named by `written` among the `owners`' products only (suggestions too).
    func resolve(_ written: String, onlyAmong owners: [Identifier<Organisation>]) -> NameMatch<Product> {
        let owned = products(of: owners)
        guard !owned.isEmpty else { return .notFound(suggestions: []) }
        return Self.index(owned).resolve(written)
    }

    /// The sheet row of a new product, nil for one of the plan.
    func row(of id: Identifier<Product>) -> Int? {
        draftRows[id]
    }
}
