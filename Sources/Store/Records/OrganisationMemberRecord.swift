import GRDB

/// A row of `organisation_member`: a member organisation of a union, at a position.
struct OrganisationMemberRecord: StoreRecord {
    static let databaseTableName = "organisation_member"

    var unionId: String
    var seq: Int
    var memberId: String
}
