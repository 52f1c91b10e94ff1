import Planning

/// Walks a decoded Timefold JSON document: finds every object by its `@id`, then reads each list
/// field by field, naming the field in every problem.
struct TimefoldJSONParser {
    /// A problem with the document, as the message to show.
    struct Problem: Error {
        let message: InterchangeMessage
    }

    private let root: [String: TimefoldJSON]
    /// Every object with an `@id`, by it.
    private var objects: [String: [String: TimefoldJSON]] = [:]
    private var timeslotIndex: [String: Int] = [:]
    private var roomIndex: [String: Int] = [:]
    private var talkTypeIndex: [String: Int] = [:]
    private var speakerIndex: [String: Int] = [:]
    private var talkIndex: [String: Int] = [:]

    init(root: TimefoldJSON) throws(Problem) {
        guard case .object(let fields) = root else {
            throw Problem(message: .timefoldFieldType(field: "(document)", expected: .object))
        }
        self.root = fields
        try collect(root, path: "")
    }

    /// Registers every object with an `@id`; one given twice in full is refused.
    private mutating func collect(_ value: TimefoldJSON, path: String) throws(Problem) {
        switch value {
        case .object(let fields):
            if case .string(let id) = fields["@id"] {
                if objects[id] != nil && fields.count > 1 {
                    throw Problem(message: .timefoldDuplicateIdentifier(field: path, identifier: id))
                }
                if objects[id] == nil { objects[id] = fields }
            }
            for key in fields.keys.sorted() { try collect(fields[key] ?? .null, path: path + "." + key) }
        case .array(let items):
            for (index, item) in items.enumerated() { try collect(item, path: "\(path)[\(index)]") }
        default: break
        }
    }

    mutating func conference() throws(Problem) -> TimefoldConference {
        if case .object(let overrides)? = root["constraintWeightOverrides"], !overrides.isEmpty {
            throw Problem(message: .timefoldUnsupported(field: "constraintWeightOverrides"))
        }
        let name = try optionalText(root, "conferenceName", path: "") ?? ""
        var pause = 30
        if let properties = root["constraintProperties"], properties.isPresent {
            let fields = try object(properties, path: "constraintProperties")
            pause =
                try optionalInteger(
                    fields, "minimumConsecutiveTalksPauseInMinutes", path: "constraintProperties",
                    range: 0...1_440)
                ?? 30
        }
        let timeslotObjects = try list("timeslotList", limit: TimefoldConferenceReader.listLimit)
        let roomObjects = try list("roomList", limit: TimefoldConferenceReader.listLimit)
        let typeObjects = try list("talkTypeList", limit: TimefoldConferenceReader.listLimit)
        let speakerObjects = try list("speakerList", limit: TimefoldConferenceReader.listLimit)
        let talkObjects = try list("talkList", limit: TimefoldConferenceReader.talkLimit)
        timeslotIndex = index(timeslotObjects)
        roomIndex = index(roomObjects)
        talkTypeIndex = index(typeObjects)
        speakerIndex = index(speakerObjects)
        talkIndex = index(talkObjects)

        let timeslots = try timeslotObjects.map { (path, fields) throws(Problem) in
            let start = try dateTime(fields, "startDateTime", path: path)
            let end = try dateTime(fields, "endDateTime", path: path)
            if end <= start { throw Problem(message: .timefoldTimeslotNotAfterStart(field: path)) }
            let minutes = end.minuteIndex - start.minuteIndex
            if minutes > TimefoldConferenceReader.timeslotMinutesLimit {
                throw Problem(
                    message: .timefoldValueOutOfRange(
                        field: path + ".endDateTime", value: minutes, minimum: 1,
                        maximum: TimefoldConferenceReader.timeslotMinutesLimit))
            }
            return TimefoldConference.Timeslot(
                start: start, end: end, tags: try tags(fields, "tagSet", path: path))
        }
        let rooms = try roomObjects.map { (path, fields) throws(Problem) in
            TimefoldConference.Room(
                name: try optionalText(fields, "name", path: path) ?? "",
                capacity: try integer(fields, "capacity", path: path, range: 0...100_000_000),
                tags: try tags(fields, "tagSet", path: path))
        }
        let talkTypes = try typeObjects.map { (path, fields) throws(Problem) in
            TimefoldConference.TalkType(
                name: try optionalText(fields, "name", path: path) ?? "",
                timeslots: try references(fields, "compatibleTimeslotSet", path: path, in: timeslotIndex),
                rooms: try references(fields, "compatibleRoomSet", path: path, in: roomIndex))
        }
        let speakers = try speakerObjects.map { (path, fields) throws(Problem) in
            TimefoldConference.Speaker(
                name: try optionalText(fields, "name", path: path) ?? "",
                unavailable: try references(fields, "unavailableTimeslotSet", path: path, in: timeslotIndex),
                preferredTimeslotTags: try tags(fields, "preferredTimeslotTagSet", path: path),
                undesiredTimeslotTags: try tags(fields, "undesiredTimeslotTagSet", path: path),
                requiredRoomTags: try tags(fields, "requiredRoomTagSet", path: path),
                preferredRoomTags: try tags(fields, "preferredRoomTagSet", path: path),
                prohibitedRoomTags: try tags(fields, "prohibitedRoomTagSet", path: path),
                undesiredRoomTags: try tags(fields, "undesiredRoomTagSet", path: path))
        }
        let talks = try talkObjects.map { (path, fields) throws(Problem) in try talk(fields, path: path) }
        return TimefoldConference(
            name: name, pauseMinutes: pause, talkTypes: talkTypes, timeslots: timeslots, rooms: rooms,
            speakers: speakers, talks: talks)
    }

