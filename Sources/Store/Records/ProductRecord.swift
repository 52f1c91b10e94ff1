import GRDB
import Planning

/// A row of `product`, with the recognition's stars, decision and validity as columns for lists.
struct ProductRecord: StoreRecord {
    static let databaseTableName = "product"

    var id: String
    var seq: Int
    var name: String
    var ownerId: String
    var classificationJson: String?
    var category: String?
    var stars: Int?
    var decisionNumber: String?
    var decisionDate: String?
    var validUntil: String?
    var recognitionJson: String?
    var needsColdChain: Bool

    /// The row for a product at position `seq`.
    init(_ product: Product, seq: Int) throws {
        id = product.id.rawValue
        self.seq = seq
        name = product.name
        ownerId = product.owner.rawValue
        classificationJson = try JSONColumn.encode(product.classification)
        category = product.category?.rawValue
        stars = product.recognition?.stars
        decisionNumber = product.recognition?.decisionNumber
        decisionDate = product.recognition?.decisionDate.iso
        validUntil = product.recognition?.validUntil.iso
        recognitionJson = try JSONColumn.encode(product.recognition)
        needsColdChain = product.needsColdChain
    }

    /// The product the row holds.
    func product() throws -> Product {
        Product(
            id: Identifier(id), name: name, owner: Identifier(ownerId),
            classification: try JSONColumn.decode(
                OCOPClassification.self, from: classificationJson, entity: .product, id: id),
            recognition: try JSONColumn.decode(
                OCOPRecognition.self, from: recognitionJson, entity: .product, id: id),
            needsColdChain: needsColdChain)
    }
}
