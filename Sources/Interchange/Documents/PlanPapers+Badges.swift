public import Planning

extension PlanPapers {
    /// How many badges an A4 sheet holds: two across, four down.
    public static let badgesPerPage = 8
    /// The badges' columns.
    static let badgeColumns = 2
    /// A badge's width, in millimetres (the sheet's 190 mm between its 10 mm margins, halved).
    static let badgeWidth = 95.0
    /// A badge's height, in millimetres (four fit the sheet's 277 mm with the cut lines).
    static let badgeHeight = 68.0
    /// The side of a badge's QR code, in millimetres.
    static let qrSide = 20.0

    /// Name badges (thẻ đại biểu), eight per A4 sheet with dashed cut lines around each, in
    /// the delegates' alphabetical order (only those attending from `point` when given): the
    /// event, the role in capitals, the name with honorific, the position, the unit, the
    /// connection point, and a QR code of the registration id (the person's identifier) with
    /// the id printed under it.
    ///
    /// - Throws: ``DocumentsError/nothingToWrite(_:)`` when no one attends (from `point`);
    ///   `InterchangeError` when an identifier is too long for a QR code.
    public func badges(point: Identifier<ConnectionPoint>? = nil) throws -> TextDocument {
        let delegates = delegates(point: point)
        guard !delegates.isEmpty else { throw DocumentsError.nothingToWrite(.badges) }
        var images: [DocumentImage] = []
        var cells: [DocumentTableCell] = []
        for (index, delegate) in delegates.enumerated() {
            let image = DocumentImage(
                name: "qr\(index + 1)",
                png: try QRCode(text: delegate.person.id.rawValue).png(moduleSize: 4, quietZone: 4))
            images.append(image)
            cells.append(badge(delegate, image: image.name))
        }
        var body: [DocumentBlock] = []
        var start = 0
        while start < cells.count {
            let page = Array(cells[start..<min(start + Self.badgesPerPage, cells.count)])
            body.append(.pageBreak(pageStyle: PaperLayout.badges))
            var rows: [DocumentTableRow] = []
            var rowStart = 0
            while rowStart < page.count {
                var row = Array(page[rowStart..<min(rowStart + Self.badgeColumns, page.count)])
                while row.count < Self.badgeColumns { row.append(DocumentTableCell([])) }
                rows.append(DocumentTableRow(row, height: Self.badgeHeight))
                rowStart += Self.badgeColumns
            }
            body.append(
                .table(
                    DocumentTable(
                        columnWidths: Array(repeating: Self.badgeWidth, count: Self.badgeColumns),
                        borders: .cutLines,
                        rows: rows)))
            start += Self.badgesPerPage
        }
        return document(plan.event.name, body: body, images: images)
    }

    /// One badge's cell.
    func badge(_ delegate: Delegate, image: String) -> DocumentTableCell {
        typealias Style = PaperLayout.Style
        let person = delegate.person
        var paragraphs = [
            DocumentParagraph(Style.badgeEvent, text: plan.event.name),
            DocumentParagraph(Style.badgeRole, text: text(.badgeRole(delegate.attendance.role))),
            DocumentParagraph(Style.badgeName, text: person.displayName(language)),
        ]
        let unit = person.unit ?? person.organisation.flatMap { lookup.organisation($0)?.name }
        for line in [person.position, unit, delegate.point?.name].compactMap({ $0 }) {
            paragraphs.append(DocumentParagraph(Style.badgeLine, text: line))
        }
        paragraphs.append(
            DocumentParagraph(Style.badgeCode, [.image(image, width: Self.qrSide, height: Self.qrSide)]))
        paragraphs.append(DocumentParagraph(Style.badgeCode, text: person.id.rawValue))
        return DocumentTableCell(paragraphs, middle: true)
    }
}
