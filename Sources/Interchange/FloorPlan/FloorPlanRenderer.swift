public import Planning

/// Draws a venue's halls as a floor plan: outline, zones shaded, aisles, entrances, booths with
/// their codes, service marks, blocked booths, and a legend.
///
/// The renderer only builds a ``Drawing``; ``SVGWriter`` writes it. Booths can be highlighted
/// (coloured by assignment, province, ...) through `highlights`, keyed by booth code.
public struct FloorPlanRenderer: Sendable {
    /// Pixels per metre.
    var scale: Double
    /// Highlights by booth code, drawn instead of the zone's tint.
    var highlights: [String: BoothHighlight]
    /// Notes drawn beside the plan under the legend, such as the parties not placed (worded by
    /// whoever makes them, in ``language``).
    var notes: [FloorPlanNote]
    /// The language of the title, the legend and the booths' tooltips.
    public var language: Language

    /// Creates a renderer whose words are in `language`.
    public init(
        scale: Double = 14, highlights: [String: BoothHighlight] = [:], notes: [FloorPlanNote] = [],
        language: Language
    ) {
        self.scale = scale
        self.highlights = highlights
        self.notes = notes
        self.language = language
    }

    static let margin = 40.0
    static let legendWidth = 300.0
    static let notesWidth = 560.0
    static let hallGap = 70.0

    /// The tint of a zone by its first recognised tag.
    static func zoneColour(_ zone: Zone) -> String {
        let palette: [(String, String)] = [
            ("stage", "#f4c7c3"), ("food", "#fce8b2"), ("ocop", "#f9d5e5"), ("province-pavilion", "#d2e3fc"),
            ("handicraft", "#e6d4f5"), ("agri-food", "#ceead6"), ("services", "#e8eaed"),
        ]
        for (tag, colour) in palette where zone.tags.contains(tag) { return colour }
        return "#eef3e2"
    }

    /// The floor plan of a venue, with its title, legend and tooltips in ``language``.
    public func drawing(of venue: Venue) -> Drawing {
        var shapes: [Shape] = []
        var y = Self.margin + 30
        let widest = venue.halls.map(\.width).max() ?? 0
        shapes.append(
            .text(
                venue.name, x: Self.margin, y: Self.margin, size: 22, anchor: "start", bold: true,
                fill: "#202124"))
        for hall in venue.halls {
            shapes.append(
                .text(
                    hall.name, x: Self.margin, y: y + 18, size: 16, anchor: "start", bold: true,
                    fill: "#3c4043"))
            y += 28
            shapes.append(drawHall(hall, venue: venue, originX: Self.margin, originY: y, in: language))
            y += hall.depth * scale + Self.hallGap
        }
        let planWidth = Self.margin * 2 + widest * scale
        let legend = legendShapes(venue: venue, x: planWidth, y: Self.margin + 30, in: language)
        shapes.append(.group(className: "legend", data: [:], title: nil, children: legend.shapes))
        var bottom = legend.bottom
        for note in notes {
            var children: [Shape] = [
                .text(
                    note.title, x: planWidth, y: bottom + 22, size: 14, anchor: "start", bold: true,
                    fill: "#202124")
            ]
            bottom += 30
            for line in note.lines {
                children.append(
                    .text(
                        line, x: planWidth, y: bottom + 14, size: 11, anchor: "start", bold: false,
                        fill: "#3c4043"))
                bottom += 17
            }
            shapes.append(.group(className: "note", data: [:], title: note.title, children: children))
            bottom += 8
        }
        let height = max(y, bottom + Self.margin)
        return Drawing(
            width: planWidth + (notes.isEmpty ? Self.legendWidth : Self.notesWidth), height: height,
            title: InterchangeMessage.floorPlanTitle(venue: venue.name).text(language),
            shapes: shapes)
    }

