/// The page styles and paragraph styles of FairPlan's papers, after Nghị định 30/2020/NĐ-CP
/// (the format of Vietnamese administrative documents): A4, margins top and bottom 20 mm, left
/// 30 mm, right 15 mm; Times New Roman; body 14 pt, justified, first line indented, at least
/// 6 pt between paragraphs; the page number centred at the top from the second page on.
enum PaperLayout {
    /// The first page of a portrait document (no page number), then ``body``.
    static let first = "First"
    /// The following pages of a portrait document, numbered at the top.
    static let body = "Body"
    /// The first page of a landscape document (wide lists), then ``landscape``.
    static let landscapeFirst = "LandscapeFirst"
    /// The following pages of a landscape document, numbered at the top.
    static let landscape = "Landscape"
    /// A booth fascia board: A4 landscape, narrow margins, no number.
    static let fascia = "Fascia"
    /// A sheet of badges: A4 portrait, 10 mm margins, no number.
    static let badges = "Badges"

    /// The width between the margins of a portrait page, in millimetres.
    static let portraitWidth = 165.0
    /// The width between the margins of a landscape page, in millimetres.
    static let landscapeWidth = 252.0

    /// Every page style.
    static let pages: [PageStyle] = {
        let number = DocumentParagraph(Style.pageNumber, [.pageNumber])
        return [
            PageStyle(name: first, top: 20, bottom: 20, left: 30, right: 15, next: body),
            PageStyle(name: body, top: 20, bottom: 20, left: 30, right: 15, header: number),
            PageStyle(
                name: landscapeFirst, orientation: .landscape, top: 20, bottom: 20, left: 30, right: 15,
                next: landscape),
            PageStyle(
                name: landscape, orientation: .landscape, top: 20, bottom: 20, left: 30, right: 15,
                header: number),
            PageStyle(name: fascia, orientation: .landscape, top: 15, bottom: 15, left: 15, right: 15),
            PageStyle(name: badges, top: 10, bottom: 10, left: 10, right: 10),
        ]
    }()

    /// The paragraph styles' names.
    enum Style {
        static let body = "Body"
        static let plain = "Plain"
        static let indented = "Indented"
        static let item = "Item"
        static let programmeItem = "ProgrammeItem"
        static let agency = "Agency"
        static let nationalName = "NationalName"
        static let motto = "Motto"
        static let rule = "Rule"
        static let number = "Number"
        static let placeDate = "PlaceDate"
        static let title = "Title"
        static let summary = "Summary"
        static let recipients = "Recipients"
        static let recipientsItem = "RecipientsItem"
        static let signTitle = "SignTitle"
        static let signHint = "SignHint"
        static let signName = "SignName"
        static let tableHead = "TableHead"
        static let tableCell = "TableCell"
        static let tableCentre = "TableCentre"
        static let pageNumber = "PageNumber"
        static let fasciaName = "FasciaName"
        /// The fascia name's style at `points` (``fasciaNameSizes``).
        static func fasciaName(points: Double) -> String {
            points == fasciaNameSizes[0] ? fasciaName : "\(fasciaName)\(Int(points))"
        }
        /// The sizes a fascia name is set in, largest first: a long name shrinks to fit the board.
        static let fasciaNameSizes: [Double] = [54, 48, 42, 36, 32, 28, 24]
        static let fasciaProvince = "FasciaProvince"
        static let fasciaBooth = "FasciaBooth"
        static let badgeEvent = "BadgeEvent"
        static let badgeRole = "BadgeRole"
        static let badgeName = "BadgeName"
        static let badgeLine = "BadgeLine"
        static let badgeCode = "BadgeCode"
        static let figureCaption = "FigureCaption"
        static let figure = "Figure"
    }

    /// Bold and italic spans.
    static let bold = "Strong"
    /// Italic spans.
    static let italic = "Emphasis"

