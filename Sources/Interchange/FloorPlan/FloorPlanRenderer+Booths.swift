public import Planning

extension FloorPlanRenderer {
    /// The colour of a booth's outline in the per-exhibitor view.
    static let focusStroke = "#c5221f"
    /// The fill of other parties' booths in the per-exhibitor view.
    static let dimmedFill = "#f1f3f4"
    /// The colour of dimmed text.
    static let dimmedText = "#9aa0a6"

    /// The font size of a booth's code drawn in its top-left corner above a label.
    func cornerCodeSize(_ box: DrawingBox) -> Double {
        min(10, max(6, box.width / 6))
    }

    /// The blocks of booths that carry a label: each party's rectangles, and booths with a
    /// caption given through ``highlights``.
    func labelledBlocks(_ booths: [Booth], px: (Rect) -> DrawingBox) -> [LabelBlock] {
        var byParty: [String: [Booth]] = [:]
        var blocks: [LabelBlock] = []
        for booth in booths {
            if let occupant = occupants[booth.code] {
                byParty[occupant.party, default: []].append(booth)
            } else if let caption = highlights[booth.code]?.caption, !booth.blocked {
                blocks.append(
                    LabelBlock(booths: [booth], box: px(booth.rect), party: nil, candidates: [caption]))
            }
        }
        for party in byParty.keys.sorted() {
            guard let partyBooths = byParty[party], let occupant = occupants[partyBooths[0].code] else {
                continue
            }
            for rectangle in LabelBlock.rectangles(partyBooths) {
                let box = rectangle.map { px($0.rect) }.reduce(px(rectangle[0].rect)) { $0.union($1) }
                blocks.append(
                    LabelBlock(
                        booths: rectangle, box: box, party: party,
                        candidates: ExhibitorAbbreviation.forms(of: occupant.name)))
            }
        }
        return blocks.sorted { BoothCodes.naturalOrder($0.booths[0].code, $1.booths[0].code) }
    }

    /// The room a block's label may take: the block less a margin and the bands of the booth
    /// codes (at the top; in a block of two rows also at the bottom, where the lower row's codes
    /// go); in a block of more rows, its top row only.
    func labelRegion(_ block: LabelBlock) -> DrawingBox {
        let codeBand = 3 + (TextMetrics.ascent + TextMetrics.descent) * cornerCodeSize(block.box) + 1
        let rows = block.rowCount
        let bottom: Double
        if rows == 2 {
            bottom = block.box.maxY - codeBand
        } else if rows > 2, let first = block.booths.first {
            bottom = block.box.y + first.rect.depth * scale - 3
        } else {
            bottom = block.box.maxY - 3
        }
        return DrawingBox(
            x: block.box.x + 3, y: block.box.y + codeBand, width: max(0, block.box.width - 6),
            height: max(0, bottom - block.box.y - codeBand))
    }

    /// A block's label: the name (or its abbreviation) wrapped onto up to three lines at the
    /// largest size that fits, centred in ``labelRegion(_:)``; nil when nothing fits.
    func blockLabel(_ block: LabelBlock, focus: String?) -> Shape? {
        let region = labelRegion(block)
        guard
            let fitted = TextFitting.fit(
                block.candidates, width: region.width, height: region.height, maxLines: 3, largest: 13,
                smallest: 6.5)
        else { return nil }
        let top = region.y + (region.height - fitted.height) / 2
        let dimmed = focus != nil && block.party != focus
        let lines = fitted.lines.enumerated().map { index, line in
            Shape.text(
                line, x: region.x + region.width / 2,
                y: top + TextMetrics.ascent * fitted.size + Double(index) * TextMetrics.lineSpacing
                    * fitted.size,
                size: fitted.size, anchor: "middle", bold: false,
                fill: dimmed ? Self.dimmedText : PartyPalette.textColour)
        }
        var data = ["booths": block.booths.map(\.code).joined(separator: ",")]
        if let party = block.party { data["party"] = party }
        return .group(className: "booth-label", data: data, title: nil, children: lines)
    }

