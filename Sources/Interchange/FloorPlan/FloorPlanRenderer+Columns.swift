public import Planning

extension FloorPlanRenderer {
    /// Rows poured into columns from (`x`, `top`), a new column when one would grow past
    /// `height`; blocks are separated by a gap.
    func flow(_ blocks: [[FlowRow]], x: Double, top: Double, height: Double) -> [Shape] {
        var shapes: [Shape] = []
        var column = x
        var y = top
        var used = false
        for block in blocks where !block.isEmpty {
            if used { y += 16 }
            for (index, row) in block.enumerated() {
                let next = row.keepWithNext && index + 1 < block.count ? block[index + 1].height : 0
                if used, y + row.height + next > top + height, y > top {
                    column += Self.columnWidth + Self.columnGap
                    y = top
                }
                shapes += row.shapes.map { $0.translated(dx: column, dy: y) }
                y += row.height
                used = true
            }
        }
        return shapes
    }

    /// The blocks beside the plan: the legend, the booth index, the notes.
    func sideBlocks(venue: Venue, palette: ZonePalette, focus: String?) -> [[FlowRow]] {
        [legendRows(venue: venue, palette: palette, focus: focus), indexRows(focus: focus)]
            + notes.map(noteRows)
    }

    /// A heading row of the class `className`, wrapped to the column.
    func headingRow(_ text: String, size: Double, className: String, title: String? = nil) -> FlowRow {
        let lines = TextFitting.wrap(text, width: Self.columnWidth, size: size, bold: true)
        let shapes = lines.enumerated().map { index, line in
            Shape.text(
                line, x: 0, y: TextMetrics.ascent * size + Double(index) * TextMetrics.lineSpacing * size,
                size: size, anchor: "start", bold: true, fill: "#202124")
        }
        return FlowRow(
            shapes: [.group(className: className, data: [:], title: title, children: shapes)],
            height: TextMetrics.height(lines: lines.count, size: size) + 6, keepWithNext: true)
    }

    /// A row with a swatch on the left and `text` wrapped beside it.
    func swatchRow(
        _ text: String, swatch: Shape?, className: String, data: [String: String] = [:], size: Double = 12,
        bold: Bool = false, indent: Double = 26
    ) -> FlowRow {
        let lines = TextFitting.wrap(text, width: Self.columnWidth - indent, size: size, bold: bold)
        var shapes: [Shape] = swatch.map { [$0] } ?? []
        for (index, line) in lines.enumerated() {
            shapes.append(
                .text(
                    line, x: indent,
                    y: TextMetrics.ascent * size + Double(index) * TextMetrics.lineSpacing * size,
                    size: size, anchor: "start", bold: bold, fill: "#3c4043"))
        }
        let height = max(TextMetrics.height(lines: lines.count, size: size), 16) + 5
        return FlowRow(
            shapes: [.group(className: className, data: data, title: nil, children: shapes)], height: height)
    }

    /// A swatch rectangle at the row's start.
    static func swatch(fill: String, stroke: String = "#3c4043", width: Double = 1) -> Shape {
        .rectangle(
            x: 0, y: 1, width: 18, height: 14,
            style: DrawingStyle(fill: fill, stroke: stroke, strokeWidth: width))
    }

