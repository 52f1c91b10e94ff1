import Interchange
import Planning
import Store
import Workflow

/// The floor plan of a published booth plan as SVG, drawn by the same renderer as the command
/// line's: the event, the published version, each exhibitor's booths in its own colour with its
/// name, the booth index; one exhibitor's booths marked when asked.
enum FloorPlanImage {
    /// The SVG of `published`'s venue with its published booths, `party`'s marked when given; nil
    /// when the plan has no venue or no booth plan is published.
    static func svg(
        of published: ReadPublishedPlan.Published, highlighting party: Identifier<ExhibitingParty>? = nil,
        language: Language
    ) throws -> [UInt8]? {
        guard published.plan.venue != nil, let version = published.versions[.boothPlan] else { return nil }
        return try FloorPlanRenderer(
            plan: published.plan, version: version.number, publishedAt: version.publishedAt,
            language: language
        ).svg(highlighting: party)
    }
}
