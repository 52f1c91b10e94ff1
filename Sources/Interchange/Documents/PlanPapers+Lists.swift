public import Planning
import Sheets

extension PlanPapers {
    /// The official lists a document holds (the summary is a report, not a list to hand out).
    public static let officialLists: [ListKind] = [.attendees, .exhibitors, .products, .programme]

    /// The official lists `kinds` in one document, each from a new page with the heading of an
    /// administrative document, its title in capitals, the event and its dates, the table (the
    /// same rows and order as `fairplan export`, header repeated on every page), the total and
    /// the signature block. A list wider than a portrait page is set in landscape.
    public func lists(
        _ kinds: [ListKind], order: AttendeeOrder = .alphabetical, partyStatus: RegistrationStatus? = nil
    )
        -> TextDocument
    {
        let lists = PlanLists(plan: plan, attendeeOrder: order, partyStatus: partyStatus)
        var body: [DocumentBlock] = []
        for kind in kinds {
            let sheet = lists.sheet(kind, in: language)
            let natural = sheet.columns.reduce(0) { $0 + $1.widthCentimetres * 10 }
            let landscape = natural > PaperLayout.portraitWidth * 1.15
            let width = landscape ? PaperLayout.landscapeWidth : PaperLayout.portraitWidth
            body.append(.pageBreak(pageStyle: landscape ? PaperLayout.landscapeFirst : PaperLayout.first))
            body.append(heading(width: width))
            body += title(kind.title(in: language).uppercased(), summary: nil)
            body.append(
                Self.paragraph(
                    PaperLayout.Style.summary,
                    text(
                        .listEvent(event: plan.event.name, from: plan.event.firstDay, to: plan.event.lastDay))
                ))
            let scale = natural > 0 ? width / natural : 1
            let widths = sheet.columns.map { $0.widthCentimetres * 10 * scale }
            var rows = [
                DocumentTableRow(
                    sheet.columns.map { DocumentTableCell(PaperLayout.Style.tableHead, text: $0.header) })
            ]
            let iterator = sheet.rows()
            while let row = iterator.next() {
                rows.append(
                    DocumentTableRow(
                        row.enumerated().map { index, value in
                            DocumentTableCell(
                                index == 0 ? PaperLayout.Style.tableCentre : PaperLayout.Style.tableCell,
                                text: Self.cellText(value))
                        }))
            }
            body.append(
                .table(DocumentTable(columnWidths: widths, borders: .solid, headerRows: 1, rows: rows)))
            body.append(Self.paragraph(PaperLayout.Style.plain, text(.total(rows.count - 1))))
            body.append(signature(width: width, recipients: []))
        }
        let name = kinds.count == 1 ? kinds[0].title(in: language) : plan.event.name
        return document(name, body: body)
    }

    /// A cell's text as printed: days as `16/12/2026`, times of day as `08:30`.
    static func cellText(_ value: CellValue) -> String {
        switch value {
        case .date(let date):
            "\(DocumentsMessage.twoDigits(date.day))/\(DocumentsMessage.twoDigits(date.month))/\(date.year)"
        case .duration(let seconds):
            "\(DocumentsMessage.twoDigits(seconds / 3600)):\(DocumentsMessage.twoDigits(seconds % 3600 / 60))"
        default: value.plainText
        }
    }
}
