import LibXML
import Planning

extension VenueBuilder {
    /// The standard booth size, in metres.
    static let standardSize = 3.0

    /// A single `booth` element.
    mutating func singleBooth(_ element: XMLElement, hall: String, zoneTags: [String: Set<String>]) -> Booth {
        let front = side(element, "front") ?? .south
        let open = words(element, "open").compactMap(Side.init(rawValue:))
        let zone = element.attribute("zone")
        return Booth(
            code: string(element, "code"), hall: hall,
            rect: Rect(
                x: number(element, "x"), y: number(element, "y"),
                width: number(element, "width", default: Self.standardSize),
                depth: number(element, "depth", default: Self.standardSize)),
            kind: kind(element), front: front, openSides: open.isEmpty ? nil : Set(open).union([front]),
            zone: zone, tags: zone.flatMap { zoneTags[$0] } ?? [],
            services: Set(words(element, "services").compactMap(BoothService.init(rawValue:))),
            blocked: flag(element, "blocked"))
    }

    /// The booths of a compact `booth-row`, in order along the row.
    ///
    /// Booth `i` (from 0) gets the code `prefix` + `from + i` padded to `digits`, and stands `step`
    /// metres (default: the booth's width going east, its depth going south) after the first.
    /// With `corners`, the end booths become corner booths open toward the row's end as well.
    /// `from` lies within ``Limits/boothRowNumbers``, `count` within 1 and
    /// ``Limits/maximumBoothsPerVenue`` (values outside are reported); at most `room` booths are
    /// made, the venue's remaining room (``Limits/maximumBoothsPerVenue`` in all), and a longer row
    /// is reported.
    mutating func rowBooths(
        _ element: XMLElement, hall: String, zoneTags: [String: Set<String>], room: Int
    ) -> [Booth] {
        let prefix = string(element, "prefix")
        let first = integer(element, "from", in: Limits.boothRowNumbers) ?? 1
        let count = integer(element, "count", in: 1...Limits.maximumBoothsPerVenue) ?? 0
        let digits = integer(element, "digits", in: 1...6) ?? 2
        let width = number(element, "width", default: Self.standardSize)
        let depth = number(element, "depth", default: Self.standardSize)
        let southward = element.attribute("direction") == "south"
        let step = number(element, "step", default: southward ? depth : width)
        let x = number(element, "x")
        let y = number(element, "y")
        let front = side(element, "front") ?? .south
        let corners = element.attribute("corners")
        let zone = element.attribute("zone")
        let services = Set(words(element, "services").compactMap(BoothService.init(rawValue:)))
        let blocked = flag(element, "blocked")
        let rowKind = kind(element)
        if count > room { reportTooManyBooths(element) }
        return (0..<max(0, min(count, room))).map { index in
            var ends: Set<Side> = []
            if index == 0, corners == "both" || corners == "first" {
                ends.insert(southward ? .north : .west)
            }
            if index == count - 1, corners == "both" || corners == "last" {
                ends.insert(southward ? .south : .east)
            }
            let number = String(first + index)
            let code = prefix + String(repeating: "0", count: max(0, digits - number.count)) + number
            let offset = Double(index) * step
            return Booth(
                code: code, hall: hall,
                rect: Rect(
                    x: southward ? x : x + offset, y: southward ? y + offset : y, width: width, depth: depth),
                kind: ends.isEmpty ? rowKind : .corner, front: front,
                openSides: ends.isEmpty ? nil : ends.union([front]), zone: zone,
                tags: zone.flatMap { zoneTags[$0] } ?? [], services: services, blocked: blocked)
        }
    }

    /// The booth kind of an element (standard when absent).
    func kind(_ element: XMLElement) -> BoothKind {
        element.attribute("kind").flatMap(BoothKind.init(rawValue:)) ?? .standard
    }

    /// A side attribute.
    func side(_ element: XMLElement, _ name: String) -> Side? {
        element.attribute(name).flatMap { Side(rawValue: trimmed($0)) }
    }
}