    private func talk(_ fields: [String: TimefoldJSON], path: String) throws(Problem)
        -> TimefoldConference.Talk
    {
        guard let type = try reference(fields, "talkType", path: path, in: talkTypeIndex) else {
            throw Problem(message: .timefoldFieldMissing(field: path + ".talkType"))
        }
        let pinned = try optionalBoolean(fields, "pinnedByUser", path: path) ?? false
        let timeslot = try reference(fields, "timeslot", path: path, in: timeslotIndex)
        let room = try reference(fields, "room", path: path, in: roomIndex)
        if pinned && timeslot == nil {
            throw Problem(message: .timefoldFieldMissing(field: path + ".timeslot"))
        }
        if pinned && room == nil { throw Problem(message: .timefoldFieldMissing(field: path + ".room")) }
        return TimefoldConference.Talk(
            code: try optionalText(fields, "code", path: path) ?? "",
            title: try optionalText(fields, "title", path: path) ?? "", talkType: type,
            speakers: try references(fields, "speakerList", path: path, in: speakerIndex, unique: false),
            themeTracks: try tags(fields, "themeTrackTagSet", path: path),
            sectors: try tags(fields, "sectorTagSet", path: path),
            audienceTypes: try tags(fields, "audienceTypeSet", path: path),
            audienceLevel: try integer(fields, "audienceLevel", path: path, range: -1_000_000...1_000_000),
            content: try tags(fields, "contentTagSet", path: path),
            language: try text(fields, "language", path: path),
            requiredRoomTags: try tags(fields, "requiredRoomTagSet", path: path),
            preferredRoomTags: try tags(fields, "preferredRoomTagSet", path: path),
            prohibitedRoomTags: try tags(fields, "prohibitedRoomTagSet", path: path),
            undesiredRoomTags: try tags(fields, "undesiredRoomTagSet", path: path),
            exclusiveTags: try tags(fields, "mutuallyExclusiveTalksTagSet", path: path),
            prerequisites: try references(fields, "prerequisiteTalkSet", path: path, in: talkIndex),
            favoriteCount: try optionalInteger(fields, "favoriteCount", path: path, range: 0...1_000_000_000)
                ?? 0,
            crowdControlRisk: try optionalInteger(
                fields, "crowdControlRisk", path: path, range: 0...1_000_000) ?? 0,
            pinned: pinned, timeslot: timeslot, room: room)
    }

    // MARK: Lists and references

