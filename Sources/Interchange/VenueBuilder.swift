import LibXML
import Planning

/// Builds a Planning `Venue` from a schema-valid venue document, remembering the line of each
/// element so that validation findings can point at it.
///
/// Every number is read into its range of ``Limits`` (lengths, capacities, floors, booth rows)
/// and the venue into its size (booths, rooms, features): a value out of range or an element
/// beyond the limit is reported with its line and the limit, and nothing larger is ever built.
struct VenueBuilder {
    /// The file name used in problems.
    let file: String
    /// Problems found while building (beyond what the schema and `PlanValidator` check).
    var problems: [VenueProblem] = []
    /// The lines of the elements that produced each booth code, in document order.
    var boothLines: [String: [Int]] = [:]
    /// The line of each hall, zone, aisle and entrance, by identifier.
    var featureLines: [String: Int] = [:]
    /// The line of each room, by identifier.
    var roomLines: [String: Int] = [:]
    /// The line of the root element.
    var venueLine = 0
    /// Booths read so far (at most ``Limits/maximumBoothsPerVenue``).
    var boothCount = 0
    /// Halls, zones, aisles and entrances read so far (at most ``Limits/maximumFeaturesPerVenue``).
    var featureCount = 0
    /// Whether the booth, room and feature limits were reported (once each).
    var reportedLimits: Set<String> = []

    /// Creates a builder for the named file.
    init(file: String) {
        self.file = file
    }

    /// Builds the venue from the root `venue` element.
    mutating func build(_ root: XMLElement) -> Venue {
        venueLine = root.lineNumber
        var venue = Venue(
            id: Identifier(string(root, "id")),
            name: string(root, "name"),
            address: root.attribute("address"),
            province: root.attribute("province").map(ProvinceReference.init))
        if let province = venue.province, province.code == nil {
            problems.append(
                VenueProblem(
                    file: file, line: venueLine, severity: .warning,
                    message: .unknownVenueProvince(province.written)))
        }
        for element in root.children where element.namespaceURI == VenueReader.namespace {
            switch element.name {
            case "hall":
                guard admitFeature(element) else { continue }
                buildHall(element, into: &venue)
            case "room":
                guard venue.rooms.count < Limits.maximumRoomsPerVenue else {
                    reportLimit("room", element, .tooManyRooms(limit: Limits.maximumRoomsPerVenue))
                    continue
                }
                venue.rooms.append(buildRoom(element))
            default: break
            }
        }
        checkZones(venue)
        return venue
    }

    /// Adds a hall and everything on its floor.
    mutating func buildHall(_ element: XMLElement, into venue: inout Venue) {
        let hallID = string(element, "id")
        record(hallID, element)
        venue.halls.append(
            Hall(
                id: hallID, name: string(element, "name"), width: number(element, "width"),
                depth: number(element, "depth")))
        let children = element.children.filter { $0.namespaceURI == VenueReader.namespace }
        for child in children where child.name == "zone" {
            guard admitFeature(child) else { continue }
            record(string(child, "id"), child)
            venue.zones.append(
                Zone(
                    id: string(child, "id"), name: string(child, "name"), hall: hallID,
                    tags: Set(words(child, "tags")),
                    area: child.attribute("x") == nil ? nil : rect(child)))
        }
        let zoneTags = Dictionary(venue.zones.map { ($0.id, $0.tags) }) { first, _ in first }
        for child in children {
            switch child.name {
            case "aisle":
                guard admitFeature(child) else { continue }
                record(string(child, "id"), child)
                venue.aisles.append(
                    Aisle(
                        id: string(child, "id"), hall: hallID, rect: rect(child), isMain: flag(child, "main"))
                )
            case "entrance":
                guard admitFeature(child) else { continue }
                record(string(child, "id"), child)
                venue.entrances.append(
                    Entrance(
                        id: string(child, "id"), name: string(child, "name"), hall: hallID, rect: rect(child),
                        isMain: flag(child, "main")))
            case "booth":
                guard boothCount < Limits.maximumBoothsPerVenue else {
                    reportTooManyBooths(child)
                    continue
                }
                add(singleBooth(child, hall: hallID, zoneTags: zoneTags), child, to: &venue)
            case "booth-row":
                let room = Limits.maximumBoothsPerVenue - boothCount
                for booth in rowBooths(child, hall: hallID, zoneTags: zoneTags, room: room) {
                    add(booth, child, to: &venue)
                }
            default:
                break
            }
        }
    }

