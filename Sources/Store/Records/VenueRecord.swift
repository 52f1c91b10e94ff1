import GRDB
import Planning

/// The row of `venue`: the snapshot of the venue the plan uses (one row, slot 1).
struct VenueRecord: StoreRecord {
    static let databaseTableName = "venue"

    var slot: Int
    var id: String
    var name: String
    var snapshotJson: String

    /// The row for a venue.
    init(_ venue: Venue) throws {
        slot = 1
        id = venue.id.rawValue
        name = venue.name
        snapshotJson = try JSONColumn.encode(venue)
    }

    /// The venue the row holds.
    func venue() throws -> Venue {
        try JSONColumn.decode(Venue.self, from: snapshotJson, entity: .venue, id: id)
    }
}
