import Planning

/// What every page shows around its content: the title, the header with the portal's name, the
/// navigation of the plan (with the current page marked), the language switch and the footer.
struct PageFrame: Sendable {
    /// A link of the navigation.
    struct NavigationLink: Sendable {
        /// Where it goes.
        let href: String
        /// Its text.
        let label: String
        /// Whether it is the page shown (`aria-current="page"`).
        let current: Bool
    }

    /// The `lang` attribute of the page.
    let lang: String
    /// The document's title.
    let title: String
    /// The portal's name.
    let portalName: String
    /// Where the portal's name links to.
    let home: String
    /// The skip link's text.
    let skipToContent: String
    /// The navigation's label.
    let navigationLabel: String
    /// The plan's navigation (empty on the list of events).
    let navigation: [NavigationLink]
    /// Whether there is a navigation.
    let hasNavigation: Bool
    /// The same page in the other language.
    let otherLanguageHref: String
    /// The other language's name.
    let otherLanguageLabel: String
    /// The other language's code (`hreflang`, `lang`).
    let otherLanguageCode: String
    /// The footer.
    let footer: String
    /// Seconds after which the page loads itself again (a progress page, without script), or nil.
    var refresh: String?

    /// Which page of a plan is shown.
    enum Section: Sendable {
        /// The event.
        case event
        /// The programme.
        case programme
        /// The exhibitors.
        case exhibitors
        /// The connection points.
        case points
        /// The registration form and a submission's page.
        case registration
    }

    /// The frame of a page titled `title` in `language`; `site` gives the plan's navigation with
    /// `section` marked; `otherLanguagePath` is the page's address without the language.
    init(
        title: String, language: Language, site: PortalPaths?, section: Section?, otherLanguagePath: String,
        version: String
    ) {
        let m = { (message: PortalMessage) in message.text(language) }
        lang = language.rawValue
        self.title = "\(title) — \(m(.portalName))"
        portalName = m(.portalName)
        home = PortalPaths(site: "", language: language).link("/")
        skipToContent = m(.skipToContent)
        navigationLabel = m(.navigation)
        if let site {
            navigation = [
                NavigationLink(href: site.event, label: m(.eventPage), current: section == .event),
                NavigationLink(
                    href: site.programme(), label: m(.programmePage), current: section == .programme),
                NavigationLink(
                    href: site.exhibitors, label: m(.exhibitorsPage), current: section == .exhibitors),
                NavigationLink(href: site.points, label: m(.pointsPage), current: section == .points),
                NavigationLink(
                    href: site.registration, label: RegistrationMessage.registrationPage.text(language),
                    current: section == .registration),
            ]
        } else {
            navigation = []
        }
        hasNavigation = !navigation.isEmpty
        let other: Language = language == .vietnamese ? .english : .vietnamese
        otherLanguageHref = Self.switching(otherLanguagePath, to: other)
        otherLanguageLabel = m(.otherLanguage)
        otherLanguageCode = other.rawValue
        footer = m(.footer(version: version))
    }

    /// `path` (which may carry a query without `lang`) in `language`.
    static func switching(_ path: String, to language: Language) -> String {
        guard language != .vietnamese else { return path }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language.rawValue
    }
}