    /// A top-level list: each entry resolved to its object, with its path (`talkList[3] (Talk#3)`).
    private func list(_ key: String, limit: Int) throws(Problem) -> [(String, [String: TimefoldJSON])] {
        guard let value = root[key] else { throw Problem(message: .timefoldFieldMissing(field: key)) }
        guard case .array(let items) = value else {
            throw Problem(message: .timefoldFieldType(field: key, expected: .array))
        }
        if items.count > limit {
            throw Problem(message: .timefoldTooMany(field: key, count: items.count, limit: limit))
        }
        var seen = Set<String>()
        var result: [(String, [String: TimefoldJSON])] = []
        for (position, item) in items.enumerated() {
            let path = "\(key)[\(position)]"
            let (id, fields) = try resolve(item, path: path)
            if !seen.insert(id).inserted {
                throw Problem(message: .timefoldDuplicateIdentifier(field: path, identifier: id))
            }
            result.append(("\(path) (\(id))", fields))
        }
        return result
    }

    private func index(_ list: [(String, [String: TimefoldJSON])]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (position, entry) in list.enumerated() {
            if case .string(let id) = entry.1["@id"] { result[id] = position }
        }
        return result
    }

    /// An object given in full or by its `@id`.
    private func resolve(_ value: TimefoldJSON, path: String) throws(Problem) -> (
        String, [String: TimefoldJSON]
    ) {
        switch value {
        case .string(let id):
            guard let fields = objects[id] else {
                throw Problem(
                    message: .timefoldUnknownReference(field: path, reference: String(id.prefix(100))))
            }
            return (id, fields)
        case .object(let fields):
            guard case .string(let id) = fields["@id"] else {
                throw Problem(message: .timefoldFieldMissing(field: path + ".@id"))
            }
            return (id, objects[id] ?? fields)
        default:
            throw Problem(message: .timefoldFieldType(field: path, expected: .reference))
        }
    }

    /// A reference to an entity of one kind (position in its list); nil when absent or null.
    private func reference(
        _ fields: [String: TimefoldJSON], _ key: String, path: String, in index: [String: Int]
    ) throws(Problem) -> Int? {
        guard let value = fields[key], value.isPresent else { return nil }
        return try position(value, path: path + "." + key, in: index)
    }

    private func position(_ value: TimefoldJSON, path: String, in index: [String: Int]) throws(Problem) -> Int
    {
        let (id, _) = try resolve(value, path: path)
        guard let position = index[id] else {
            throw Problem(message: .timefoldUnknownReference(field: path, reference: String(id.prefix(100))))
        }
        return position
    }

    /// A set of references (positions, in order, without repeats unless `unique` is false).
    private func references(
        _ fields: [String: TimefoldJSON], _ key: String, path: String, in index: [String: Int],
        unique: Bool = true
    ) throws(Problem) -> [Int] {
        let field = path + "." + key
        guard let value = fields[key], value.isPresent else { return [] }
        guard case .array(let items) = value else {
            throw Problem(message: .timefoldFieldType(field: field, expected: .array))
        }
        let limit = TimefoldConferenceReader.listLimit
        if items.count > limit {
            throw Problem(message: .timefoldTooMany(field: field, count: items.count, limit: limit))
        }
        var result: [Int] = []
        for (offset, item) in items.enumerated() {
            let position = try position(item, path: "\(field)[\(offset)]", in: index)
            if !unique || !result.contains(position) { result.append(position) }
        }
        return result
    }

    // MARK: Values

    private func object(_ value: TimefoldJSON, path: String) throws(Problem) -> [String: TimefoldJSON] {
        guard case .object(let fields) = value else {
            throw Problem(message: .timefoldFieldType(field: path, expected: .object))
        }
        return fields
    }

    /// A set of tags, in order, without repeats.
    private func tags(_ fields: [String: TimefoldJSON], _ key: String, path: String) throws(Problem)
        -> [String]
    {
        let field = path + "." + key
        guard let value = fields[key], value.isPresent else { return [] }
        guard case .array(let items) = value else {
            throw Problem(message: .timefoldFieldType(field: field, expected: .array))
        }
        let limit = TimefoldConferenceReader.tagLimit
        if items.count > limit {
            throw Problem(message: .timefoldTooMany(field: field, count: items.count, limit: limit))
        }
        var result: [String] = []
        for (offset, item) in items.enumerated() {
            let tag = try checkedText(item, path: "\(field)[\(offset)]")
            if !result.contains(tag) { result.append(tag) }
        }
        return result
    }

