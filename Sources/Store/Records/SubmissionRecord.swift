import GRDB

/// A row of `submission`: a registration sent through the web portal.
struct SubmissionRecord: StoreRecord {
    static let databaseTableName = "submission"

    var digest: String
    var organisationId: String
    var submittedAt: String
    var editableUntil: String
    var source: String
}
