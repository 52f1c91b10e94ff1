import Planning

extension PlanPapers {
    /// The heading of an administrative document as a borderless table as wide as the text:
    /// the issuing body (the organiser, in capitals) with a short rule and the number on the
    /// left; the national name, the motto with a rule, and the place and date on the right.
    func heading(width: Double) -> DocumentBlock {
        let left = width * 0.45
        let right = width - left
        typealias Style = PaperLayout.Style
        let rule = "\u{2014}\u{2014}\u{2014}\u{2014}\u{2014}"
        let top = DocumentTableRow([
            DocumentTableCell([
                DocumentParagraph(
                    Style.agency,
                    Self.lines(
                        TextMeasure.balancedLines(
                            plan.event.organiser.uppercased(), points: 12, bold: true, width: left - 1))),
                DocumentParagraph(Style.rule, text: rule),
                DocumentParagraph(Style.number, text: text(.number(settings.number))),
            ]),
            DocumentTableCell([
                DocumentParagraph(Style.nationalName, text: text(.nationalName)),
                DocumentParagraph(Style.motto, text: text(.motto)),
                DocumentParagraph(Style.rule, text: rule + "\u{2014}\u{2014}\u{2014}"),
                DocumentParagraph(
                    Style.placeDate, text: text(.placeAndDate(place: place, date: settings.issued.date))),
            ]),
        ])
        return .table(DocumentTable(columnWidths: [left, right], borders: .none, rows: [top]))
    }

    /// Lines as one paragraph's content, with line breaks between them.
    static func lines(_ lines: [String]) -> [DocumentInline] {
        var content: [DocumentInline] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { content.append(.lineBreak) }
            content.append(.text(line))
        }
        return content
    }

    /// The title and the summary line (trích yếu) under it.
    func title(_ title: String, summary: String?) -> [DocumentBlock] {
        var blocks = [Self.paragraph(PaperLayout.Style.title, title)]
        if let summary { blocks.append(Self.paragraph(PaperLayout.Style.summary, summary)) }
        return blocks
    }

    /// The signature block: the recipients on the left («Nơi nhận:» and the lines given, then
    /// the file copy), the signing body, the signer's title, room to sign and the signer's
    /// name (or a hint) on the right.
    func signature(width: Double, recipients: [String]) -> DocumentBlock {
        typealias Style = PaperLayout.Style
        let items = ([text(.recipients)] + recipients.map { "- \($0);" } + [text(.recipientsFile)])
        let left = DocumentTableCell(
            items.enumerated().map { index, line in
                DocumentParagraph(index == 0 ? Style.recipients : Style.recipientsItem, text: line)
            })
        let name =
            settings.signer.map { DocumentParagraph(Style.signName, text: $0) }
            ?? DocumentParagraph(Style.signHint, text: text(.signatureHint))
        let right = DocumentTableCell([
            DocumentParagraph(Style.signTitle, text: text(.onBehalfOfOrganisers)),
            DocumentParagraph(
                Style.signTitle, text: (settings.signerTitle ?? text(.defaultSignerTitle)).uppercased()),
            name,
        ])
        return .table(
            DocumentTable(
                columnWidths: [width * 0.5, width * 0.5], borders: .none,
                rows: [DocumentTableRow([left, right])]))
    }
}