    /// Builds a meeting room.
    mutating func buildRoom(_ element: XMLElement) -> Room {
        let id = string(element, "id")
        roomLines[id] = roomLines[id] ?? element.lineNumber
        return Room(
            id: id, name: string(element, "name"),
            capacity: integer(element, "capacity", in: Limits.roomCapacities) ?? 0,
            layout: element.attribute("layout").flatMap(RoomLayout.init(rawValue:)) ?? .theatre,
            hasVideoLink: flag(element, "video-link"),
            floor: integer(element, "floor", in: Limits.roomFloors),
            tags: words(element, "tags"),
            kinds: words(element, "kinds").compactMap(AgendaKind.init(rawValue:)))
    }

    /// Appends a booth and remembers the line of the element that produced it.
    mutating func add(_ booth: Booth, _ element: XMLElement, to venue: inout Venue) {
        boothLines[booth.code, default: []].append(element.lineNumber)
        venue.booths.append(booth)
        boothCount += 1
    }

    /// Counts a hall, zone, aisle or entrance; false (reported once) past
    /// ``Limits/maximumFeaturesPerVenue``.
    mutating func admitFeature(_ element: XMLElement) -> Bool {
        guard featureCount < Limits.maximumFeaturesPerVenue else {
            reportLimit("feature", element, .tooManyFeatures(limit: Limits.maximumFeaturesPerVenue))
            return false
        }
        featureCount += 1
        return true
    }

    /// Reports, once, that the venue holds more booths than ``Limits/maximumBoothsPerVenue``.
    mutating func reportTooManyBooths(_ element: XMLElement) {
        reportLimit("booth", element, .tooManyBooths(limit: Limits.maximumBoothsPerVenue))
    }

    /// Reports a limit at the first element beyond it, once per kind.
    mutating func reportLimit(_ kind: String, _ element: XMLElement, _ message: InterchangeMessage) {
        guard reportedLimits.insert(kind).inserted else { return }
        problems.append(VenueProblem(file: file, line: element.lineNumber, message: message))
    }

    /// Remembers the first line of a hall, zone, aisle or entrance identifier.
    mutating func record(_ id: String, _ element: XMLElement) {
        featureLines[id] = featureLines[id] ?? element.lineNumber
    }

    /// Reports zones, aisles and entrances sharing an identifier, and booths naming another hall's
    /// zone (neither is a `PlanValidator` rule).
    mutating func checkZones(_ venue: Venue) {
        let ids = venue.zones.map(\.id) + venue.aisles.map(\.id) + venue.entrances.map(\.id)
        for (id, group) in Dictionary(grouping: ids, by: { $0 }) where group.count > 1 {
            problems.append(
                VenueProblem(
                    file: file, line: featureLines[id] ?? venueLine,
                    message: .identifierRepeated(id: id, count: group.count)))
        }
        let zoneHalls = Dictionary(venue.zones.map { ($0.id, $0.hall) }) { first, _ in first }
        for booth in venue.booths {
            guard let zone = booth.zone, let hall = zoneHalls[zone], hall != booth.hall else { continue }
            problems.append(
                VenueProblem(
                    file: file, line: boothLines[booth.code]?.first ?? venueLine,
                    message: .boothInOtherHallsZone(
                        booth: booth.code, zone: zone, zoneHall: hall, boothHall: booth.hall)))
        }
    }

    /// The problem for a validation finding, located at the element concerned.
    func problem(for finding: Finding) -> VenueProblem {
        let subject = finding.subject
        var line = venueLine
        var lines: [Int] = []
        switch subject.kind {
        case .booth:
            let boothLines = boothLines[subject.id] ?? []
            line = boothLines.first ?? venueLine
            if boothLines.count > 1 { lines = boothLines }
        case .room: line = roomLines[subject.id] ?? venueLine
        case .hall: line = featureLines[subject.id] ?? venueLine
        default: break
        }
        return VenueProblem(
            file: file, line: line, severity: finding.severity, message: .venueFinding(finding, lines: lines),
            code: finding.code)
    }
}
