import GRDB

/// A row of `account`: a person who signs in to the portal's staff console.
struct AccountRecord: StoreRecord {
    static let databaseTableName = "account"

    var name: String
    var role: String
    var passwordHash: String
    var createdAt: String
}
