import GRDB
import Planning
import Synchronization

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

    /// The venue the row holds: decoded once per snapshot text (a national hall's snapshot is
    /// hundreds of kilobytes of JSON, and a portal reads it for every registration).
    func venue() throws -> Venue {
        if let venue = Self.decoded.venue(for: snapshotJson) { return venue }
        let venue = try JSONColumn.decode(Venue.self, from: snapshotJson, entity: .venue, id: id)
        Self.decoded.keep(venue, for: snapshotJson)
        return venue
    }

    /// The venues last decoded, by their snapshot text.
    static let decoded = DecodedVenues()
}

/// The last few venue snapshots decoded, by their JSON text (compared whole, so a changed
/// snapshot is decoded again): the process's plan files each hold one venue.
final class DecodedVenues: Sendable {
    /// How many snapshots are kept.
    static let capacity = 4
    /// The snapshots kept, most recently used last.
    private let entries = Mutex<[(text: String, venue: Venue)]>([])

    /// The venue decoded from `text`, when kept.
    func venue(for text: String) -> Venue? {
        entries.withLock { entries in
            guard let index = entries.firstIndex(where: { $0.text == text }) else { return nil }
            let entry = entries.remove(at: index)
            entries.append(entry)
            return entry.venue
        }
    }

    /// Keeps the venue decoded from `text`, dropping the least recently used past ``capacity``.
    func keep(_ venue: Venue, for text: String) {
        entries.withLock { entries in
            entries.removeAll { $0.text == text }
            entries.append((text, venue))
            if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        }
    }
}
