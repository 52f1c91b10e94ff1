import LibXML
public import Planning

/// Writes a plan's programme as conference-schedule XML (the frab/pretalx `schedule.xml` that
/// apps such as Giggity and EventFahrplan read).
///
/// Times carry +07:00. A session linked to connection points appears once in its room and once
/// under each linked point (a "room" named after the point), each appearance with its own id and
/// GUID, so that an app filtered to one connection point shows it. Ids and GUIDs derive from the
/// session's identifier (and the point's), never from its time or room: re-timing or moving a
/// session changes no event's id (see ``FrabEventNumbers``). `<version>` is the published
/// programme version shown, or says the schedule is a draft of the working plan.
public struct FrabScheduleWriter: Sendable {
    /// The plan whose programme is written.
    let plan: Plan
    /// Only this connection point's sessions and rooms, when set.
    let connectionPoint: Identifier<ConnectionPoint>?
    /// The generator version written in `<generator>`.
    let version: String
    /// The published programme version written in `<version>`; nil for the working plan (a draft).
    let programmeVersion: Int?
    /// The language of session kinds, abstracts and unplaced rooms, and of `<language>`.
    let language: Language

    /// Creates a writer whose worded text is in `language`; `version` is FairPlan's, written as the
    /// generator, and `programmeVersion` the published programme's (nil for the working plan).
    public init(
        plan: Plan, connectionPoint: Identifier<ConnectionPoint>? = nil, version: String,
        programmeVersion: Int? = nil, language: Language
    ) {
        self.plan = plan
        self.connectionPoint = connectionPoint
        self.version = version
        self.programmeVersion = programmeVersion
        self.language = language
    }

    /// One appearance of a session in a room of the schedule.
    struct Appearance {
        let session: Session
        let range: TimeRange
        let room: String
        let key: String
    }

    /// The appearances grouped by day and room name, in time order.
    func appearances() -> [Appearance] {
        let rooms = Dictionary((plan.venue?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0) }) { first, _ in first }
        var result: [Appearance] = []
        for session in plan.sessions {
            guard let range = session.scheduledRange else { continue }
            if connectionPoint == nil {
                let room = session.room.map { rooms[$0] ?? $0 } ?? InterchangeMessage.noRoomYet.text(language)
                result.append(
                    Appearance(
                        session: session, range: range, room: room, key: FrabEventNumbers.roomKey(session.id))
                )
            }
            for id in session.linkedPoints where connectionPoint == nil || connectionPoint == id {
                guard let point = points[id] else { continue }
                result.append(
                    Appearance(
                        session: session, range: range, room: point.name,
                        key: FrabEventNumbers.pointKey(session.id, id)))
            }
        }
        return result.sorted {
            ($0.range.start, $0.room, $0.session.id) < ($1.range.start, $1.room, $1.session.id)
        }
    }

    /// The schedule as bytes.
    public func bytes() throws -> [UInt8] {
        let writer = try XMLWriter(indent: true)
        try write(with: writer)
        try writer.close()
        return try writer.bytes()
    }

    /// Writes the schedule to a file atomically.
    public func write(toFile path: String) throws {
        let writer = try XMLWriter(path: path, indent: true)
        try write(with: writer)
        try writer.close()
    }

    /// Streams the schedule to `sink` in chunks (for `--out -`).
    public func write(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let writer = try XMLWriter(indent: true, sink: sink)
        try write(with: writer)
        try writer.close()
    }

    func write(with writer: XMLWriter) throws {
        let event = plan.event
        try writer.startDocument()
        try writer.startElement("schedule")
        try writer.startElement("generator")
        try writer.attribute("name", "FairPlan")
        try writer.attribute("version", version)
        try writer.endElement()
        try writer.element(
            "version",
            text: programmeVersion.map(String.init) ?? InterchangeMessage.draftProgrammeVersion.text(language)
        )
        try writer.startElement("conference")
        try writer.element("title", text: event.name)
        try writer.element("acronym", text: Self.acronym(event.id.rawValue))
        if let first = event.firstDay, let last = event.lastDay {
            try writer.element("start", text: first.iso)
            try writer.element("end", text: last.iso)
        }
        try writer.element("days", text: String(event.days.count))
        try writer.element("timeslot_duration", text: "00:05")
        try writer.element("time_zone_name", text: "Asia/Ho_Chi_Minh")
        try writer.endElement()
        let appearances = appearances()
        let numbers = FrabEventNumbers(plan: plan)
        for (index, day) in event.days.enumerated() {
            try writer.startElement("day")
            try writer.attribute("date", day.date.iso)
            try writer.attribute("start", LocalDateTime(date: day.date, time: day.opens).iso8601)
            try writer.attribute("end", LocalDateTime(date: day.date, time: day.closes).iso8601)
            try writer.attribute("index", String(index + 1))
            let today = appearances.filter { $0.range.start.date == day.date }
            var roomNames: [String] = []
            for appearance in today where !roomNames.contains(appearance.room) {
                roomNames.append(appearance.room)
            }
            for room in roomNames {
                try writer.startElement("room")
                try writer.attribute("name", room)
                try writer.attribute("guid", StableUUID.make("\(event.id)|room|\(room)"))
                for appearance in today where appearance.room == room {
                    try writeEvent(appearance, number: numbers.number(appearance.key) ?? 0, with: writer)
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endDocument()
    }

    func writeEvent(_ appearance: Appearance, number: Int, with writer: XMLWriter) throws {
        let session = appearance.session
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0.name) }) { first, _ in first }
        try writer.startElement("event")
        try writer.attribute("id", String(number))
        try writer.attribute("guid", StableUUID.make("\(plan.event.id)|\(appearance.key)"))
        try writer.element("room", text: appearance.room)
        try writer.element("title", text: session.title)
        let kind = session.kind.name(language)
        try writer.element("type", text: kind)
        try writer.element("date", text: appearance.range.start.iso8601)
        try writer.element("start", text: appearance.range.start.time.description)
        let minutes = appearance.range.minutes
        try writer.element(
            "duration",
            text:
                "\(minutes / 60 < 10 ? "0" : "")\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
        )
        let linked = session.linkedPoints.compactMap { points[$0] }
        try writer.element(
            "abstract", text: linked.isEmpty ? "" : InterchangeMessage.linksPoints(linked).text(language))
        try writer.element("track", text: session.track ?? kind)
        try writer.element("language", text: language.rawValue)
        try writer.startElement("persons")
        for participant in session.participants {
            guard let person = plan.person(participant.person) else { continue }
            try writer.startElement("person")
            try writer.attribute("guid", StableUUID.make("person|\(person.id)"))
            try writer.text(person.displayName(language))
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    /// An acronym the schema accepts: lowercase ASCII letters, digits, `_` and `-`, at least 4.
    static func acronym(_ text: String) -> String {
        let key = VietnameseText.searchKey(text).map { $0 == " " ? "-" : $0 }
        let filtered = String(
            key.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        return filtered.count >= 4 ? filtered : filtered + String(repeating: "-", count: 4 - filtered.count)
    }
}
