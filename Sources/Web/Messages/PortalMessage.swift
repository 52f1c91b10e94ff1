public import Planning

/// The wording of the web portal (area: portal): navigation, headings, column names and notes of
/// its public pages, in every ``Language``.
public enum PortalMessage: Hashable, Sendable, Localizable {
    /// The portal's name, in the title bar and the header.
    case portalName
    /// The link that skips the navigation, for keyboard and screen-reader users.
    case skipToContent
    /// The label of the main navigation.
    case navigation
    /// The link to the other language («English» from Vietnamese pages, «Tiếng Việt» from English).
    case otherLanguage
    /// The heading of the list of events served.
    case eventsHeading
    /// The event's page.
    case eventPage
    /// The programme's page.
    case programmePage
    /// The exhibitors' page.
    case exhibitorsPage
    /// The connection points' page.
    case pointsPage
    /// The organiser of the event.
    case organiser
    /// When the event runs.
    case dates
    /// The province the event is held in.
    case place
    /// The venue the event is held in.
    case venue
    /// How many exhibitors hold booths in the published booth plan.
    case exhibitorCount(Int)
    /// How many sessions the published programme has.
    case sessionCount(Int)
    /// How many connection points the event has.
    case pointCount(Int)
    /// Nothing of `kind` is published yet.
    case notPublished(PublicationKind)
    /// The version of `kind` shown, and when it was published.
    case publishedVersion(PublicationKind, number: Int, at: LocalDateTime)
    /// A day of the event.
    case day(CalendarDate)
    /// The time column.
    case time
    /// The session column.
    case session
    /// The room column.
    case room
    /// The chairs and speakers column.
    case chairsAndSpeakers
    /// The connection points column.
    case linkedPoints
    /// The filter of the programme by connection point.
    case programmeForPoint
    /// Every connection point (no filter).
    case allPoints
    /// The button that applies a filter.
    case show
    /// The programme as seen from one connection point.
    case programmeAtPoint(String)
    /// The link to the programme as iCalendar.
    case calendarDownload
    /// The link to the programme as frab XML.
    case frabDownload
    /// The floor plan heading.
    case floorPlan
    /// The floor plan's text alternative.
    case floorPlanDescription(String)
    /// The text alternative of an exhibitor's floor plan: its name and booths.
    case exhibitorFloorPlan(String, booths: [String])
    /// The booth index heading.
    case boothIndex
    /// The booth column.
    case booth
    /// The exhibitor column.
    case exhibitor
    /// The province column.
    case province
    /// The booths of an exhibitor.
    case booths
    /// The products an exhibitor shows.
    case productsShown
    /// The exhibitor shows every product of its organisations.
    case allProducts
    /// The organisations sharing an exhibitor's booths.
    case organisations
    /// The link back to the plan.
    case backToPlan
    /// The role of a connection point.
    case pointRole
    /// The host of a connection point.
    case host
    /// The chair of a connection point.
    case chair
    /// The technical contact of a connection point.
    case technicalContact
    /// How many delegates attend at a connection point.
    case delegates
    /// The capacity of a connection point's hall.
    case hallCapacity
    /// Nobody is named.
    case notNamed
    /// No session is linked to a connection point.
    case noSessions
    /// A page that does not exist.
    case notFound
    /// The explanation of a page that does not exist.
    case notFoundExplanation
    /// A request the portal cannot answer (a bad parameter).
    case badRequest
    /// Why a request was refused, by its status: 400 (malformed), 403 (not allowed), 405 (a
    /// method the portal does not take), 413 (too large), 415 (not a form), 422, 429; the
    /// explanation of a page not found otherwise.
    case refusedExplanation(status: Int)
    /// The heading of the page of a staff form posted after its session ended.
    case sessionEndedHeading
    /// The link from that page to the sign-in page.
    case signInAgain
    /// A failure reading the plan; the details are in the server's log.
    case serverError
    /// Why the portal cannot start.
    case error(PortalError)
    /// The portal is listening: its address and the plans served (slug and file).
    case serving(address: String, sites: [String])
    /// `serve --dry-run`: everything checked, the portal would run at `address`; nothing listens.
    case wouldServe(address: String, sites: [String])
    /// How to stop the portal.
    case howToStop
    /// The footer: made with FairPlan and its version.
    case footer(version: String)

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
