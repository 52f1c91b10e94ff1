public import Planning

extension Product {
    /// The same product under the identifier `id`.
    public func identified(_ id: Identifier<Product>) -> Product {
        Product(
            id: id, name: name, owner: owner, classification: classification, recognition: recognition,
            needsColdChain: needsColdChain)
    }
}
