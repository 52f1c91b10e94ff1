import Planning

/// `/`: the events the portal serves, each linking to its page.
struct EventListPage: Sendable {
    /// One event.
    struct Entry: Sendable {
        /// Its page.
        let href: String
        /// Its name.
        let name: String
        /// When it runs.
        let dates: String
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// The events, in the order served.
    let events: [Entry]

    /// The list of `plans` (slug and plan) in `language`.
    init(plans: [(slug: String, plan: Plan)], language: Language, version: String) {
        heading = PortalMessage.eventsHeading.text(language)
        frame = PageFrame(
            title: heading, language: language, site: nil, section: nil, otherLanguagePath: "/",
            version: version)
        events = plans.map { slug, plan in
            Entry(
                href: PortalPaths(site: slug, language: language).event, name: plan.event.name,
                dates: EventPage.dates(of: plan.event, in: language))
        }
    }
}
