import Planning

extension PortalMessage {
    /// The English wording.
    var englishText: String {
        let en = Language.english
        switch self {
        case .portalName: return "Fair and conference portal"
        case .skipToContent: return "Skip the navigation, go to the main content"
        case .navigation: return "Main navigation"
        case .otherLanguage: return "Tiếng Việt"
        case .eventsHeading: return "Events"
        case .eventPage: return "Event"
        case .programmePage: return "Programme"
        case .exhibitorsPage: return "Exhibitors"
        case .pointsPage: return "Connection points"
        case .organiser: return "Organiser"
        case .dates: return "Dates"
        case .place: return "Place"
        case .venue: return "Venue"
        case .exhibitorCount(let count): return count == 1 ? "1 exhibitor" : "\(count) exhibitors"
        case .sessionCount(let count): return count == 1 ? "1 session" : "\(count) sessions"
        case .pointCount(let count): return count == 1 ? "1 connection point" : "\(count) connection points"
        case .notPublished(.boothPlan): return "The booth plan is not published yet."
        case .notPublished(.programme): return "The programme is not published yet."
        case .publishedVersion(let kind, let number, let at):
            return "\(kind.name(en)): published version \(number), \(at.date.iso) \(at.time) (Vietnam time)"
        case .day(let date): return "\(date.weekday.name(en)), \(date.iso)"
        case .time: return "Time"
        case .session: return "Session"
        case .room: return "Room"
        case .chairsAndSpeakers: return "Chairs and speakers"
        case .linkedPoints: return "Connection points"
        case .programmeForPoint: return "Programme by connection point"
        case .allPoints: return "All connection points"
        case .show: return "Show"
        case .programmeAtPoint(let point): return "Programme at connection point «\(point)»"
        case .calendarDownload: return "Download the calendar (iCalendar, .ics)"
        case .frabDownload: return "Download the programme (frab XML)"
        case .floorPlan: return "Booth plan"
        case .floorPlanDescription(let event):
            return "Booth plan of «\(event)»; the booth index is in the table below."
        case .exhibitorFloorPlan(let name, let booths):
            return "Booth plan with the booths of «\(name)» marked: \(booths.joined(separator: ", "))."
        case .boothIndex: return "Booth index"
        case .booth: return "Booth"
        case .exhibitor: return "Exhibitor"
        case .province: return "Province"
        case .booths: return "Booths"
        case .productsShown: return "Products shown"
        case .allProducts: return "Every product of its organisations"
        case .organisations: return "Organisations exhibiting"
        case .backToPlan: return "Back to the booth index"
        case .pointRole: return "Role"
        case .host: return "Host"
        case .chair: return "Chair"
        case .technicalContact: return "Technical contact"
        case .delegates: return "Delegates"
        case .hallCapacity: return "Hall capacity"
        case .notNamed: return "Not named yet"
        case .noSessions: return "No session of the published programme is linked to this connection point."
        case .notFound: return "Page not found"
        case .notFoundExplanation: return "This address is not on the portal. Go back to the event's page."
        case .badRequest: return "Bad request"
        case .refusedExplanation(let status):
            switch status {
            case 400:
                return "The browser sent a request that cannot be read (a broken address or form, or a field "
                    + "over 4,000 characters). Go back, check it and send it again."
            case 403: return "Your account may not use this page; ask an administrator."
            case 405: return "This address is only for viewing (GET) or sending a form (POST)."
            case 413:
                return "What was sent is too large (a file or form over the limit). Send a smaller file."
            case 415: return "What was sent is not a form or a file this page takes."
            case 429: return "Too many submissions in a minute; wait a moment and try again."
            default: return PortalMessage.notFoundExplanation.english
            }
        case .sessionEndedHeading: return "Your session has ended"
        case .signInAgain: return "Sign in again"
        case .serverError: return "The plan could not be read; the organisers are told in the server's log."
        case .footer(let version): return "Made with FairPlan \(version)"
        case .error(.noPlans): return "No plan file to serve: name one with --plan FILE, or use --demo."
        case .error(.duplicateSlug(let slug, let paths)):
            return
                "Two plan files would share the address /\(slug): \(paths.joined(separator: ", ")); rename one."
        case .error(.templates(let reason)):
            return "The portal's page templates cannot be read (a damaged FairPlan installation?): \(reason)"
        case .error(.invalidHost(let host)):
            return
                "«\(host)» cannot be used as --host: give a host name or an IP address, for example 127.0.0.1."
        case .error(.editedMeanwhile(let field, let stored)):
            return
                "«\(field)» was changed by someone else to «\(stored)» after you opened this page; nothing was saved. The page now shows the latest values: check them and save again."
        case .error(.staleForm):
            return "The form has expired or is invalid (the page was opened before this sign-in, or was not "
                + "sent from this portal). Reload the page and try again."
        case .error(.sessionEnded):
            return "Your session has ended (you signed out in another tab, or the server restarted), so the "
                + "form was not saved. Sign in again: the form's page opens again for you to fill in and send."
        case .serving(let address, let sites):
            return "The portal is running at \(address)\n" + sites.map { "  \($0)" }.joined(separator: "\n")
        case .wouldServe(let address, let sites):
            return "Checked (--dry-run): the portal would run at \(address); nothing is listening\n"
                + sites.map { "  \($0)" }.joined(separator: "\n")
        case .howToStop: return "Press Ctrl+C to stop."
        }
    }
}
