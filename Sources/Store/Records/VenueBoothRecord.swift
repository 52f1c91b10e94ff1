import GRDB
import Planning

/// A row of `venue_booth`: a booth of the venue snapshot, so booth assignments can refer to it.
struct VenueBoothRecord: StoreRecord {
    static let databaseTableName = "venue_booth"

    var code: String
    var seq: Int
    var hall: String
    var zone: String?
    var kind: String
    var standardUnits: Int
    var blocked: Bool
    var services: String

    /// The row for a booth, at its position in the venue.
    init(_ booth: Booth, seq: Int) {
        code = booth.code
        self.seq = seq
        hall = booth.hall
        zone = booth.zone
        kind = booth.kind.rawValue
        standardUnits = booth.standardUnits
        blocked = booth.blocked
        services = booth.services.sorted().map(\.rawValue).joined(separator: ",")
    }
}
