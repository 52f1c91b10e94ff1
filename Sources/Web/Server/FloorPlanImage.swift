import Interchange
import Planning
import Workflow

/// The floor plan of a published booth plan as SVG: each exhibitor's booths in its province's
/// colour, its name on its first booth.
enum FloorPlanImage {
    /// The SVG of `plan`'s venue with its booth assignments, or nil when it has no venue.
    static func svg(of plan: Plan, language: Language) throws -> [UInt8]? {
        guard let venue = plan.venue else { return nil }
        let parties = Dictionary(plan.parties.map { ($0.id, $0) }) { first, _ in first }
        let provinceOf = { (party: ExhibitingParty) in
            ExhibitorsPage.province(of: party, in: plan, language: language)
        }
        let provinces = Set(parties.values.map(provinceOf)).sorted(
            by: VietnameseCollation.areInIncreasingOrder)
        let colours = Dictionary(
            uniqueKeysWithValues: provinces.enumerated().map { ($1, ProvincePalette.colour($0)) })
        var highlights: [String: BoothHighlight] = [:]
        for (partyID, assignments) in Dictionary(grouping: plan.boothAssignments, by: \.party) {
            guard let party = parties[partyID] else { continue }
            let province = provinceOf(party)
            let booths = assignments.map(\.booth).sorted(by: ExhibitorsPage.boothOrder)
            let caption = party.name.count > 14 ? String(party.name.prefix(13)) + "…" : party.name
            for (index, booth) in booths.enumerated() {
                highlights[booth] = BoothHighlight(
                    fill: colours[province] ?? "#ffffff", caption: index == 0 ? caption : nil,
                    legend: province)
            }
        }
        return try SVGWriter.bytes(
            of: FloorPlanRenderer(highlights: highlights, language: language).drawing(of: venue))
    }
}
