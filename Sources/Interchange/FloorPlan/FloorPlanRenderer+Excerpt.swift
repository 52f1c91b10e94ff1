public import Planning

extension FloorPlanRenderer {
    /// The part of the plan an exhibitor's letter shows: only the halls that hold `party`'s
    /// booths (every hall when it has none), its booths marked and the others greyed, each hall
    /// with its name, zones, aisles and entrances, and the scale bar; no title block, legend or
    /// index (the letter says the rest). Nil without a venue.
    public func excerpt(highlighting party: Identifier<ExhibitingParty>) -> Drawing? {
        guard var venue else { return nil }
        let halls = Set(
            occupants.filter { $0.value.party == party.rawValue }.keys.compactMap { code in
                venue.booths.first { $0.code == code }?.hall
            })
        if !halls.isEmpty { venue.halls = venue.halls.filter { halls.contains($0.id) } }
        let palette = ZonePalette(venue: venue)
        var layout = PlanLayout()
        var shapes = planShapes(venue, palette: palette, focus: party.rawValue, layout: &layout)
        let box = shapes.compactMap(\.box).reduce(DrawingBox(x: 0, y: 0, width: 0, height: 0)) {
            $0.union($1)
        }
        let margin = 8.0
        shapes = shapes.map { $0.translated(dx: margin - box.x, dy: margin - box.y) }
        let width = (box.width + 2 * margin).rounded(.up)
        let height = (box.height + 2 * margin).rounded(.up)
        let background = Shape.rectangle(
            x: 0, y: 0, width: width, height: height, style: DrawingStyle(fill: "#ffffff"))
        return Drawing(
            width: width, height: height,
            title: InterchangeMessage.floorPlanTitle(venue: venue.name).text(language),
            shapes: [background] + shapes)
    }
}
