import Planning

extension DocumentsMessage {
    /// The wording in English.
    var englishText: String {
        switch self {
        case .nationalName: "SOCIALIST REPUBLIC OF VIET NAM"
        case .motto: "Independence - Freedom - Happiness"
        case .number(let number): "No.: " + (number ?? "        /")
        case .placeAndDate(let place, let date):
            "\(place), \(date.day) \(Self.month(date.month)) \(date.year)"
        case .recipients: "Recipients:"
        case .recipientsAsAbove: "- As above;"
        case .recipientsFile: "- Records, organising committee."
        case .onBehalfOfOrganisers: "FOR THE ORGANISING COMMITTEE"
        case .defaultSignerTitle: "HEAD"
        case .signatureHint: "(Signature, full name and seal)"

        case .listEvent(let event, let from, let to): event + Self.englishSpan(from, to)
        case .total(let count): "Total: \(count)"

        case .invitationTitle: "INVITATION"
        case .invitationAbout(let event): "Re: attending the \(event)"
        case .invitationOpening(let organiser): "\(organiser) has the honour to invite:"
        case .addressee(let honorific, let name): "\(honorific?.name(.english) ?? "Mr/Ms") \(name)"
        case .positionLine(let position): "Position: \(position)"
        case .unitLine(let unit): "Unit: \(unit)"
        case .attendLine(let event): "To attend: \(event)."
        case .roleLine(let role): "Attending as: \(role)."
        case .timeLine(let time): "Time: \(time)."
        case .timeOnDay(let time, let date): "\(time), \(date.weekday.name(.english)) \(date.vietnamese)"
        case .placeLine(let place): "Place: \(place)."
        case .connectionPointLine(let point, let host): "Connection point: \(point) (\(host))."
        case .linkTestLine(let time): "Link test: \(time)."
        case .technicalContactLine(let name, let phone): "Technical contact: \(name), phone \(phone)."
        case .programmeHeading: "Programme:"
        case .programmeItem(let start, let end, let title): "- \(start)–\(end): \(title)"
        case .programmeDay(let date): "\(date.weekday.name(.english)) \(date.vietnamese):"
        case .notScheduled: "(not scheduled)"
        case .invitationClosing: "We look forward to welcoming you."

        case .noticeTitle: "NOTICE"
        case .exhibitorAbout(let event): "Re: your booths at the \(event)"
        case .dear(let name): "To: \(name)"
        case .exhibitorOpening(let event):
            "The organising committee of the \(event) is pleased to confirm your booths as follows:"
        case .boothsLine(let booths):
            "Booths: \(booths.joined(separator: ", ")) (\(booths.count) standard booth\(booths.count == 1 ? "" : "s"), 3 m × 3 m)."
        case .planExcerptCaption:
            "Where your booths are on the floor plan (coloured, with a bold red outline):"
        case .noBoothYet: "No booth has been assigned to you yet; the organisers will let you know."
        case .sharingLine(let names): "Organisations sharing the booths: \(names.joined(separator: "; "))."
        case .servicesLine(let services): "Services booked: \(services.joined(separator: ", "))."
        case .setUpLine(let date): "Set-up and decoration: \(date.weekday.name(.english)) \(date.vietnamese)."
        case .openingHeading: "Opening hours for visitors:"
        case .openingDay(let date, let opens, let closes):
            "- \(date.weekday.name(.english)) \(date.vietnamese): \(opens)–\(closes)"
        case .exhibitorClosing:
            "Please finish setting up before the opening and keep your booths open during opening hours."

        case .fasciaBooth(let booth): "Booth \(booth)"
        case .changesTitle: "NOTICE OF CHANGES"
        case .changesAbout(let kind, let event):
            kind == .boothPlan
                ? "Re: changes to the booth plan of the \(event)"
                : "Re: changes to the programme of the \(event)"
        case .changesOpening: "The organising committee gives notice of the following changes:"

        case .badgeRole(let role): role.name(.english).uppercased()

        case .error(let error): Self.english(error)
        }
    }

    /// An error in English.
    private static func english(_ error: DocumentsError) -> String {
        switch error {
        case .missingStyle(let reference, let name):
            "The document uses the \(reference.rawValue) style «\(name)» but does not define it."
        case .nothingToWrite(let kind):
            switch kind {
            case .invitations, .badges: "The plan has no delegates yet: nothing to print, no file written."
            case .exhibitorLetters: "The plan has no exhibitors yet: nothing to print, no file written."
            case .fascia: "No booth is assigned yet: no fascia board to print, no file written."
            case .notices: "There are no changes to give notice of: no file written."
            case .lists: "There is no list to print: no file written."
            }
        case .partyHasNoBooth(let party):
            "«\(party)» holds no booth yet: there is no fascia board of theirs to print, no file written. "
                + "Allocate booths (fairplan allocate) or give one (fairplan move) first."
        case .libreOfficeMissing:
            "PDF needs LibreOffice (the soffice command was not found). Install it: sudo apt-get install "
                + "libreoffice-writer-nogui (Debian/Ubuntu) or brew install --cask libreoffice (macOS); "
                + "or use --format odt."
        case .conversionFailed(let file, let detail):
            "LibreOffice did not convert «\(file)» to PDF: \(detail)"
        case .unknownList(let name):
            "There is no list «\(name)»: choose attendees, exhibitors, products or programme."
        case .noticesNeedPlanFile:
            "Change notices need a plan file with published versions (--plan), not a sample."
        case .unpublishedVersion(let option, let kind, let number, let published):
            "\(option) \(number): the \(kind.name(.english).lowercased()) has no published version \(number) "
                + (published.map {
                    "(published: \($0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)"))."
                }
                    ?? "(nothing published yet).")
        case .versionsOutOfOrder(let from, let to):
            "--from \(from) comes after --to \(to): notices run from an earlier published version to a later one."
        case .optionNotTaken(let option, let kind): "The option \(option) does not apply to \(kind.rawValue)."
        case .pictureFailed(let detail): "The floor plan picture for the paper could not be drawn: \(detail)"
        case .extensionOfAnotherFormat(let format, let written):
            "The paper is written as \(format.rawValue) but the file name ends in .\(written); programs opening it "
                + "by its extension would fail. Name it .\(format.rawValue) or choose --format \(written)."
        }
    }

    /// «, from 16/12/2026 to 18/12/2026», «, on 16/12/2026» or nothing.
    static func englishSpan(_ from: CalendarDate?, _ to: CalendarDate?) -> String {
        guard let from else { return "" }
        guard let to, to != from else { return ", on \(from.vietnamese)" }
        return ", from \(from.vietnamese) to \(to.vietnamese)"
    }

    /// The English name of a month (1–12).
    static func month(_ month: Int) -> String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return names.indices.contains(month - 1) ? names[month - 1] : String(month)
    }
}
