public import Planning

extension PlanPapers {
    /// The most programme lines an invitation lists, so that each letter stays on one page.
    static let programmeLines = 12

    /// Invitation letters (giấy mời), one per delegate in Vietnamese alphabetical order, each on
    /// its own page: the heading, «GIẤY MỜI» and its summary, the addressee with honorific
    /// («Ông/Bà» when not known), position and unit, the event, the role, the time (the first
    /// session the delegate follows, or the first day's opening), the place or the connection
    /// point with its link test and technical contact, a programme summary, and the signature.
    ///
    /// - Throws: ``DocumentsError/nothingToWrite(_:)`` when no one attends (from `point`).
    public func invitations(point: Identifier<ConnectionPoint>? = nil) throws(DocumentsError) -> TextDocument
    {
        let delegates = delegates(point: point)
        guard !delegates.isEmpty else { throw .nothingToWrite(.invitations) }
        var body: [DocumentBlock] = []
        for (index, delegate) in delegates.enumerated() {
            if index > 0 { body.append(.pageBreak(pageStyle: PaperLayout.first)) }
            body += invitation(delegate)
        }
        return document(text(.invitationTitle) + " — " + plan.event.name, body: body)
    }

    /// One invitation letter.
    func invitation(_ delegate: Delegate) -> [DocumentBlock] {
        typealias Style = PaperLayout.Style
        let person = delegate.person
        let width = PaperLayout.portraitWidth
        var body = [heading(width: width)]
        body += title(text(.invitationTitle), summary: text(.invitationAbout(event: plan.event.name)))
        body.append(Self.paragraph(Style.body, text(.invitationOpening(organiser: plan.event.organiser))))
        body.append(
            .paragraph(
                DocumentParagraph(
                    Style.indented,
                    [
                        .styled(
                            text(.addressee(honorific: person.honorific, name: person.name.fullName)),
                            style: PaperLayout.bold)
                    ]
                )))
        if let position = person.position {
            body.append(Self.paragraph(Style.indented, text(.positionLine(position))))
        }
        if let unit = person.unit ?? person.organisation.flatMap({ lookup.organisation($0)?.name }) {
            body.append(Self.paragraph(Style.indented, text(.unitLine(unit))))
        }
        body.append(Self.paragraph(Style.item, text(.attendLine(event: plan.event.name))))
        body.append(Self.paragraph(Style.item, text(.roleLine(delegate.attendance.role.name(language)))))
        let sessions = sessions(for: delegate.point)
        let firstStart = sessions.compactMap(\.start).min()
        if let start = firstStart {
            body.append(Self.paragraph(Style.item, text(.timeLine(text(.timeOnDay(start.time, start.date))))))
        } else if let day = plan.event.days.first {
            body.append(Self.paragraph(Style.item, text(.timeLine(text(.timeOnDay(day.opens, day.date))))))
        }
        if let point = delegate.point {
            body.append(
                Self.paragraph(Style.item, text(.connectionPointLine(point: point.name, host: point.host))))
            // The staff test the link before the point's first linked session of each day.
            let tests = point.firstLinkedOfEachDay(sessions, start: \.start, linked: \.linkedPoints)
                .compactMap(\.start).map { $0.adding(minutes: -point.linkTestLeadMinutes) }
            if !tests.isEmpty {
                let times = tests.map { text(.timeOnDay($0.time, $0.date)) }.joined(separator: "; ")
                body.append(Self.paragraph(Style.item, text(.linkTestLine(times))))
            }
            if let contact = point.technicalContact, let phone = contact.phone {
                body.append(
                    Self.paragraph(
                        Style.item,
                        text(
                            .technicalContactLine(
                                name: contact.name, phone: PhoneNumber(phone)?.description ?? phone))))
            }
        } else {
            body.append(Self.paragraph(Style.item, text(.placeLine(venuePlace))))
        }
        if !sessions.isEmpty {
            body.append(Self.paragraph(Style.item, text(.programmeHeading)))
            // Over several days, each day's sessions under the day.
            let severalDays = Set(sessions.compactMap { $0.start?.date }).count > 1
            var day: CalendarDate?
            for session in sessions.prefix(Self.programmeLines) {
                if severalDays, let date = session.start?.date, date != day {
                    day = date
                    body.append(Self.paragraph(Style.item, text(.programmeDay(date))))
                }
                if let range = session.scheduledRange {
                    body.append(
                        Self.paragraph(
                            Style.programmeItem,
                            text(
                                .programmeItem(
                                    start: range.start.time, end: range.end.time, title: session.title))))
                } else {
                    body.append(
                        Self.paragraph(Style.programmeItem, "- \(session.title) \(text(.notScheduled))"))
                }
            }
            if sessions.count > Self.programmeLines { body.append(Self.paragraph(Style.programmeItem, "…")) }
        }
        body.append(Self.paragraph(Style.body, text(.invitationClosing(honorific: person.honorific))))
        body.append(
            signature(
                width: width,
                recipients: [text(.addressee(honorific: person.honorific, name: person.name.fullName))]))
        return body
    }
}
