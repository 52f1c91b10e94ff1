/// A product an organisation registers for a fair, with its OCOP recognition when it has one.
public struct Product: Hashable, Codable, Sendable, Identifiable {
    /// The product's identifier in the plan.
    public let id: Identifier<Product>
    /// The product name as it will appear on the list (NFC).
    public var name: String
    /// The organisation that owns the product (chủ thể).
    public var owner: Identifier<Organisation>
    /// The OCOP product set (148/QĐ-TTg) or legacy group (1048/QĐ-TTg), when known.
    public var classification: OCOPClassification?
    /// The OCOP recognition, for certified products.
    public var recognition: OCOPRecognition?
    /// Whether the product is fresh food that needs water or cold storage at the booth.
    public var needsColdChain: Bool

    /// Creates a product; the name is normalised to NFC.
    public init(
        id: Identifier<Product>,
        name: String,
        owner: Identifier<Organisation>,
        classification: OCOPClassification? = nil,
        recognition: OCOPRecognition? = nil,
        needsColdChain: Bool = false
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.owner = owner
        self.classification = classification
        self.recognition = recognition
        self.needsColdChain = needsColdChain
    }

    /// The summary category fairs report (agri-food, handicraft, ...), when classified.
    public var category: ProductCategory? { classification?.category }
}
