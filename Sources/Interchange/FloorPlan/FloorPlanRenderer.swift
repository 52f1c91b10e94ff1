public import Planning

/// Draws a venue's halls as a floor plan to hand out: a title block (event, dates, plan version),
/// the halls with zones, aisles, entrances and booths, every regional pavilion outlined in its own
/// colour with its name where no booth covers it, booth labels fitted to their booths (one label
/// across a party's block), a scale bar, and beside the plan a legend, the booth-to-exhibitor
/// index and notes such as the waiting list.
///
/// Each party's booths take a colour derived from its identifier (``PartyPalette``), the same in
/// every version. ``drawing(of:highlighting:)`` marks one party's booths and greys the others: the
/// view an exhibitor's letter shows. The renderer only builds a ``Drawing``; ``SVGWriter`` writes
/// it. Every shape lies inside the drawing's canvas: its size is computed from all the content,
/// texts included (estimated by ``TextMetrics``).
public struct FloorPlanRenderer: Sendable {
    /// Pixels per metre.
    var scale: Double
    /// Highlights by booth code: a fill, caption and legend entry given by the caller (used when
    /// the booth has no ``occupants`` entry).
    var highlights: [String: BoothHighlight]
    /// Who holds each booth, by booth code.
    var occupants: [String: BoothOccupant]
    /// Notes drawn beside the plan under the legend and the index, such as the parties not placed
    /// (worded by whoever makes them, in ``language``).
    var notes: [FloorPlanNote]
    /// The title block's event and plan version; without it the venue's name heads the picture.
    var heading: FloorPlanHeading?
    /// The venue of the plan the renderer was made for, drawn by ``drawing(highlighting:)``.
    var venue: Venue?
    /// Every party's name by identifier (those without booths too), for the per-exhibitor view.
    var partyNames: [String: String]
    /// The language of the title, the legend and the booths' tooltips.
    public var language: Language

    /// Creates a renderer whose words are in `language`.
    public init(
        scale: Double = 20, highlights: [String: BoothHighlight] = [:],
        occupants: [String: BoothOccupant] = [:],
        notes: [FloorPlanNote] = [], heading: FloorPlanHeading? = nil, language: Language
    ) {
        self.scale = scale
        self.highlights = highlights
        self.occupants = occupants
        self.notes = notes
        self.heading = heading
        self.venue = nil
        self.partyNames = [:]
        self.language = language
    }

    /// The renderer of `plan`'s booth plan: its venue, who holds each booth (from the booth
    /// assignments), and a title block with the event and `version` published at `publishedAt`
    /// (nil: a draft).
    public init(
        plan: Plan, version: Int? = nil, publishedAt: LocalDateTime? = nil, notes: [FloorPlanNote] = [],
        scale: Double = 20, language: Language
    ) {
        var occupants: [String: BoothOccupant] = [:]
        let lookup = plan.lookup
        for assignment in plan.boothAssignments {
            let party = lookup.party(assignment.party)
            let province = party.flatMap { lookup.province(of: $0)?.officialName }
            occupants[assignment.booth] = BoothOccupant(
                party: assignment.party.rawValue, name: party?.name ?? assignment.party.rawValue,
                province: province?.isEmpty == false ? province : nil)
        }
        self.init(
            scale: scale, occupants: occupants, notes: notes,
            heading: FloorPlanHeading(event: plan.event, version: version, publishedAt: publishedAt),
            language: language)
        self.venue = plan.venue
        self.partyNames = Dictionary(plan.parties.map { ($0.id.rawValue, $0.name) }) { first, _ in first }
    }

    static let margin = 24.0
    static let columnWidth = 400.0
    static let columnGap = 36.0
    static let hallGap = 40.0

    /// The floor plan of the plan the renderer was made with (``init(plan:version:publishedAt:notes:scale:language:)``);
    /// `party`'s booths marked and the others greyed when given. An empty picture without a venue.
    public func drawing(highlighting party: Identifier<ExhibitingParty>? = nil) -> Drawing {
        drawing(
            of: venue ?? Venue(id: "", name: heading?.eventName ?? ""), highlighting: party?.rawValue)
    }

    /// The floor plan as SVG bytes (UTF-8), `party`'s booths marked when given: what a document
    /// embeds (an exhibitor's letter).
    ///
    /// - Throws: `LibXMLError` when the XML writer fails.
    public func svg(highlighting party: Identifier<ExhibitingParty>? = nil) throws -> [UInt8] {
        try SVGWriter.bytes(of: drawing(highlighting: party))
    }

    /// The floor plan of a venue, with its title, legend and tooltips in ``language``; the booths
    /// of the party with identifier `party` marked and the others greyed when given.
    public func drawing(of venue: Venue, highlighting party: String? = nil) -> Drawing {
        let palette = ZonePalette(venue: venue)
        var layout = PlanLayout()
        let plan = planShapes(venue, palette: palette, focus: party, layout: &layout)
        let planBox = plan.compactMap(\.box).reduce(DrawingBox(x: 0, y: 0, width: 0, height: 0)) {
            $0.union($1)
        }
        let columnsTop = planBox.y
        let columns = flow(
            sideBlocks(venue: venue, palette: palette, focus: party), x: planBox.maxX + Self.columnGap,
            top: columnsTop, height: max(planBox.height, 520))
        let contentRight = max(planBox.maxX, columns.compactMap(\.box).map(\.maxX).max() ?? planBox.maxX)
        let title = titleBlock(
            venue: venue, focus: party, x: planBox.x, bottom: planBox.y - 16,
            width: max(contentRight - planBox.x, 480))
        var shapes = title + plan + columns
        let box = shapes.compactMap(\.box).reduce(planBox) { $0.union($1) }
        let dx = Self.margin - box.x
        let dy = Self.margin - box.y
        shapes = shapes.map { $0.translated(dx: dx, dy: dy) }
        let width = (box.width + 2 * Self.margin).rounded(.up)
        let height = (box.height + 2 * Self.margin).rounded(.up)
        let background = Shape.rectangle(
            x: 0, y: 0, width: width, height: height, style: DrawingStyle(fill: "#ffffff"))
        return Drawing(
            width: width, height: height,
            title: InterchangeMessage.floorPlanTitle(venue: venue.name).text(language),
            shapes: [background] + shapes)
    }
}

extension Double {
    /// The value without trailing zeros, for labels: `3`, `2.5`.
    var formatted: String {
        let rounded = (self * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }
}