    /// Every paragraph style.
    static let paragraphStyles: [ParagraphStyle] =
        [
            ParagraphStyle(
                name: Style.body, fontSize: 14, alignment: .justify, spaceBefore: 0, spaceAfter: 6,
                firstLineIndent: 10,
                lineHeight: 115),
            ParagraphStyle(
                name: Style.plain, fontSize: 14, alignment: .justify, spaceAfter: 3, lineHeight: 115),
            ParagraphStyle(
                name: Style.indented, fontSize: 14, alignment: .start, spaceAfter: 2, firstLineIndent: 10),
            ParagraphStyle(
                name: Style.item, fontSize: 14, alignment: .justify, spaceAfter: 3, firstLineIndent: 10),
            ParagraphStyle(
                name: Style.programmeItem, fontSize: 13, alignment: .start, spaceAfter: 0, firstLineIndent: 10
            ),
            ParagraphStyle(name: Style.agency, fontSize: 12, bold: true, alignment: .center),
            ParagraphStyle(name: Style.nationalName, fontSize: 12, bold: true, alignment: .center),
            ParagraphStyle(name: Style.motto, fontSize: 13.5, bold: true, alignment: .center),
            ParagraphStyle(name: Style.rule, fontSize: 8, alignment: .center, spaceAfter: 4),
            ParagraphStyle(name: Style.number, fontSize: 13, alignment: .center),
            ParagraphStyle(name: Style.placeDate, fontSize: 14, italic: true, alignment: .center),
            ParagraphStyle(
                name: Style.title, fontSize: 14, bold: true, alignment: .center, spaceBefore: 12,
                keepWithNext: true),
            ParagraphStyle(
                name: Style.summary, fontSize: 14, bold: true, alignment: .center, spaceAfter: 9,
                keepWithNext: true),
            ParagraphStyle(name: Style.recipients, fontSize: 12, bold: true, italic: true, spaceBefore: 6),
            ParagraphStyle(name: Style.recipientsItem, fontSize: 11),
            ParagraphStyle(
                name: Style.signTitle, fontSize: 14, bold: true, alignment: .center, spaceBefore: 6),
            ParagraphStyle(
                name: Style.signName, fontSize: 14, bold: true, alignment: .center, spaceBefore: 48),
            ParagraphStyle(
                name: Style.signHint, fontSize: 12, italic: true, alignment: .center, spaceBefore: 48),
            ParagraphStyle(name: Style.tableHead, fontSize: 11, bold: true, alignment: .center),
            ParagraphStyle(name: Style.tableCell, fontSize: 11),
            ParagraphStyle(name: Style.tableCentre, fontSize: 11, alignment: .center),
            ParagraphStyle(name: Style.pageNumber, fontSize: 13, alignment: .center),
            ParagraphStyle(name: Style.fasciaProvince, fontSize: 36, alignment: .center, spaceBefore: 24),
            ParagraphStyle(
                name: Style.fasciaBooth, fontSize: 28, bold: true, alignment: .center, spaceBefore: 36),
            ParagraphStyle(name: Style.badgeEvent, fontSize: 9, alignment: .center, spaceAfter: 3),
            ParagraphStyle(
                name: Style.badgeRole, fontSize: 13, bold: true, alignment: .center, spaceAfter: 3),
            ParagraphStyle(
                name: Style.badgeName, fontSize: 16, bold: true, alignment: .center, spaceAfter: 2),
            ParagraphStyle(name: Style.badgeLine, fontSize: 10, alignment: .center),
            ParagraphStyle(name: Style.badgeCode, fontSize: 8, alignment: .center, spaceBefore: 2),
            ParagraphStyle(
                name: Style.figureCaption, fontSize: 13, italic: true, alignment: .start, spaceBefore: 6,
                spaceAfter: 3, keepWithNext: true),
            ParagraphStyle(name: Style.figure, fontSize: 10, alignment: .center, spaceAfter: 6),
        ]
        + Style.fasciaNameSizes.map { points in
            ParagraphStyle(
                name: Style.fasciaName(points: points), fontSize: points, bold: true, alignment: .center,
                spaceBefore: 36, lineHeight: 100)
        }

    /// Every character style.
    static let textStyles: [TextStyle] = [
        TextStyle(name: bold, bold: true), TextStyle(name: italic, italic: true),
    ]
}
