import GRDB

/// A row of a plan-file table: Codable properties in lower camel case, columns in snake case.
protocol StoreRecord: Codable, FetchableRecord, PersistableRecord {}

extension StoreRecord {
    /// Columns are named in snake case (`province_code`).
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are named in snake case (`province_code`).
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
