public import Planning

extension PlanPapers {
    /// The exhibiting parties that get papers, in the exhibitors list's order (province, then
    /// name in Vietnamese order); withdrawn parties are left out; only `parties` when given.
    public func exhibitors(parties: Set<Identifier<ExhibitingParty>>? = nil) -> [ExhibitingParty] {
        plan.parties.filter { candidate in
            candidate.registrationStatus != .withdrawn && (parties.map { $0.contains(candidate.id) } ?? true)
        }
        .sortedVietnamese(byTexts: { [lookup.province(of: $0)?.officialName ?? "", $0.name] }, then: \.id)
    }

    /// The booths assigned to `party`, sorted.
    func booths(of party: Identifier<ExhibitingParty>) -> [String] {
        plan.boothAssignments.filter { $0.party == party }.map(\.booth).sorted()
    }

    /// A letter to each exhibitor, each on its own page: the heading, «THÔNG BÁO» on its booths,
    /// the addressee, the booths (or that none is assigned yet), the organisations sharing them,
    /// the services booked, the set-up day (the day before opening), the opening hours of each
    /// day, the place and the signature. A party with booths on a plan with a venue also gets the
    /// plan excerpt (``FloorPlanRenderer/excerpt(highlighting:)``: the halls holding its booths,
    /// its booths marked, the others greyed) as an SVG picture fitted to the text width.
    ///
    /// - Throws: ``DocumentsError/nothingToWrite(_:)`` when there is no exhibitor.
    public func exhibitorLetters(parties only: Set<Identifier<ExhibitingParty>>? = nil)
        throws(DocumentsError) -> TextDocument
    {
        let parties = exhibitors(parties: only)
        guard !parties.isEmpty else { throw .nothingToWrite(.exhibitorLetters) }
        typealias Style = PaperLayout.Style
        let width = PaperLayout.portraitWidth
        let organisations = Dictionary(plan.organisations.map { ($0.id, $0.name) }) { first, _ in first }
        let renderer = FloorPlanRenderer(plan: plan, language: language)
        var body: [DocumentBlock] = []
        var images: [DocumentImage] = []
        for (index, party) in parties.enumerated() {
            if index > 0 { body.append(.pageBreak(pageStyle: PaperLayout.first)) }
            body.append(heading(width: width))
            body += title(text(.noticeTitle), summary: text(.exhibitorAbout(event: plan.event.name)))
            body.append(
                .paragraph(
                    DocumentParagraph(
                        Style.indented, [.styled(text(.dear(party.name)), style: PaperLayout.bold)])))
            body.append(Self.paragraph(Style.body, text(.exhibitorOpening(event: plan.event.name))))
            let booths = booths(of: party.id)
            body.append(
                Self.paragraph(Style.body, booths.isEmpty ? text(.noBoothYet) : text(.boothsLine(booths))))
            if !booths.isEmpty, let excerpt = renderer.excerpt(highlighting: party.id) {
                let svg: [UInt8]
                do { svg = try SVGWriter.bytes(of: excerpt) } catch {
                    throw .pictureFailed(detail: String(describing: error))
                }
                let image = DocumentImage(name: "so-do-\(images.count + 1)", svg: svg)
                images.append(image)
                let size = Self.figureSize(width: excerpt.width, height: excerpt.height, maximumWidth: width)
                body.append(Self.paragraph(Style.figureCaption, text(.planExcerptCaption)))
                body.append(
                    .paragraph(
                        DocumentParagraph(
                            Style.figure, [.image(image.name, width: size.width, height: size.height)])))
            }
            let requests = plan.boothRequests.filter { $0.party == party.id }
            let sharing = requests.flatMap(\.sharingOrganisations).compactMap { organisations[$0] }
            if !sharing.isEmpty { body.append(Self.paragraph(Style.item, text(.sharingLine(sharing)))) }
            let services = Set(requests.flatMap(\.servicesNeeded)).sorted().map { $0.name(language) }
            if !services.isEmpty { body.append(Self.paragraph(Style.item, text(.servicesLine(services)))) }
            body.append(Self.paragraph(Style.item, text(.placeLine(venuePlace))))
            if let first = plan.event.firstDay {
                body.append(Self.paragraph(Style.item, text(.setUpLine(first.adding(days: -1)))))
            }
            if !plan.event.days.isEmpty {
                body.append(Self.paragraph(Style.item, text(.openingHeading)))
                for day in plan.event.days {
                    body.append(
                        Self.paragraph(
                            Style.programmeItem,
                            text(.openingDay(day.date, opens: day.opens, closes: day.closes))))
                }
            }
            body.append(Self.paragraph(Style.body, text(.exhibitorClosing)))
            body.append(signature(width: width, recipients: [party.name]))
        }
        return document(text(.noticeTitle) + " — " + plan.event.name, body: body, images: images)
    }

    /// The tallest a plan excerpt may be on a letter's page, in millimetres.
    static let figureMaximumHeight = 110.0

    /// A picture of `width` × `height` drawing units scaled to fill `maximumWidth` millimetres,
    /// or less when it would be taller than ``figureMaximumHeight``.
    static func figureSize(width: Double, height: Double, maximumWidth: Double) -> (
        width: Double, height: Double
    ) {
        guard width > 0, height > 0 else { return (maximumWidth, figureMaximumHeight) }
        let scale = min(maximumWidth / width, figureMaximumHeight / height)
        return ((width * scale * 10).rounded() / 10, (height * scale * 10).rounded() / 10)
    }

    /// Booth fascia boards: one A4 landscape page per booth let, in booth order, with the
    /// party's name in large capitals, its province and the booth's number.
    ///
    /// Only the boards of `only` when given.
    ///
    /// - Throws: ``DocumentsError/nothingToWrite(_:)`` when no booth is let, and
    ///   ``DocumentsError/partyHasNoBooth(party:)`` naming the first of `only` (in the exhibitors
    ///   list's order) that holds none.
    public func fasciaBoards(parties only: Set<Identifier<ExhibitingParty>>? = nil) throws(DocumentsError)
        -> TextDocument
    {
        typealias Style = PaperLayout.Style
        let chosen = exhibitors(parties: only)
        let holding = Set(plan.boothAssignments.map(\.party))
        if only != nil, let bare = chosen.first(where: { !holding.contains($0.id) }) {
            throw .partyHasNoBooth(party: bare.name)
        }
        let parties = Dictionary(chosen.map { ($0.id, $0) }) { first, _ in first }
        let boards = plan.boothAssignments.compactMap { assignment in
            parties[assignment.party].map { (booth: assignment.booth, party: $0) }
        }
        .sorted { $0.booth < $1.booth }
        guard !boards.isEmpty else { throw .nothingToWrite(.fascia) }
        var body: [DocumentBlock] = []
        for board in boards {
            body.append(.pageBreak(pageStyle: PaperLayout.fascia))
            // The name in even lines across the board (267 mm between its margins), as large as
            // lets it take 100 mm of the 180, so province and booth stay on the page.
            let name = TextMeasure.fitted(
                board.party.name.uppercased(), sizes: Style.fasciaNameSizes, bold: true, width: 265,
                height: 100)
            body.append(
                .paragraph(DocumentParagraph(Style.fasciaName(points: name.points), Self.lines(name.lines))))
            if let province = lookup.province(of: board.party) {
                body.append(Self.paragraph(Style.fasciaProvince, province.officialName))
            }
            body.append(Self.paragraph(Style.fasciaBooth, text(.fasciaBooth(board.booth))))
        }
        return document(plan.event.name, body: body)
    }
}
