public import Planning

/// The words of a floor plan handed out: the title block (event, dates, plan version), the scale
/// bar, the booth index, the per-exhibitor view and the picture converter's messages.
public enum FloorPlanMessage: Hashable, Sendable, Localizable {
    /// The line under the event's name: what the picture is, where, when (`dates` may be nil).
    case subtitle(venue: String, first: CalendarDate?, last: CalendarDate?)
    /// The booth plan's published version `number`, published at `at`.
    case publishedVersion(number: Int, at: LocalDateTime?)
    /// A booth plan not published: a draft.
    case draftVersion
    /// The per-exhibitor view's line: whose booths are marked.
    case boothsOf(party: String, booths: [String])
    /// The per-exhibitor view of a party with no booth in this plan.
    case noBoothsFor(party: String)
    /// The scale bar's caption.
    case scaleCaption
    /// A length on the scale bar, in metres.
    case metres(Double)
    /// The index's heading, with the number of exhibitors listed.
    case indexTitle(exhibitors: Int)
    /// An index row: booth codes, the exhibitor's name and province.
    case indexEntry(booths: String, name: String, province: String?)
    /// The legend's heading of the zones.
    case legendZones
    /// The legend entry explaining booth colours.
    case legendPartyColours
    /// The legend entry of the highlighted exhibitor's booths.
    case legendHighlighted(party: String)
    /// The legend entry of other exhibitors' booths in the per-exhibitor view.
    case legendOthers
    /// The booth tooltip's addition naming who holds the booth.
    case heldBy(name: String, province: String?)
    /// No converter is installed for `format` (`png`, `pdf`).
    case converterMissing(format: String)
    /// The converter failed; `detail` is its own message.
    case converterFailed(tool: String, detail: String)
    /// The file format asked for is not one the floor plan is written in.
    case unknownPictureFormat(String)

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
