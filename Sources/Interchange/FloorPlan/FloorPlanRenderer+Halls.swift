public import Planning

extension FloorPlanRenderer {
    /// The halls, one under the other, each with its name, and the scale bar under the last.
    func planShapes(_ venue: Venue, palette: ZonePalette, focus: String?, layout: inout PlanLayout)
        -> [Shape]
    {
        var shapes: [Shape] = []
        var y = 0.0
        for hall in venue.halls {
            shapes.append(
                .text(
                    hall.name, x: 0, y: y + 16, size: 16, anchor: "start", bold: true, fill: "#3c4043"))
            y += 22 + 26
            shapes.append(
                drawHall(hall, venue: venue, palette: palette, focus: focus, origin: (0, y), layout: &layout))
            y += hall.depth * scale + 30 + Self.hallGap
        }
        let widest = venue.halls.map(\.width).max() ?? 0
        if widest > 0 { shapes.append(scaleBar(hallWidth: widest, x: 0, y: y - Self.hallGap + 6)) }
        return shapes
    }

    /// A hall at `origin`: floor, zones, aisles, entrances (named outside the walls), booths with
    /// their labels, pavilion outlines and zone names.
    func drawHall(
        _ hall: Hall, venue: Venue, palette: ZonePalette, focus: String?, origin: (x: Double, y: Double),
        layout: inout PlanLayout
    ) -> Shape {
        func px(_ rect: Rect) -> DrawingBox {
            DrawingBox(
                x: origin.x + rect.x * scale, y: origin.y + rect.y * scale, width: rect.width * scale,
                height: rect.depth * scale)
        }
        let floor = px(hall.floor)
        var children: [Shape] = [
            .rectangle(
                x: floor.x, y: floor.y, width: floor.width, height: floor.height,
                style: DrawingStyle(fill: "#ffffff", stroke: "#5f6368", strokeWidth: 3))
        ]
        let zones = venue.zones.filter { $0.hall == hall.id }
        for zone in zones {
            guard let area = zone.area else { continue }
            let r = px(area)
            children.append(
                .group(
                    className: "zone", data: ["zone": zone.id], title: zone.name,
                    children: [
                        .rectangle(
                            x: r.x, y: r.y, width: r.width, height: r.height,
                            style: DrawingStyle(fill: palette.fill(zone), stroke: "#9aa0a6", strokeWidth: 1))
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
                            x: r.x, y: r.y, width: r.width, height: r.height,
                            style: DrawingStyle(fill: aisle.isMain ? "#dadce0" : "#f1f3f4"))
                    ]))
        }
        for entrance in venue.entrances where entrance.hall == hall.id {
            let shape = drawEntrance(entrance, rect: px(entrance.rect), floor: floor)
            if let box = shape.box { layout.obstacles.append(box) }
            children.append(shape)
        }
        let booths = venue.booths.filter { $0.hall == hall.id }
        let labelled = labelledBlocks(booths, px: px)
        var corners: [String: CodeCorner] = [:]
        for block in labelled {
            let top = block.booths.map(\.rect.y).min() ?? 0
            let bottom = block.booths.map(\.rect.maxY).max() ?? 0
            for booth in block.booths {
                let lowest = block.rowCount == 2 && abs(booth.rect.maxY - bottom) < Rect.tolerance
                corners[booth.code] =
                    lowest && abs(booth.rect.y - top) > Rect.tolerance ? .bottomLeft : .topLeft
            }
        }
        for booth in booths {
            let box = px(booth.rect)
            layout.obstacles.append(box)
            children.append(
                drawBooth(
                    booth, venue: venue, palette: palette, rect: box, focus: focus,
                    corner: corners[booth.code] ?? .centre))
        }
        for block in labelled {
            if block.booths.count > 1 {
                let r = block.box
                children.append(
                    .rectangle(
                        x: r.x, y: r.y, width: r.width, height: r.height,
                        style: DrawingStyle(fill: "none", stroke: "#3c4043", strokeWidth: 2)))
            }
            if let label = blockLabel(block, focus: focus) { children.append(label) }
        }
        for zone in zones {
            guard let area = zone.area, palette.pavilions[zone.id] != nil else { continue }
            let r = px(area).inset(by: -2)
            children.append(
                .rectangle(
                    x: r.x, y: r.y, width: r.width, height: r.height,
                    style: DrawingStyle(fill: "none", stroke: palette.stroke(zone), strokeWidth: 3)))
        }
        for zone in zones {
            guard let area = zone.area else { continue }
            children.append(
                zoneLabel(zone, area: px(area), floor: floor, palette: palette, layout: &layout))
        }
        return .group(className: "hall", data: ["hall": hall.id], title: hall.name, children: children)
    }

    /// An entrance: a bar on the wall, its name outside the hall beside that wall.
    func drawEntrance(_ entrance: Entrance, rect r: DrawingBox, floor: DrawingBox) -> Shape {
        let horizontal = r.width >= r.height
        let size = 12.0
        let label: Shape
        if horizontal {
            let north = r.y + r.height / 2 < floor.y + floor.height / 2
            label = .text(
                entrance.name, x: r.x + r.width / 2,
                y: north
                    ? floor.y - 8 - TextMetrics.descent * size : floor.maxY + 8 + TextMetrics.ascent * size,
                size: size, anchor: "middle", bold: entrance.isMain, fill: "#188038")
        } else {
            let west = r.x + r.width / 2 < floor.x + floor.width / 2
            label = .text(
                entrance.name, x: west ? floor.x - 8 : floor.maxX + 8, y: r.y + r.height / 2 + size / 3,
                size: size, anchor: west ? "end" : "start", bold: entrance.isMain, fill: "#188038")
        }
        return .group(
            className: "entrance", data: ["entrance": entrance.id], title: entrance.name,
            children: [
                .rectangle(
                    x: r.x - (horizontal ? 0 : 3), y: r.y - (horizontal ? 3 : 0),
                    width: horizontal ? r.width : 8, height: horizontal ? 8 : r.height,
                    style: DrawingStyle(fill: entrance.isMain ? "#188038" : "#81c995")),
                label,
            ])
    }

    /// The zone's name where no booth, entrance or other label covers it: above the zone, inside
    /// along its top or bottom edge, or below it, within the hall; on a white plate inside the
    /// zone's top when every place is taken.
    func zoneLabel(
        _ zone: Zone, area r: DrawingBox, floor: DrawingBox, palette: ZonePalette, layout: inout PlanLayout
    ) -> Shape {
        let pavilion = palette.pavilions[zone.id] != nil
        let fitted =
            TextFitting.fit(
                [zone.name], width: floor.width - 8, height: 40, maxLines: 1, largest: pavilion ? 14 : 12,
                smallest: 8, bold: true) ?? FittedText(lines: [zone.name], size: 8)
        let text = fitted.lines.first ?? zone.name
        let size = fitted.size
        let width = TextMetrics.width(text, size: size, bold: true)
        let x = min(max(r.x + 4, floor.x + 4), floor.maxX - 4 - width)
        let baselines = [
            r.y - 4 - TextMetrics.descent * size, r.y + 4 + TextMetrics.ascent * size,
            r.maxY - 4 - TextMetrics.descent * size, r.maxY + 4 + TextMetrics.ascent * size,
        ]
        var chosen: (baseline: Double, free: Bool) = (baselines[1], false)
        for baseline in baselines {
            let box = TextMetrics.box(text, x: x, y: baseline, size: size, anchor: "start", bold: true)
            if floor.inset(by: 2).contains(box), layout.isFree(box.inset(by: -2)) {
                chosen = (baseline, true)
                break
            }
        }
        let box = TextMetrics.box(text, x: x, y: chosen.baseline, size: size, anchor: "start", bold: true)
        layout.obstacles.append(box)
        let plate = box.inset(by: -2)
        return .group(
            className: pavilion ? "zone-label pavilion" : "zone-label",
            data: ["zone": zone.id, "placement": chosen.free ? "free" : "over-booths"], title: zone.name,
            children: [
                .rectangle(
                    x: plate.x, y: plate.y, width: plate.width, height: plate.height,
                    style: DrawingStyle(fill: "#ffffff", fillOpacity: chosen.free ? 0.7 : 0.9)),
                .text(
                    text, x: x, y: chosen.baseline, size: size, anchor: "start", bold: true,
                    fill: pavilion ? palette.stroke(zone) : "#3c4043"),
            ])
    }

    /// A scale bar `hallWidth / 5` metres long or less (a round length), in four segments, with
    /// its caption and lengths.
    func scaleBar(hallWidth: Double, x: Double, y: Double) -> Shape {
        let lengths: [Double] = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1_000]
        let target = max(hallWidth / 5, 1)
        let metres = lengths.last { $0 <= target } ?? 1
        let segment = metres * scale / 4
        let barTop = y + 22
        var children: [Shape] = [
            .text(
                FloorPlanMessage.scaleCaption.text(language), x: x, y: y + 12, size: 12, anchor: "start",
                bold: true, fill: "#202124")
        ]
        for index in 0..<4 {
            children.append(
                .rectangle(
                    x: x + Double(index) * segment, y: barTop, width: segment, height: 8,
                    style: DrawingStyle(
                        fill: index % 2 == 0 ? "#202124" : "#ffffff", stroke: "#202124", strokeWidth: 1)))
        }
        let labelBaseline = barTop + 8 + 4 + TextMetrics.ascent * 11
        for (fraction, text) in [
            (0.0, "0"), (0.5, (metres / 2).formatted), (1.0, FloorPlanMessage.metres(metres).text(language)),
        ] {
            children.append(
                .text(
                    text, x: x + fraction * 4 * segment, y: labelBaseline, size: 11,
                    anchor: fraction == 0 ? "start" : "middle", bold: false, fill: "#202124"))
        }
        return .group(
            className: "scale-bar", data: ["metres": metres.formatted], title: nil, children: children)
    }
}
