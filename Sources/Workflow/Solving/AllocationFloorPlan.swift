public import Interchange
public import Planning
public import Scheduler

/// The floor plan of a booth allocation: booths coloured by province (one colour each, legend by
/// province), the party's short name on its first booth, and the waiting list beside the plan.
public enum AllocationFloorPlan {
    /// The renderer for `allocation` on `plan`'s venue, its words in `language`.
    public static func renderer(for plan: Plan, allocation: BoothAllocation, language: Language)
        -> FloorPlanRenderer
    {
        let provinces = Set(allocation.placements.map(\.province)).sortedVietnamese()
        let colours = Dictionary(
            uniqueKeysWithValues: provinces.enumerated().map { ($1, ProvincePalette.colour($0)) })
        var highlights: [String: BoothHighlight] = [:]
        for placement in allocation.placements {
            let short =
                placement.name.hasPrefix("Liên minh") && !placement.province.isEmpty
                ? placement.province : placement.name
            let caption = short.count > 14 ? String(short.prefix(13)) + "…" : short
            for (index, booth) in placement.booths.enumerated() {
                highlights[booth] = BoothHighlight(
                    fill: colours[placement.province] ?? "#ffffff", caption: index == 0 ? caption : nil,
                    legend: placement.province.isEmpty
                        ? WorkflowMessage.unknownProvince.text(language) : placement.province)
            }
        }
        let waiting = allocation.unplaced.map { entry in
            WorkflowMessage.waitingEntry(
                position: entry.waitingListPosition, party: entry.name, booths: entry.boothsWanted,
                reason: entry.reason.text(language)
            ).text(language)
        }
        let notes =
            waiting.isEmpty
            ? [FloorPlanNote(title: WorkflowMessage.everyonePlaced.text(language), lines: [])]
            : [
                FloorPlanNote(
                    title: WorkflowMessage.waitingListNote(waiting.count).text(language), lines: waiting)
            ]
        return FloorPlanRenderer(highlights: highlights, notes: notes, language: language)
    }

    /// Writes the coloured floor plan of `allocation` to an SVG file; nothing when the plan has no
    /// venue.
    public static func write(
        _ allocation: BoothAllocation, of plan: Plan, to path: String, language: Language
    ) throws {
        guard let venue = plan.venue else { return }
        let target = try ExportLocation.path(explicit: path, name: path)
        var placed = plan
        placed.boothAssignments = allocation.boothAssignments
        try SVGWriter.write(
            renderer(for: placed, allocation: allocation, language: language).drawing(of: venue),
            toFile: target)
    }
}
