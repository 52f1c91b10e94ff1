import GRDB

/// A row of `published_version`: one numbered publication and its frozen content (JSON).
struct PublishedVersionRecord: StoreRecord {
    static let databaseTableName = "published_version"

    var kind: String
    var number: Int
    var note: String?
    var publishedAt: String
    var contentJson: String
}