    func drawHall(_ hall: Hall, venue: Venue, originX: Double, originY: Double, in language: Language)
        -> Shape
    {
        func px(_ rect: Rect) -> (Double, Double, Double, Double) {
            (originX + rect.x * scale, originY + rect.y * scale, rect.width * scale, rect.depth * scale)
        }
        var children: [Shape] = []
        let floor = px(hall.floor)
        children.append(
            .rectangle(
                x: floor.0, y: floor.1, width: floor.2, height: floor.3,
                style: DrawingStyle(fill: "#ffffff", stroke: "#5f6368", strokeWidth: 3)))
        for zone in venue.zones where zone.hall == hall.id {
            guard let area = zone.area else { continue }
            let r = px(area)
            children.append(
                .group(
                    className: "zone", data: ["zone": zone.id], title: zone.name,
                    children: [
                        .rectangle(
                            x: r.0, y: r.1, width: r.2, height: r.3,
                            style: DrawingStyle(
                                fill: Self.zoneColour(zone), stroke: "#9aa0a6", strokeWidth: 1,
                                fillOpacity: 0.6)),
                        .text(
                            zone.name, x: r.0 + 6, y: r.1 + 14, size: 12, anchor: "start", bold: true,
                            fill: "#3c4043"),
                    ]))
        }
        for aisle in venue.aisles where aisle.hall == hall.id {
            let r = px(aisle.rect)
            children.append(
                .group(
                    className: aisle.isMain ? "aisle main" : "aisle", data: ["aisle": aisle.id],
                    title: (aisle.isMain ? InterchangeMessage.mainAisle : .aisle).text(language),
                    children: [
                        .rectangle(
                            x: r.0, y: r.1, width: r.2, height: r.3,
                            style: DrawingStyle(fill: aisle.isMain ? "#dadce0" : "#f1f3f4"))
                    ]))
        }
        for entrance in venue.entrances where entrance.hall == hall.id {
            let r = px(entrance.rect)
            let horizontal = r.2 >= r.3
            children.append(
                .group(
                    className: "entrance", data: ["entrance": entrance.id], title: entrance.name,
                    children: [
                        .rectangle(
                            x: r.0 - (horizontal ? 0 : 3), y: r.1 - (horizontal ? 3 : 0),
                            width: horizontal ? r.2 : 8, height: horizontal ? 8 : r.3,
                            style: DrawingStyle(fill: entrance.isMain ? "#188038" : "#81c995")),
                        .text(
                            entrance.name, x: r.0 + r.2 / 2, y: r.1 + (r.1 > floor.1 + floor.3 / 2 ? 22 : -8),
                            size: 12,
                            anchor: "middle", bold: entrance.isMain, fill: "#188038"),
                    ]))
        }
        for booth in venue.booths where booth.hall == hall.id {
            children.append(drawBooth(booth, venue: venue, rect: px(booth.rect), in: language))
        }
        return .group(className: "hall", data: ["hall": hall.id], title: hall.name, children: children)
    }

    func drawBooth(
        _ booth: Booth, venue: Venue, rect r: (Double, Double, Double, Double), in language: Language
    ) -> Shape {
        let zone = booth.zone.flatMap { venue.zone(id: $0) }
        let highlight = highlights[booth.code]
        let fill = highlight?.fill ?? zone.map(Self.zoneColour) ?? "#ffffff"
        var children: [Shape] = [
            .rectangle(
                x: r.0, y: r.1, width: r.2, height: r.3,
                style: DrawingStyle(fill: booth.blocked ? "#bdc1c6" : fill, stroke: "#3c4043", strokeWidth: 1)
            )
        ]
        if booth.blocked {
            children.append(
                .line(
                    x1: r.0, y1: r.1, x2: r.0 + r.2, y2: r.1 + r.3,
                    style: DrawingStyle(stroke: "#5f6368", strokeWidth: 1)))
        }
        // The open front: a thick coloured edge on each open side.
        for side in booth.openSides.sorted(by: { $0.rawValue < $1.rawValue }) {
            let (x1, y1, x2, y2): (Double, Double, Double, Double) =
                switch side {
                case .north: (r.0, r.1, r.0 + r.2, r.1)
                case .south: (r.0, r.1 + r.3, r.0 + r.2, r.1 + r.3)
                case .west: (r.0, r.1, r.0, r.1 + r.3)
                case .east: (r.0 + r.2, r.1, r.0 + r.2, r.1 + r.3)
                }
            children.append(
                .line(
                    x1: x1, y1: y1, x2: x2, y2: y2, style: DrawingStyle(stroke: "#1a73e8", strokeWidth: 2.5)))
        }
        let size = min(11, max(7, r.2 / 4.5))
        children.append(
            .text(
                booth.code, x: r.0 + r.2 / 2, y: r.1 + r.3 / 2 + size / 3, size: size, anchor: "middle",
                bold: true, fill: "#202124"))
        if let caption = highlight?.caption {
            children.append(
                .text(
                    caption, x: r.0 + r.2 / 2, y: r.1 + r.3 / 2 + size * 1.4, size: size * 0.8,
                    anchor: "middle", bold: false, fill: "#3c4043"))
        }
        for (index, service) in booth.services.sorted().enumerated() {
            children.append(
                .circle(
                    cx: r.0 + r.2 - 5 - Double(index) * 7, cy: r.1 + 5, radius: 2.6,
                    style: DrawingStyle(fill: Self.serviceColour(service))))
        }
        let title = InterchangeMessage.boothTooltip(
            code: booth.code, kind: booth.kind, width: booth.rect.width, depth: booth.rect.depth,
            zone: zone?.name,
            services: booth.services.sorted(), blocked: booth.blocked
        ).text(language)
        return .group(className: "booth", data: ["code": booth.code], title: title, children: children)
    }

