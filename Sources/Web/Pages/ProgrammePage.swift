import Planning
import Workflow

/// `/<plan>/chuong-trinh`: the published programme by day, for every connection point or, with
/// `?diem-cau=ID`, as one point sees it, with its iCalendar and frab downloads.
struct ProgrammePage: Sendable {
    /// One session.
    struct Item: Sendable {
        /// Start and end, `08:00–09:30`.
        let time: String
        /// The title.
        let title: String
        /// The kind of session.
        let kind: String
        /// The room.
        let room: String
        /// Chairs and speakers, each with their role.
        let people: [String]
        /// The connection points linked.
        let points: [String]
    }

    /// One day's sessions.
    struct Day: Sendable {
        /// The day's heading.
        let heading: String
        /// Its sessions in time order.
        let items: [Item]
    }

    /// A choice of the connection-point filter.
    struct PointChoice: Sendable {
        /// The point's identifier (empty: every point).
        let value: String
        /// Its name.
        let label: String
        /// Whether it is the one shown.
        let selected: Bool
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// Which published version is shown.
    let note: String
    /// Whether a programme is published.
    let isPublished: Bool
    /// The days.
    let days: [Day]
    /// The column names.
    let columns: [String]
    /// The filter's label, button, form action and choices.
    let filterLabel: String
    /// The filter's button.
    let filterButton: String
    /// The form's action.
    let filterAction: String
    /// The language parameter the form must keep (empty in Vietnamese).
    let languageValue: String
    /// Whether the form must keep a language.
    let hasLanguage: Bool
    /// The choices.
    let pointChoices: [PointChoice]
    /// Whether the event has connection points to filter by.
    let hasPoints: Bool
    /// The calendar download and its label.
    let calendarHref: String
    /// The calendar link's text.
    let calendarLabel: String
    /// The frab download.
    let frabHref: String
    /// The frab link's text.
    let frabLabel: String

    /// The programme of `published` in `paths.language`, only `point`'s sessions when given.
    init(
        _ published: ReadPublishedPlan.Published, point: ConnectionPoint?, paths: PortalPaths, version: String
    ) {
        let language = paths.language
        let m = { (message: PortalMessage) in message.text(language) }
        let plan = published.plan
        heading = point.map { m(.programmeAtPoint($0.name)) } ?? m(.programmePage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: .programme,
            otherLanguagePath: PortalPaths(site: paths.site, language: .vietnamese).programme(
                point: point?.id.rawValue),
            version: version)
        let publication = PublicationNote(
            .programme, latest: published.versions[.programme], language: language)
        note = publication.text
        isPublished = publication.isPublished
        let rooms = Dictionary((plan.venue?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0.name) }) { first, _ in first }
        let people = Dictionary(plan.people.map { ($0.id, $0) }) { first, _ in first }
        let allPoints = Set(plan.connectionPoints.map(\.id))
        let scheduled = plan.sessions.compactMap { session -> (TimeRange, Session)? in
            guard let range = session.scheduledRange else { return nil }
            if let point, !session.linkedPoints.contains(point.id) { return nil }
            return (range, session)
        }
        .sorted { ($0.0.start, $0.1.room ?? "", $0.1.id) < ($1.0.start, $1.1.room ?? "", $1.1.id) }
        var days: [Day] = []
        var current: (date: CalendarDate, items: [Item])?
        for (range, session) in scheduled {
            let item = Item(
                time: "\(range.start.time)–\(range.end.time)", title: session.title,
                kind: session.kind.name(language),
                room: session.room.map { rooms[$0] ?? $0 } ?? "",
                people: session.participants.map { participant in
                    let name =
                        people[participant.person]?.displayName(language) ?? participant.person.rawValue
                    return "\(participant.role.name(language)): \(name)"
                },
                points: Set(session.linkedPoints).isSuperset(of: allPoints) && allPoints.count > 1
                    ? [m(.allPoints)] : session.linkedPoints.map { points[$0] ?? $0.rawValue })
            if current?.date == range.start.date {
                current?.items.append(item)
            } else {
                if let current { days.append(Day(heading: m(.day(current.date)), items: current.items)) }
                current = (range.start.date, [item])
            }
        }
        if let current { days.append(Day(heading: m(.day(current.date)), items: current.items)) }
        self.days = days
        columns = [m(.time), m(.session), m(.room), m(.chairsAndSpeakers), m(.linkedPoints)]
        filterLabel = m(.programmeForPoint)
        filterButton = m(.show)
        filterAction = "/\(paths.site)/chuong-trinh"
        languageValue = language == .vietnamese ? "" : language.rawValue
        hasLanguage = language != .vietnamese
        let sortedPoints = plan.connectionPoints.sorted {
            VietnameseCollation.areInIncreasingOrder($0.name, $1.name)
        }
        pointChoices =
            [PointChoice(value: "", label: m(.allPoints), selected: point == nil)]
            + sortedPoints.map {
                PointChoice(value: $0.id.rawValue, label: $0.name, selected: $0.id == point?.id)
            }
        hasPoints = !plan.connectionPoints.isEmpty
        calendarHref = paths.calendar(point: point?.id.rawValue)
        calendarLabel = m(.calendarDownload)
        frabHref = paths.frab
        frabLabel = m(.frabDownload)
    }
}
