import Planning

extension FloorPlanMessage {
    /// The English wording.
    var englishText: String {
        switch self {
        case .subtitle(let venue, let first, let last):
            "Booth floor plan · \(venue)" + (Self.englishDates(first, last).map { " · \($0)" } ?? "")
        case .publishedVersion(let number, let at):
            "Booth plan version \(number)" + (at.map { ", published \($0.date.iso) \($0.time)" } ?? "")
        case .draftVersion: "Booth plan: draft (not published)"
        case .boothsOf(let party, let booths): "Booths of \(party): \(booths.joined(separator: ", "))"
        case .noBoothsFor(let party): "\(party) has no booth in this plan"
        case .scaleCaption: "Scale"
        case .metres(let value): "\(value.formatted) m"
        case .indexTitle(let exhibitors): "Booth index (\(exhibitors) exhibitors)"
        case .indexEntry(let booths, let name, let province):
            "\(booths) · \(name)" + (province.map { " (\($0))" } ?? "")
        case .legendZones: "Zones"
        case .legendPartyColours: "Booth colour: one per exhibitor (see the index)"
        case .legendHighlighted(let party): "Booths of \(party)"
        case .legendOthers: "Other exhibitors' booths"
        case .heldBy(let name, let province): "Exhibitor: \(name)" + (province.map { " (\($0))" } ?? "")
        case .converterMissing(let format):
            "Cannot write the plan as \(format.uppercased()): install rsvg-convert (package librsvg2-bin); "
                + "the SVG of the same name is written anyway."
        case .converterFailed(let tool, let detail): "\(tool) could not convert the plan: \(detail)"
        case .unknownPictureFormat(let format):
            "Cannot write the plan as «\(format)»: choose svg, png or pdf."
        }
    }

    /// «2026-10-12 to 2026-10-15», or one day.
    static func englishDates(_ first: CalendarDate?, _ last: CalendarDate?) -> String? {
        guard let first else { return nil }
        guard let last, last != first else { return first.iso }
        return "\(first.iso) to \(last.iso)"
    }
}
