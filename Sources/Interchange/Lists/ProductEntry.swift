public import Planning

/// A product of the product list with what the list shows of its owner.
public struct ProductEntry: Sendable {
    /// What the product list shows of an owner.
    public struct Owner: Sendable {
        /// The owner's name.
        public var name: String
        /// The owner's registration code, as written.
        public var registrationCode: String?
        /// The owner's province.
        public var province: ProvinceReference

        /// An owner.
        public init(name: String, registrationCode: String?, province: ProvinceReference) {
            self.name = name
            self.registrationCode = registrationCode
            self.province = province
        }

        /// What the list shows of `organisation`.
        public init(_ organisation: Organisation) {
            self.init(
                name: organisation.name, registrationCode: organisation.registrationCode?.description,
                province: organisation.province)
        }
    }

    /// The product.
    public var product: Product
    /// Its owner, when the owner exists.
    public var owner: Owner?

    /// An entry.
    public init(product: Product, owner: Owner?) {
        self.product = product
        self.owner = owner
    }
}