    private func text(_ fields: [String: TimefoldJSON], _ key: String, path: String) throws(Problem) -> String
    {
        guard let value = try optionalText(fields, key, path: path) else {
            throw Problem(message: .timefoldFieldMissing(field: path + "." + key))
        }
        return value
    }

    private func optionalText(_ fields: [String: TimefoldJSON], _ key: String, path: String) throws(Problem)
        -> String?
    {
        guard let value = fields[key], value.isPresent else { return nil }
        return try checkedText(value, path: path.isEmpty ? key : path + "." + key)
    }

    private func checkedText(_ value: TimefoldJSON, path: String) throws(Problem) -> String {
        guard case .string(let text) = value else {
            throw Problem(message: .timefoldFieldType(field: path, expected: .text))
        }
        if text.count > TimefoldConferenceReader.textLimit {
            throw Problem(
                message: .timefoldTextTooLong(field: path, limit: TimefoldConferenceReader.textLimit))
        }
        return text
    }

    private func integer(
        _ fields: [String: TimefoldJSON], _ key: String, path: String, range: ClosedRange<Int>
    ) throws(Problem) -> Int {
        guard let value = try optionalInteger(fields, key, path: path, range: range) else {
            throw Problem(message: .timefoldFieldMissing(field: path + "." + key))
        }
        return value
    }

    private func optionalInteger(
        _ fields: [String: TimefoldJSON], _ key: String, path: String, range: ClosedRange<Int>
    ) throws(Problem) -> Int? {
        let field = path + "." + key
        guard let value = fields[key], value.isPresent else { return nil }
        guard case .integer(let number) = value else {
            throw Problem(message: .timefoldFieldType(field: field, expected: .integer))
        }
        if !range.contains(number) {
            throw Problem(
                message: .timefoldValueOutOfRange(
                    field: field, value: number, minimum: range.lowerBound, maximum: range.upperBound))
        }
        return number
    }

    private func optionalBoolean(_ fields: [String: TimefoldJSON], _ key: String, path: String)
        throws(Problem) -> Bool?
    {
        guard let value = fields[key], value.isPresent else { return nil }
        guard case .bool(let flag) = value else {
            throw Problem(message: .timefoldFieldType(field: path + "." + key, expected: .boolean))
        }
        return flag
    }

    /// `[year, month, day, hour, minute]` with optional zero seconds and nanoseconds, or
    /// `"yyyy-mm-ddThh:mm"` with optional `:00`.
    private func dateTime(_ fields: [String: TimefoldJSON], _ key: String, path: String) throws(Problem)
        -> LocalDateTime
    {
        let field = path + "." + key
        guard let value = fields[key], value.isPresent else {
            throw Problem(message: .timefoldFieldMissing(field: field))
        }
        let wrong = Problem(message: .timefoldFieldType(field: field, expected: .dateTime))
        var parts: [Int] = []
        switch value {
        case .array(let items):
            for item in items {
                guard case .integer(let number) = item else { throw wrong }
                parts.append(number)
            }
        case .string(let text) where text.count <= 40:
            let pieces = text.split(separator: "T", omittingEmptySubsequences: false)
            guard pieces.count == 2 else { throw wrong }
            let date = pieces[0].split(separator: "-").map { Int($0) }
            let time = pieces[1].split(separator: ":").map { Int($0) }
            guard date.count == 3, (2...3).contains(time.count) else { throw wrong }
            parts = (date + time).compactMap { $0 }
            guard parts.count == date.count + time.count else { throw wrong }
        default: throw wrong
        }
        guard (5...7).contains(parts.count), parts.dropFirst(5).allSatisfy({ $0 == 0 }),
            let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]),
            let time = TimeOfDay(hour: parts[3], minute: parts[4])
        else { throw wrong }
        return LocalDateTime(date: date, time: time)
    }
}