    /// A booth: its fill (the party's colour, a highlight, the zone's tint, grey when out of use),
    /// open fronts, code, service marks and tooltip; in the per-exhibitor view the party's booths
    /// outlined and the others greyed.
    func drawBooth(
        _ booth: Booth, venue: Venue, palette: ZonePalette, rect r: DrawingBox, focus: String?,
        corner: CodeCorner
    ) -> Shape {
        let zone = booth.zone.flatMap { venue.zone(id: $0) }
        let occupant = occupants[booth.code]
        let isFocus = focus != nil && occupant?.party == focus
        let dimmed = focus != nil && !isFocus
        let baseFill =
            occupant.map { PartyPalette.colour(forParty: $0.party) } ?? highlights[booth.code]?.fill
            ?? zone.map(palette.fill) ?? "#ffffff"
        let fill = booth.blocked ? "#bdc1c6" : dimmed ? Self.dimmedFill : baseFill
        var children: [Shape] = [
            .rectangle(
                x: r.x, y: r.y, width: r.width, height: r.height,
                style: DrawingStyle(
                    fill: fill, stroke: dimmed ? "#bdc1c6" : "#3c4043", strokeWidth: 1))
        ]
        if booth.blocked {
            children.append(
                .line(
                    x1: r.x, y1: r.y, x2: r.maxX, y2: r.maxY,
                    style: DrawingStyle(stroke: "#5f6368", strokeWidth: 1)))
        }
        for side in booth.openSides.sorted(by: { $0.rawValue < $1.rawValue }) {
            let (x1, y1, x2, y2): (Double, Double, Double, Double) =
                switch side {
                case .north: (r.x, r.y, r.maxX, r.y)
                case .south: (r.x, r.maxY, r.maxX, r.maxY)
                case .west: (r.x, r.y, r.x, r.maxY)
                case .east: (r.maxX, r.y, r.maxX, r.maxY)
                }
            children.append(
                .line(
                    x1: x1, y1: y1, x2: x2, y2: y2,
                    style: DrawingStyle(stroke: dimmed ? "#c6dafc" : "#1a73e8", strokeWidth: 2.5)))
        }
        if isFocus {
            let inner = r.inset(by: 1.5)
            children.append(
                .rectangle(
                    x: inner.x, y: inner.y, width: inner.width, height: inner.height,
                    style: DrawingStyle(fill: "none", stroke: Self.focusStroke, strokeWidth: 3)))
        }
        children.append(codeText(booth.code, in: r, corner: corner, dimmed: dimmed))
        for (index, service) in booth.services.sorted().enumerated() {
            children.append(
                .circle(
                    cx: r.maxX - 5 - Double(index) * 7, cy: corner == .bottomLeft ? r.maxY - 5 : r.y + 5,
                    radius: 2.6,
                    style: DrawingStyle(fill: dimmed ? "#dadce0" : Self.serviceColour(service))))
        }
        var title = InterchangeMessage.boothTooltip(
            code: booth.code, kind: booth.kind, width: booth.rect.width, depth: booth.rect.depth,
            zone: zone?.name, services: booth.services.sorted(), blocked: booth.blocked
        ).text(language)
        if let occupant {
            title +=
                " · "
                + FloorPlanMessage.heldBy(name: occupant.name, province: occupant.province).text(language)
        }
        var data = ["code": booth.code]
        if let occupant { data["party"] = occupant.party }
        let className = isFocus ? "booth highlighted" : dimmed ? "booth dimmed" : "booth"
        return .group(className: className, data: data, title: title, children: children)
    }

    /// The booth's code: small in a corner beside a label, else centred, sized to fit.
    func codeText(_ code: String, in r: DrawingBox, corner: CodeCorner, dimmed: Bool) -> Shape {
        let fill = dimmed ? Self.dimmedText : "#202124"
        let unit = TextMetrics.width(code, size: 1, bold: true)
        switch corner {
        case .topLeft, .bottomLeft:
            let size = min(cornerCodeSize(r), max(1, (r.width - 6) / max(unit, 0.1)))
            let y =
                corner == .topLeft
                ? r.y + 3 + TextMetrics.ascent * size : r.maxY - 3 - TextMetrics.descent * size
            return .text(code, x: r.x + 3, y: y, size: size, anchor: "start", bold: true, fill: fill)
        case .centre:
            let size = min(12, max(1, (r.width - 6) / max(unit, 0.1)), r.height / 2)
            return .text(
                code, x: r.x + r.width / 2, y: r.y + r.height / 2 + size / 3, size: size, anchor: "middle",
                bold: true, fill: fill)
        }
    }

    /// The colour of a service mark.
    static func serviceColour(_ service: BoothService) -> String {
        switch service {
        case .power: "#f9ab00"
        case .water: "#1a73e8"
        case .coldStorage: "#12b5cb"
        }
    }
}
