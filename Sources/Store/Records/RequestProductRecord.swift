import GRDB

/// A row of `request_product`: a product shown under a request, at a position.
struct RequestProductRecord: StoreRecord {
    static let databaseTableName = "request_product"

    var requestId: String
    var seq: Int
    var productId: String
}