    /// The legend: zones (pavilions in their colours), booth colours, aisles, fronts, entrances,
    /// booths out of use, services, totals.
    func legendRows(venue: Venue, palette: ZonePalette, focus: String?) -> [FlowRow] {
        var rows = [headingRow(InterchangeMessage.legendTitle.text(language), size: 16, className: "legend")]
        if let focus {
            rows.append(
                swatchRow(
                    FloorPlanMessage.legendHighlighted(party: partyName(focus)).text(language),
                    swatch: Self.swatch(
                        fill: PartyPalette.colour(forParty: focus), stroke: Self.focusStroke, width: 3),
                    className: "legend", bold: true))
            rows.append(
                swatchRow(
                    FloorPlanMessage.legendOthers.text(language),
                    swatch: Self.swatch(fill: Self.dimmedFill, stroke: "#bdc1c6"), className: "legend"))
        } else if !occupants.isEmpty {
            let sample = Shape.group(
                className: "swatch", data: [:], title: nil,
                children: (0..<3).map { index in
                    .rectangle(
                        x: Double(index) * 6, y: 1, width: 6, height: 14,
                        style: DrawingStyle(fill: PartyPalette.colours[index * 5]))
                })
            rows.append(
                swatchRow(
                    FloorPlanMessage.legendPartyColours.text(language), swatch: sample, className: "legend"))
        }
        let legends = Dictionary(highlights.values.compactMap { h in h.legend.map { ($0, h.fill) } }) {
            first, _ in first
        }
        for name in legends.keys.sortedVietnamese() {
            rows.append(
                swatchRow(name, swatch: Self.swatch(fill: legends[name] ?? "#ffffff"), className: "legend"))
        }
        var seen = Set<String>()
        let pavilions = venue.zones.filter {
            palette.pavilions[$0.id] != nil && seen.insert($0.name).inserted
        }
        let others = venue.zones.filter { palette.pavilions[$0.id] == nil && seen.insert($0.name).inserted }
            .sortedVietnamese(by: \.name)
        if !pavilions.isEmpty || !others.isEmpty {
            rows.append(
                swatchRow(
                    FloorPlanMessage.legendZones.text(language), swatch: nil, className: "legend", bold: true,
                    indent: 0))
        }
        for zone in pavilions + others {
            let pavilion = palette.pavilions[zone.id] != nil
            rows.append(
                swatchRow(
                    zone.name,
                    swatch: Self.swatch(
                        fill: palette.fill(zone), stroke: pavilion ? palette.stroke(zone) : "#9aa0a6",
                        width: pavilion ? 2.5 : 1),
                    className: "legend"))
        }
        rows.append(
            swatchRow(
                InterchangeMessage.mainAisle.text(language),
                swatch: .rectangle(x: 0, y: 1, width: 18, height: 14, style: DrawingStyle(fill: "#dadce0")),
                className: "legend"))
        rows.append(
            swatchRow(
                InterchangeMessage.legendOpenFront.text(language),
                swatch: .line(
                    x1: 0, y1: 8, x2: 18, y2: 8, style: DrawingStyle(stroke: "#1a73e8", strokeWidth: 2.5)),
                className: "legend"))
        rows.append(
            swatchRow(
                InterchangeMessage.legendEntrance.text(language),
                swatch: .rectangle(x: 0, y: 4, width: 18, height: 8, style: DrawingStyle(fill: "#188038")),
                className: "legend"))
        rows.append(
            swatchRow(
                InterchangeMessage.legendBlockedBooth.text(language), swatch: Self.swatch(fill: "#bdc1c6"),
                className: "legend"))
        for service in BoothService.allCases {
            rows.append(
                swatchRow(
                    service.name(language),
                    swatch: .circle(
                        cx: 9, cy: 8, radius: 4, style: DrawingStyle(fill: Self.serviceColour(service))),
                    className: "legend"))
        }
        rows.append(
            swatchRow(
                InterchangeMessage.boothTotals(
                    booths: venue.booths.count, lettable: venue.lettableBooths.count
                )
                .text(language), swatch: nil, className: "legend", bold: true, indent: 0))
        return rows
    }

    /// The booth-to-exhibitor index: one row per party in Vietnamese order of its name, with its
    /// colour, booths (runs joined) and province; the highlighted party's row in bold.
    func indexRows(focus: String?) -> [FlowRow] {
        guard !occupants.isEmpty else { return [] }
        var booths: [String: [String]] = [:]
        for (code, occupant) in occupants { booths[occupant.party, default: []].append(code) }
        let parties = booths.keys.compactMap { party in
            booths[party]?.first.flatMap { occupants[$0] }
        }
        var rows = [
            headingRow(
                FloorPlanMessage.indexTitle(exhibitors: parties.count).text(language), size: 14,
                className: "index")
        ]
        for occupant in parties.sortedVietnamese(by: { $0.name + " " + $0.party }) {
            let codes = (booths[occupant.party] ?? []).sorted(by: BoothCodes.naturalOrder)
            rows.append(
                swatchRow(
                    FloorPlanMessage.indexEntry(
                        booths: BoothCodes.compact(codes), name: occupant.name, province: occupant.province
                    ).text(language),
                    swatch: Self.swatch(fill: PartyPalette.colour(forParty: occupant.party)),
                    className: "index-entry",
                    data: ["party": occupant.party, "booths": codes.joined(separator: ",")], size: 11,
                    bold: occupant.party == focus))
        }
        return rows
    }

    /// A note: its heading and lines, each wrapped to the column (continuation lines indented).
    func noteRows(_ note: FloorPlanNote) -> [FlowRow] {
        var rows = [headingRow(note.title, size: 14, className: "note", title: note.title)]
        rows[0].keepWithNext = !note.lines.isEmpty
        for line in note.lines {
            let size = 11.0
            let first = TextFitting.wrap(line, width: Self.columnWidth, size: size)
            var lines = Array(first.prefix(1))
            let rest = first.dropFirst().joined(separator: " ")
            if !rest.isEmpty { lines += TextFitting.wrap(rest, width: Self.columnWidth - 14, size: size) }
            let shapes = lines.enumerated().map { index, text in
                Shape.text(
                    text, x: index == 0 ? 0 : 14,
                    y: TextMetrics.ascent * size + Double(index) * TextMetrics.lineSpacing * size,
                    size: size, anchor: "start", bold: false, fill: "#3c4043")
            }
            rows.append(
                FlowRow(
                    shapes: [.group(className: "note", data: [:], title: nil, children: shapes)],
                    height: TextMetrics.height(lines: lines.count, size: size) + 4))
        }
        return rows
    }

    /// A party's name: from the plan, else from its booths, else its identifier.
    func partyName(_ party: String) -> String {
        partyNames[party] ?? occupants.values.first { $0.party == party }?.name ?? party
    }
}
