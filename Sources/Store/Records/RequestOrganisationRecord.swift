import GRDB

/// A row of `request_organisation`: an organisation sharing a request's booths, at a position.
struct RequestOrganisationRecord: StoreRecord {
    static let databaseTableName = "request_organisation"

    var requestId: String
    var seq: Int
    var organisationId: String
}
