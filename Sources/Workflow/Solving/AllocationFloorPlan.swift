public import Interchange
public import Planning
public import Scheduler

/// The floor plan of a booth allocation: each party's booths in its own colour (from its
/// identifier, the same in every version), labelled with its name, the booth index and the waiting
/// list beside the plan, the event and plan version in the title block.
public enum AllocationFloorPlan {
    /// The renderer for `allocation` on `plan`'s venue, its words in `language`; the title block
    /// names `version` published at `publishedAt`, or a draft.
    public static func renderer(
        for plan: Plan, allocation: BoothAllocation, language: Language, version: Int? = nil,
        publishedAt: LocalDateTime? = nil
    ) -> FloorPlanRenderer {
        var placed = plan
        placed.boothAssignments = allocation.boothAssignments
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
        return FloorPlanRenderer(
            plan: placed, version: version, publishedAt: publishedAt, notes: notes, language: language)
    }

    /// Writes the floor plan of `allocation` to an SVG file, `party`'s booths marked and the
    /// others greyed when given; nothing when the plan has no venue. A path ending in `.png` or
    /// `.pdf` gets the SVG beside it (same name, `.svg`) and the picture converted from it when
    /// a converter is installed: the result says what happened (nil for a plain SVG).
    @discardableResult
    public static func write(
        _ allocation: BoothAllocation, of plan: Plan, to path: String, language: Language,
        party: Identifier<ExhibitingParty>? = nil, version: Int? = nil, publishedAt: LocalDateTime? = nil
    ) throws -> FloorPlanConverter.Outcome? {
        guard plan.venue != nil else { return nil }
        let target = try ExportLocation.path(explicit: path, name: path, option: "--svg")
        let format = FloorPlanConverter.format(ofPath: target)
        let svg = format == nil ? target : String(target.dropLast(4)) + ".svg"
        try SVGWriter.write(
            renderer(
                for: plan, allocation: allocation, language: language, version: version,
                publishedAt: publishedAt
            ).drawing(highlighting: party), toFile: svg)
        return format.map { FloorPlanConverter.convert(svg: svg, to: target, format: $0) }
    }
}
