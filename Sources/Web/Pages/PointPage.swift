import Planning
import Workflow

/// `/<plan>/diem-cau/<point>`: one connection point: its role, province, host, hall, chair and
/// technical contact, its delegates' count and the sessions of the published programme linked
/// to it.
struct PointPage: Sendable {
    /// A labelled fact.
    struct Fact: Sendable {
        /// The label.
        let label: String
        /// The value.
        let value: String
    }

    /// A linked session.
    struct Item: Sendable {
        /// Its day and time.
        let when: String
        /// Its title.
        let title: String
    }

    /// The frame.
    let frame: PageFrame
    /// The point's name.
    let heading: String
    /// The facts.
    let facts: [Fact]
    /// Whether any session is linked.
    let hasSessions: Bool
    /// The sessions' heading.
    let sessionsHeading: String
    /// The linked sessions in time order.
    let sessions: [Item]
    /// The text when no session is linked.
    let noSessions: String
    /// The point's programme and calendar.
    let programmeHref: String
    /// The programme link's text.
    let programmeLabel: String
    /// The point's calendar.
    let calendarHref: String
    /// The calendar link's text.
    let calendarLabel: String

    /// The page of `point` in `published`.
    init(
        _ point: ConnectionPoint, in published: ReadPublishedPlan.Published, paths: PortalPaths,
        version: String
    ) {
        let language = paths.language
        let m = { (message: PortalMessage) in message.text(language) }
        let plan = published.plan
        heading = point.name
        frame = PageFrame(
            title: point.name, language: language, site: paths, section: .points,
            otherLanguagePath: "/\(paths.site)/diem-cau/\(PortalPaths.encode(point.id.rawValue))",
            version: version)
        let people = Dictionary(plan.people.map { ($0.id, $0) }) { first, _ in first }
        let chair = point.chair.flatMap { people[$0]?.displayName(language) } ?? m(.notNamed)
        let contact = point.technicalContact.map { contact in
            ([contact.name, contact.position, contact.phone, contact.email] as [String?]).compactMap { $0 }
                .filter { !$0.isEmpty }.joined(separator: " · ")
        }
        facts = [
            Fact(label: m(.pointRole), value: point.role.name(language)),
            Fact(label: m(.province), value: point.province.text(language)),
            Fact(label: m(.host), value: point.host),
            Fact(label: m(.chair), value: chair),
            Fact(label: m(.technicalContact), value: contact ?? m(.notNamed)),
            Fact(label: m(.delegates), value: "\(Self.delegateCounts(plan)[point.id] ?? 0)"),
            Fact(label: m(.hallCapacity), value: "\(point.hallCapacity)"),
        ]
        sessionsHeading = m(.programmePage)
        sessions = plan.sessions.compactMap { session -> (TimeRange, Session)? in
            guard session.linkedPoints.contains(point.id), let range = session.scheduledRange else {
                return nil
            }
            return (range, session)
        }
        .sorted { ($0.0.start, $0.1.id) < ($1.0.start, $1.1.id) }
        .map { range, session in
            Item(
                when: "\(m(.day(range.start.date))), \(range.start.time)–\(range.end.time)",
                title: session.title)
        }
        hasSessions = !sessions.isEmpty
        noSessions = m(.noSessions)
        programmeHref = paths.programme(point: point.id.rawValue)
        programmeLabel = m(.programmeAtPoint(point.name))
        calendarHref = paths.calendar(point: point.id.rawValue)
        calendarLabel = m(.calendarDownload)
    }

    /// How many people attend at each connection point.
    static func delegateCounts(_ plan: Plan) -> [Identifier<ConnectionPoint>: Int] {
        var counts: [Identifier<ConnectionPoint>: Int] = [:]
        for attendance in plan.attendances {
            if case .connectionPoint(let point) = attendance.place { counts[point, default: 0] += 1 }
        }
        return counts
    }
}
