public import Planning
import Sheets

extension PlanPapers {
    /// The official lists a document holds (the summary is a report, not a list to hand out).
    public static let officialLists: [ListKind] = [.attendees, .exhibitors, .products, .programme]

    /// The official lists that have at least one row, in ``officialLists`` order (all of them when
    /// none has): a conference prints no empty list of exhibitors and products, a fair none of
    /// delegates when it has none.
    public func listsWithRows(partyStatus: RegistrationStatus? = nil) -> [ListKind] {
        let lists = PlanLists(plan: plan, attendeeOrder: .alphabetical, partyStatus: partyStatus)
        let filled = Self.officialLists.filter { lists.sheet($0, in: language).rows().next() != nil }
        return filled.isEmpty ? Self.officialLists : filled
    }

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
            let headers = sheet.columns.map(\.header)
            var texts: [[String]] = []
            let iterator = sheet.rows()
            while let row = iterator.next() {
                texts.append(row.map { Self.unbrokenCodes(Self.cellText($0)) })
            }
            let least = Self.leastWidths(headers: headers, rows: texts)
            let longest = Self.longestWidths(headers: headers, rows: texts, least: least)
            let natural = sheet.columns.map { $0.widthCentimetres * 10 }
            let landscape =
                natural.reduce(0, +) > PaperLayout.portraitWidth * 1.15
                || least.reduce(0, +) > PaperLayout.portraitWidth
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
            let widths = Self.columnWidths(least: least, longest: longest, width: width)
            var rows = [
                DocumentTableRow(headers.map { DocumentTableCell(PaperLayout.Style.tableHead, text: $0) })
            ]
            for row in texts {
                rows.append(
                    DocumentTableRow(
                        row.enumerated().map { index, value in
                            DocumentTableCell(
                                index == 0 ? PaperLayout.Style.tableCentre : PaperLayout.Style.tableCell,
                                text: value)
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

    /// The size of the lists' table text, in points, and a cell's padding on each side, in
    /// millimetres (with a little room for the rule).
    static let tablePoints = 11.0
    static let cellPadding = 1.25

    /// The narrowest each column may be so that no word of its header (bold) or cells is broken:
    /// its widest word with the cell's padding, at most a third of a landscape page (a longer
    /// word, an e-mail address, breaks rather than crowd every other column).
    static func leastWidths(headers: [String], rows: [[String]]) -> [Double] {
        headers.indices.map { column in
            var widest = TextMeasure.widestWord(headers[column], points: tablePoints, bold: true)
            for row in rows where column < row.count {
                widest = max(widest, TextMeasure.widestWord(row[column], points: tablePoints))
            }
            return min(widest + 2 * cellPadding, PaperLayout.landscapeWidth / 3)
        }
    }

    /// What each column needs to set each line of its cells whole (at least its least width).
    static func longestWidths(headers: [String], rows: [[String]], least: [Double]) -> [Double] {
        headers.indices.map { column in
            rows.reduce(least[column]) { widest, row in
                guard column < row.count else { return widest }
                let lines = row[column].split(whereSeparator: \.isNewline)
                let line = lines.reduce(0) { max($0, TextMeasure.width(String($1), points: tablePoints)) }
                return max(widest, line + 2 * cellPadding)
            }
        }
    }

    /// The columns' widths filling `width`, as a browser lays out a table: when every column's
    /// longest line fits, those widths and the room left shared in their proportion; else each
    /// column's least width (no word broken) and the room left shared in proportion to what more
    /// each would take to set its lines whole; when even the least widths do not fit, those in
    /// proportion.
    static func columnWidths(least: [Double], longest: [Double], width: Double) -> [Double] {
        let leastTotal = least.reduce(0, +)
        let longestTotal = longest.reduce(0, +)
        if longestTotal <= width {
            return longest.map { $0 + (width - longestTotal) * $0 / max(longestTotal, 1) }
        }
        guard leastTotal < width else { return least.map { $0 * width / max(leastTotal, 1) } }
        let wanting = zip(longest, least).map { max(0, $0 - $1) }
        let wanted = wanting.reduce(0, +)
        return zip(least, wanting).map { $0 + (width - leastTotal) * $1 / max(wanted, 1) }
    }

    /// `text` with the hyphens inside codes (a word holding a digit: «B-30», «9991000259-001»,
    /// «1382/QĐ-UBND») made non-breaking (U+2011), so a line breaks after «B-29, » and never
    /// inside «B-30». Hyphens in names are left as written.
    static func unbrokenCodes(_ text: String) -> String {
        guard text.contains("-") else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard word.contains("-"), word.contains(where: \.isNumber) else { return String(word) }
            return String(word.map { $0 == "-" ? "\u{2011}" : $0 })
        }.joined(separator: " ")
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
