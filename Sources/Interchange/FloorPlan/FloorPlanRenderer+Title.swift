public import Planning

extension FloorPlanRenderer {
    /// The title block above the plan, ending at `bottom`: the event's name (or the venue's),
    /// organiser, venue and dates, the plan version (published and when, or a draft), and in the
    /// per-exhibitor view whose booths are marked; each line wrapped to `width`, a rule under it.
    func titleBlock(venue: Venue, focus: String?, x: Double, bottom: Double, width: Double) -> [Shape] {
        var lines: [(text: String, size: Double, bold: Bool, fill: String)] = []
        if let heading {
            lines.append((heading.eventName, 24, true, "#202124"))
            if let organiser = heading.organiser { lines.append((organiser, 13, false, "#5f6368")) }
            lines.append(
                (
                    FloorPlanMessage.subtitle(
                        venue: venue.name, first: heading.firstDay, last: heading.lastDay
                    )
                    .text(language), 15, false, "#202124"
                ))
            let version =
                heading.version.map { FloorPlanMessage.publishedVersion(number: $0, at: heading.publishedAt) }
                ?? .draftVersion
            lines.append((version.text(language), 14, true, heading.version == nil ? "#b3440b" : "#137333"))
        } else {
            lines.append((venue.name, 22, true, "#202124"))
        }
        if let focus {
            let codes = occupants.filter { $0.value.party == focus }.map(\.key).sorted(
                by: BoothCodes.naturalOrder)
            let message =
                codes.isEmpty
                ? FloorPlanMessage.noBoothsFor(party: partyName(focus))
                : .boothsOf(party: partyName(focus), booths: codes)
            lines.append((message.text(language), 15, true, Self.focusStroke))
        }
        var wrapped: [(text: String, size: Double, bold: Bool, fill: String)] = []
        for line in lines {
            for part in TextFitting.wrap(line.text, width: width, size: line.size, bold: line.bold) {
                wrapped.append((part, line.size, line.bold, line.fill))
            }
        }
        let height = wrapped.reduce(0) { $0 + $1.size * TextMetrics.lineSpacing + 2 }
        var y = bottom - 10 - height
        var shapes: [Shape] = []
        for line in wrapped {
            shapes.append(
                .text(
                    line.text, x: x, y: y + TextMetrics.ascent * line.size, size: line.size, anchor: "start",
                    bold: line.bold, fill: line.fill))
            y += line.size * TextMetrics.lineSpacing + 2
        }
        shapes.append(
            .line(
                x1: x, y1: bottom - 4, x2: x + width, y2: bottom - 4,
                style: DrawingStyle(stroke: "#5f6368", strokeWidth: 1)))
        return [.group(className: "title-block", data: [:], title: nil, children: shapes)]
    }
}
