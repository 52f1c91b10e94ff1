import GRDB
import Planning

/// A row of `event`: the one event a plan file is for.
struct EventRecord: StoreRecord {
    static let databaseTableName = "event"

    var id: String
    var name: String
    var kind: String
    var organiser: String
    var province: String
    var provinceCode: String?
    var provinceJson: String
    var daysJson: String
    var timeslotsJson: String
    var pauseMinutes: Int

    /// The row for an event.
    init(_ event: Event) throws {
        id = event.id.rawValue
        name = event.name
        kind = event.kind.rawValue
        organiser = event.organiser
        province = event.province.written
        provinceCode = event.province.code?.code
        provinceJson = try JSONColumn.encode(event.province)
        daysJson = try JSONColumn.encode(event.days)
        timeslotsJson = try JSONColumn.encode(event.timeslots)
        pauseMinutes = event.pauseMinutes
    }

    /// The event the row holds.
    func event() throws -> Event {
        var event = Event(
            id: Identifier(id), name: name,
            kind: try StoreText.value(EventKind.self, kind, entity: .event, id: id),
            organiser: organiser,
            province: try JSONColumn.decode(
                ProvinceReference.self, from: provinceJson, entity: .event, id: id),
            days: try JSONColumn.decode([EventDay].self, from: daysJson, entity: .event, id: id))
        event.timeslots = try JSONColumn.decode([Timeslot].self, from: timeslotsJson, entity: .event, id: id)
        event.pauseMinutes = pauseMinutes
        return event
    }
}
