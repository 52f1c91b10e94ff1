import Planning
import Workflow

/// `/<plan>`: the event, who organises it, when and where, what is published, and the way to
/// its programme, exhibitors and connection points.
struct EventPage: Sendable {
    /// A labelled fact.
    struct Fact: Sendable {
        /// The label.
        let label: String
        /// The value.
        let value: String
    }

    /// A link to a part of the event.
    struct Section: Sendable {
        /// Where it goes.
        let href: String
        /// Its name.
        let label: String
        /// What it holds.
        let summary: String
    }

    /// The frame.
    let frame: PageFrame
    /// The event's name.
    let heading: String
    /// Organiser, dates, place, venue.
    let facts: [Fact]
    /// The published versions shown.
    let notes: [String]
    /// Programme, exhibitors, connection points (those the event has).
    let sections: [Section]

    /// The page of `published` in `language`.
    init(_ published: ReadPublishedPlan.Published, paths: PortalPaths, version: String) {
        let language = paths.language
        let m = { (message: PortalMessage) in message.text(language) }
        let plan = published.plan
        heading = plan.event.name
        frame = PageFrame(
            title: plan.event.name, language: language, site: paths, section: .event,
            otherLanguagePath: "/\(paths.site)", version: version)
        var facts = [
            Fact(label: m(.organiser), value: plan.event.organiser),
            Fact(label: m(.dates), value: Self.dates(of: plan.event, in: language)),
            Fact(label: m(.place), value: plan.event.province.text(language)),
        ]
        if let venue = plan.venue { facts.append(Fact(label: m(.venue), value: venue.name)) }
        self.facts = facts
        notes = PublicationKind.allCases.map {
            PublicationNote($0, latest: published.versions[$0], language: language).text
        }
        let exhibitors = Set(plan.boothAssignments.map(\.party)).count
        sections = [
            Section(
                href: paths.programme(), label: m(.programmePage),
                summary: m(.sessionCount(plan.sessions.count))),
            Section(
                href: paths.exhibitors, label: m(.exhibitorsPage), summary: m(.exhibitorCount(exhibitors))),
            Section(
                href: paths.points, label: m(.pointsPage),
                summary: m(.pointCount(plan.connectionPoints.count))),
        ]
    }

    /// The event's days: one day, or the first and the last.
    static func dates(of event: Event, in language: Language) -> String {
        guard let first = event.firstDay, let last = event.lastDay else { return "" }
        let text = { (date: CalendarDate) in language == .vietnamese ? date.vietnamese : date.iso }
        return first == last ? text(first) : "\(text(first)) – \(text(last))"
    }
}
