public import Planning

extension PlanPapers {
    /// Change notices of the booth plan: one page per exhibitor the changes concern (only
    /// `parties` when given), addressed to it, with the changes that concern it, one per line.
    ///
    /// - Throws: ``DocumentsError/nothingToWrite(_:)`` when the changes concern no exhibitor.
    public func boothNotices(_ changes: BoothPlanChanges, parties: Set<Identifier<ExhibitingParty>>? = nil)
        throws(DocumentsError) -> TextDocument
    {
        let pages = exhibitors(parties: parties).compactMap { exhibitor -> (String, String)? in
            let concerning = changes.concerning(exhibitor.id)
            return concerning.isEmpty ? nil : (exhibitor.name, concerning.rendered(in: language))
        }
        return try notices(pages, kind: .boothPlan)
    }

    /// Change notices of the programme: one page per connection point the changes concern (only
    /// `point` when given), addressed to its host, with the changes that concern it.
    ///
    /// - Throws: ``DocumentsError/nothingToWrite(_:)`` when the changes concern no point.
    public func programmeNotices(_ changes: ProgrammeChanges, point: Identifier<ConnectionPoint>? = nil)
        throws(DocumentsError) -> TextDocument
    {
        let points = plan.connectionPoints.filter { candidate in point.map { candidate.id == $0 } ?? true }
        let pages = points.compactMap { point -> (String, String)? in
            let concerning = changes.concerning(point.id)
            return concerning.isEmpty
                ? nil : ("\(point.host) (\(point.name))", concerning.rendered(in: language))
        }
        return try notices(pages, kind: .programme)
    }

    /// One notice per addressee, each from a new page.
    func notices(_ pages: [(addressee: String, changes: String)], kind: PublicationKind)
        throws(DocumentsError)
        -> TextDocument
    {
        guard !pages.isEmpty else { throw .nothingToWrite(.notices) }
        typealias Style = PaperLayout.Style
        let width = PaperLayout.portraitWidth
        var body: [DocumentBlock] = []
        for (index, page) in pages.enumerated() {
            if index > 0 { body.append(.pageBreak(pageStyle: PaperLayout.first)) }
            body.append(heading(width: width))
            body += title(text(.changesTitle), summary: text(.changesAbout(kind, event: plan.event.name)))
            body.append(
                .paragraph(
                    DocumentParagraph(
                        Style.indented, [.styled(text(.dear(page.addressee)), style: PaperLayout.bold)])))
            body.append(Self.paragraph(Style.body, text(.changesOpening)))
            for line in page.changes.split(separator: "\n") {
                let trimmed = line.drop { $0 == " " }
                body.append(
                    Self.paragraph(
                        trimmed.count < line.count ? Style.indented : Style.plain,
                        Self.unbrokenCodes(String(trimmed))))
            }
            body.append(signature(width: width, recipients: [page.addressee]))
        }
        return document(text(.changesTitle) + " — " + plan.event.name, body: body)
    }
}