    static func serviceColour(_ service: BoothService) -> String {
        switch service {
        case .power: "#f9ab00"
        case .water: "#1a73e8"
        case .coldStorage: "#12b5cb"
        }
    }

    func legendShapes(venue: Venue, x: Double, y: Double, in language: Language) -> (
        shapes: [Shape], bottom: Double
    ) {
        var shapes: [Shape] = [
            .text(
                InterchangeMessage.legendTitle.text(language), x: x, y: y + 14, size: 16, anchor: "start",
                bold: true, fill: "#202124")
        ]
        var row = y + 36
        func entry(_ label: String, _ swatch: Shape) {
            shapes.append(swatch)
            shapes.append(
                .text(label, x: x + 28, y: row + 12, size: 12, anchor: "start", bold: false, fill: "#3c4043"))
            row += 22
        }
        let zones = Dictionary(venue.zones.map { ($0.name, $0) }) { first, _ in first }
        for name in zones.keys.sortedVietnamese() {
            guard let zone = zones[name] else { continue }
            entry(
                name,
                .rectangle(
                    x: x, y: row, width: 18, height: 14,
                    style: DrawingStyle(fill: Self.zoneColour(zone), stroke: "#9aa0a6", strokeWidth: 1)))
        }
        let legends = Dictionary(highlights.values.compactMap { h in h.legend.map { ($0, h.fill) } }) {
            first, _ in first
        }
        for name in legends.keys.sortedVietnamese() {
            entry(
                name,
                .rectangle(
                    x: x, y: row, width: 18, height: 14,
                    style: DrawingStyle(fill: legends[name] ?? "#fff", stroke: "#3c4043", strokeWidth: 1)))
        }
        entry(
            InterchangeMessage.mainAisle.text(language),
            .rectangle(x: x, y: row, width: 18, height: 14, style: DrawingStyle(fill: "#dadce0")))
        entry(
            InterchangeMessage.legendOpenFront.text(language),
            .line(
                x1: x, y1: row + 7, x2: x + 18, y2: row + 7,
                style: DrawingStyle(stroke: "#1a73e8", strokeWidth: 2.5)))
        entry(
            InterchangeMessage.legendEntrance.text(language),
            .rectangle(x: x, y: row + 3, width: 18, height: 8, style: DrawingStyle(fill: "#188038")))
        entry(
            InterchangeMessage.legendBlockedBooth.text(language),
            .rectangle(
                x: x, y: row, width: 18, height: 14,
                style: DrawingStyle(fill: "#bdc1c6", stroke: "#3c4043", strokeWidth: 1)))
        for service in BoothService.allCases {
            entry(
                service.name(language),
                .circle(
                    cx: x + 9, cy: row + 7, radius: 4, style: DrawingStyle(fill: Self.serviceColour(service)))
            )
        }
        let lettable = venue.lettableBooths.count
        shapes.append(
            .text(
                InterchangeMessage.boothTotals(booths: venue.booths.count, lettable: lettable).text(language),
                x: x, y: row + 16, size: 12,
                anchor: "start", bold: true, fill: "#202124"))
        return (shapes, row + 24)
    }
}

extension Double {
    /// The value without trailing zeros, for labels: `3`, `2.5`.
    var formatted: String {
        let rounded = (self * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
