extension PlanningMessage {
    /// The message in English.
    var englishText: String {
        switch self {
        case .severity(let severity): Self.en(severity)
        case .subjectKind(let kind): Self.en(kind)
        case .subject(let kind, let label, let id): "\(Self.en(kind)) «\(label)» (\(id))"
        case .entityNoun(let kind): Self.en(kind)
        case .organisationKind(let kind): Self.en(kind)
        case .sector(let sector): Self.en(sector)
        case .registrationStatus(let status): Self.en(status)
        case .boothState(let state): Self.en(state)
        case .boothKind(let kind): Self.en(kind)
        case .boothService(let service): Self.en(service)
        case .roomLayout(let layout): Self.en(layout)
        case .agendaKind(let kind): Self.en(kind)
        case .eventKind(let kind): Self.en(kind)
        case .attendanceRole(let role): Self.en(role)
        case .participantRole(let role): Self.en(role)
        case .connectionPointRole(let role): Self.en(role)
        case .connectionPointRoleShort(let role): role == .main ? "Main" : "Satellite"
        case .issuingLevel(let level): Self.en(level)
        case .certificateStatus(let status): Self.en(status)
        case .publicationKind(let kind): Self.en(kind)
        case .honorific(let honorific): Self.en(honorific)
        case .productCategory(let category): Self.en(category)
        case .provinceKind(let kind): kind == .province ? "Province" : "Centrally governed city"
        case .provinceScheme(let scheme):
            scheme == .y2025
                ? "34 provincial units (from 01/07/2025)" : "63 provincial units (before 01/07/2025)"
        case .weekday(let weekday): Self.en(weekday)
        case .formerProvince(let current, let former): "\(current) (formerly \(former))"
        case .unknownProductSet(let number): "Product set no. \(number)"
        case .unknownLegacyGroup(let number): "Subgroup no. \(number)"
        case .rectangle(let width, let depth, let x, let y):
            "\(width.formattedMetres)×\(depth.formattedMetres) m at (\(x.formattedMetres), \(y.formattedMetres))"

        case .entityNotFound(let kind, let written, let suggestions):
            "No \(Self.en(kind)) «\(written)» in the plan."
                + (suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: "; "))?")
        case .entityAmbiguous(let kind, let written, let candidates):
            "«\(written)» matches \(candidates.count) \(Self.plural(kind)): "
                + "\(candidates.joined(separator: "; ")); write the identifier (id)"
                + (kind == .organisation
                    ? " or the registration code (HTX/tax number)."
                    : PlanningMessage.sameNames(candidates) ? "." : " or the full name.")
        case .registrationMoveRefused(let from, let to):
            "Cannot move a registration from \(Self.en(from).lowercased()) to \(Self.en(to).lowercased()): "
                + (from.allowedNext.isEmpty
                    ? "a withdrawn registration is final; a party that wants to take part again must register anew"
                    : "it can only become "
                        + Self.alternatives(from.allowedNext.map { Self.en($0).lowercased() }))
                + "."
        case .undecodableRegistrationCode(let text): "Invalid registration code: \(text)"
        case .undecodableDate(let text): "Not an ISO 8601 calendar date (YYYY-MM-DD): \(text)"

        case .eventWithoutDays: "The event has no days yet."
        case .eventInvertedHours(let date, let opens, let closes):
            "On \(date.vietnamese) the closing time \(closes) is not after the opening time \(opens)."
        case .eventDuplicateDay(let date, let count): "Day \(date.vietnamese) is listed \(count) times."
        case .malformedPhone(let phone, let contact):
            "Phone number «\(phone)» of \(contact) is not a Vietnamese number (10 digits for a mobile, 11 for a landline)."
        case .malformedEmail(let email, let contact): "E-mail address «\(email)» of \(contact) is not valid."
        case .unknownProvince(let written, let suggestions):
            "Unknown province or city «\(written)»."
                + (suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?")

        case .malformedRegistrationCode(let written):
            "Registration code «\(written)» is not valid: it needs 10 digits, and a branch adds '-NNN'."
        case .missingRegistrationCode(let kind):
            "This \(Self.en(kind).lowercased()) has no registration code (cooperative or tax code)."
        case .tooFewMembers(let kind, let members, let minimum):
            "This \(Self.en(kind).lowercased()) has \(Self.count(members, "member", "members")); "
                + "the law requires at least \(minimum)."
        case .nameDoesNotMatchKind(let name, let prefix):
            "The name «\(name)» does not start with «\(prefix)» as the declared kind requires."
        case .sectorDoesNotMatchKind(let sector, let kind):
            "Sector «\(Self.en(sector))» does not match kind «\(Self.en(kind))»: "
                + "the credit sector is for people's credit funds only."
        case .unknownMemberOrganisation(let member): "Member organisation «\(member)» is not registered."
        case .duplicateRegistrationCode(let code, let otherName, let otherID):
            "Registration code \(code) is the same as that of «\(otherName)» (\(otherID)): registered twice."
        case .possibleDuplicateOrganisation(let otherName, let otherID):
            "Same name and province as «\(otherName)» (\(otherID)): check whether it is registered twice."

        case .unknownProductOwner(let owner): "The product's owner «\(owner)» is not registered."
        case .unclassifiedProduct: "The product has no OCOP product set or group."
        case .duplicateProduct(let otherName, let otherID):
            "Same product as «\(otherName)» (\(otherID)) of the same owner."
        case .starsOutOfRange(let stars): "\(stars) stars is not an OCOP rating (only 3, 4 or 5 stars)."
        case .certificateNotYetValid(let number, let date, let firstDay):
            "Decision \(number) of \(date.vietnamese) is dated after the opening day \(firstDay.vietnamese): "
                + "it is not yet in force."
        case .certificateExpired(let number, let date, let invalidFrom):
            "The OCOP certificate (\(number) of \(date.vietnamese)) is no longer valid from "
                + "\(invalidFrom.vietnamese): it must be renewed before the product is shown as OCOP."
        case .certificateExpiresDuringEvent(let number, let date, let validUntil):
            "The OCOP certificate (\(number) of \(date.vietnamese)) is valid only until "
                + "\(validUntil.vietnamese), during the event."
        case .certificateRenewalDue(let validUntil):
            "The OCOP certificate is valid until \(validUntil.vietnamese): remind the owner to have it renewed."
        case .issuingLevelMismatch(let stars, let date, let expected, let actual):
            "A \(stars)-star product decided on \(date.vietnamese) is recognised at \(Self.en(expected)), "
                + "but \(Self.en(actual)) is written."
        case .malformedDecisionNumber(let number):
            "Decision number «\(number)» does not look like '2919/QĐ-UBND'."
        case .criteriaBasisMismatch(let classification, let basis):
            "Classification «\(classification.name(.english))» does not belong to the criteria of \(basis)."

        case .personWithoutName: "The person has no given name."
        case .birthDateImplausible(let date, let firstDay, let years):
            "The date of birth \(date.vietnamese) is implausible: it must come before the opening day "
                + "\(firstDay.vietnamese) and no more than \(years) years before it; the year is probably mistyped."
        case .unknownPersonOrganisation(let organisation): "Organisation «\(organisation)» is not registered."
        case .duplicatePerson(let otherName, let otherID):
            "Same person as «\(otherName)» (\(otherID)): same phone number or e-mail address."
        case .unknownAttendee(let person): "Person «\(person)» is not registered."
        case .unknownAttendancePoint(let point): "Connection point «\(point)» is not declared."
        case .duplicateAttendance: "The person is listed twice among the delegates."

        case .unknownPartyOrganisation(let organisation):
            "The party's organisation «\(organisation)» is not registered."
        case .partyWithoutRequest: "The party has not requested any booth."
        case .unknownRequestParty(let party): "Party «\(party)» is not registered."
        case .invalidBoothCount(let wanted): "Booths requested must be at least 1 (is \(wanted))."
        case .unknownSharingOrganisation(let organisation):
            "Organisation «\(organisation)» sharing the booth is not registered."
        case .sharingOutsideProvince(let organisation, let province):
            "«\(organisation)» is in \(province.text(.english)), not in the province of the provincial pavilion."
        case .unknownRequestProduct(let product): "Product «\(product)» is not registered."
        case .productOwnerNotSharing(let product):
            "The owner of «\(product)» is not among the organisations sharing the booth."
        case .coldChainNotRequested: "Fresh food is shown but neither water nor cold storage is requested."
        case .organisationInTwoParties(let parties):
            "Registered with several parties: \(parties.joined(separator: "; "))."
        case .demandExceedsVenue(let demand, let supply):
            "\(Self.count(demand, "booth", "booths")) requested, but the venue has only \(supply): "
                + "\(demand - supply) will go on the waiting list."

        case .duplicateHall(let id, let count): "Hall id «\(id)» is used \(count) times."
        case .duplicateRoom(let id, let count): "Room id «\(id)» is used \(count) times."
        case .duplicateBoothCode(let code, let count): "Booth code «\(code)» appears \(count) times."
        case .degenerateBooth(let rect): "The booth has an invalid size: \(rect.text(.english))."
        case .boothInUnknownHall(let hall): "The booth is in hall «\(hall)», which the venue does not have."
        case .boothOutsideHall(let rect, let hallName, let width, let depth):
            "The booth (\(rect.text(.english))) lies outside \(hallName) "
                + "(\(width.formattedMetres)×\(depth.formattedMetres) m)."
        case .overlappingBooths(let booth, let other): "Booth \(booth) overlaps booth \(other)."
        case .roomWithoutCapacity: "The room has no capacity (number of seats)."
        case .unknownZone(let zone): "The booth is in zone «\(zone)», which the venue does not have."
        case .boothInAisle(let booth, let aisle): "Booth \(booth) encroaches on aisle «\(aisle)»."
        case .zoneWithoutBooths(let zone): "Zone «\(zone)» has no booths."
        case .featureOutsideHall(let feature, let id, let hall):
            "\(Self.en(feature)) «\(id)» lies outside hall «\(hall)», or that hall does not exist."
        case .assignmentToUnknownBooth(let booth): "Booth «\(booth)» is not on the venue's plan."
        case .boothAssignedTwice(let parties):
            "The booth is assigned to several parties: \(parties.joined(separator: "; "))."
        case .blockedBoothAssigned: "The booth is not to be let but has been assigned."
        case .boothCountMismatch(let wanted, let assigned):
            "\(Self.count(wanted, "booth", "booths")) requested, \(assigned) assigned."
        case .missingBoothService(let services, let party):
            "The booth lacks \(services.map { Self.en($0).lowercased() }.joined(separator: ", ")), "
                + "which «\(party)» needs."
        case .boothsNotContiguous(let booths):
            "Booths \(booths.joined(separator: ", ")) do not form one block."

        case .mainPointNotLinked(let main):
            "The session is linked to satellite points but not to the main point «\(main)», which sends it; the "
                + "main point belongs among its links (so link tests and invitations come out right)."
        case .mainConnectionPointCount(let count):
            "A hybrid conference needs exactly one main connection point (has \(count))."
        case .availabilityOutsideEvent(let span):
            "The availability \(span.description) meets no day's opening hours of the event; the date is probably "
                + "mistyped."
        case .missingTechnicalContact:
            "The connection point has no technical contact with a valid phone number."
        case .unknownChair(let chair): "Chair «\(chair)» is not registered."
        case .connectionPointOverCapacity(let attendees, let capacity):
            "\(Self.count(attendees, "delegate attends", "delegates attend")) at the connection point, "
                + "whose hall seats only \(capacity)."
        case .invalidDuration: "The duration must be more than 0 minutes."
        case .longerThanEveryDay(let minutes, let longestDay):
            "The session is \(minutes) minutes long, longer than the event's longest day (\(longestDay) minutes "
                + "of opening hours): it fits on no day. Shorten it or split it into several sessions."
        case .timingOutsideEvent(.fixed(let start), let minutes):
            "The fixed start \(start) (for a session of \(minutes) minutes) lies outside the event's days and "
                + "opening hours: it cannot be scheduled. Change the start (--fixed) to fit the event's days and hours."
        case .timingOutsideEvent(.window(let window), let minutes):
            "The window \(window) holds no \(minutes) minutes of the event's days and opening hours: it cannot "
                + "be scheduled. Change the window (--window) to fit the event's days and hours."
        case .timingOutsideEvent(.free, _): "The session may go anywhere in the event's opening hours."
        case .orderCycle(let sessions):
            "The sessions must follow one another round in a circle: "
                + (sessions + sessions.prefix(1)).map { "«\($0)»" }.joined(separator: " → ")
                + " (each after the one before): none can ever start. Drop one of the --after conditions."
        case .severalAtOneEnd(let last, let sessions):
            "Several sessions must each run \(last ? "last (--last)" : "first (--first)"): "
                + sessions.map { "«\($0)»" }.joined(separator: ", ")
                + "; only one can. Keep \(last ? "--last" : "--first") on one session and order the others "
                + "with --after."
        case .firstAndLast(let session):
            "Session «\(session)» must run both first (--first) and last (--last) beside other sessions: "
                + "impossible. Drop --first or --last (when editing: --no-first or --no-last)."
        case .firstAfter(let session, let predecessor):
            "Session «\(session)» must run first (--first) but also after «\(predecessor)» (--after): "
                + "impossible. Drop one of the two: --first (when editing: --no-first), or «\(predecessor)» from --after."
        case .afterLast(let session, let last):
            "Session «\(session)» must run after «\(last)» (--after), but «\(last)» must run last (--last): "
                + "impossible. Drop one of the two: --last of «\(last)» (when editing: --no-last), or «\(last)» from the --after of «\(session)»."
        case .unknownSessionReference(let kind, let id):
            "Refers to \(Self.en(kind)) «\(id)», which is not registered."
        case .unscheduledSession: "The session is not scheduled yet."
        case .connectionPointUnavailable(let point, let range): "\(point) is not available during \(range)."
        case .unknownRoom(let room): "Room «\(room)» is not in the venue."
        case .roomTooSmall(let room, let capacity, let audience):
            "\(room) seats \(capacity); the session needs \(audience) seats."
        case .roomWithoutVideoLink(let room):
            "The session links connection points, but \(room) has no video-conference equipment."
        case .sessionOutsideHours(let range): "The session (\(range)) is outside the event's opening hours."
        case .fixedTimeMoved(let fixed, let scheduled):
            "The session is fixed at \(fixed) but scheduled at \(scheduled)."
        case .outsideWindow(let window, let scheduled):
            "The session must lie within \(window); it is scheduled \(scheduled)."
        case .roomDoubleBooked(let room, let first, let second):
            "Room «\(room)» holds two sessions at once: «\(first)» and «\(second)»."
        case .personDoubleBooked(let person, let first, let second):
            "\(person) is in two sessions at once: «\(first)» and «\(second)»."
        case .connectionPointDoubleBooked(let point, let first, let second):
            "\(point) is linked to two sessions at once: «\(first)» and «\(second)»."
        case .sessionMustBeFirst(let earlier):
            "Wrong order: the session must come before every other session (end before any other starts), but «\(earlier)» starts before it ends."
        case .sessionMustBeLast(let later):
            "Wrong order: the session must come after every other session (start once all others have ended), but «\(later)» ends after it starts."
        case .sessionMustFollow(let session): "Wrong order: the session must come after «\(session)»."
        case .linkTestLeadTime(let minutes, let sessionStart, let availableFrom):
            "The link test needs \(minutes) minutes before \(sessionStart), "
                + "but the connection point is not available from \(availableFrom)."

        case .summaryEventLine(let kind, let organiser, let province, let firstDay, let lastDay):
            "\(Self.en(kind)) · \(organiser) · \(province) · "
                + "\(Self.daySpan(firstDay, lastDay) ?? "no dates yet") (Vietnam time, UTC+07:00)"
        case .summaryOrganisationsHeading(let total):
            "ORGANISATIONS REGISTERED BY PROVINCE AND KIND (\(Self.count(total, "organisation", "organisations")))"
        case .summaryProductsHeading(let total):
            "PRODUCTS BY GROUP (\(Self.count(total, "product", "products")))"
        case .summaryInvalidCertificates(let count):
            "OCOP certificates no longer valid on the opening day: \(Self.count(count, "product", "products"))"
        case .summaryClustersHeading: "BOOTH REGISTRATIONS BY EMULATION CLUSTER"
        case .summaryBoothsRequested(let requested, let available):
            "Booths requested in all: \(requested); the venue has \(available) booths to let."
        case .summaryStandardBoothsRequested(let requested):
            "Booths requested in all: \(Self.count(requested, "standard booth", "standard booths")) (3 m × 3 m)."
        case .summaryConferenceHeading: "CONNECTION POINTS AND PROGRAMME"
        case .summaryFindingsHeading(let errors, let warnings, let notes):
            "CHECK RESULTS: \(Self.count(errors, "error", "errors")), "
                + "\(Self.count(warnings, "warning", "warnings")), \(Self.count(notes, "note", "notes"))"
        case .noProblemsFound: "No problems found."
        case .severityGroup(let severity, let count): "\(Self.plural(severity)) (\(count)):"
        case .moreItems(let count): "… and \(count) more."
        case .starRating(let stars): Self.count(stars, "star", "stars")
        case .notRecognised: "Not (yet) recognised"
        case .unclassified: "Unclassified"
        case .otherCluster: "Other"
        case .notScheduled: "not scheduled"
        case .columnProvince: "Province"
        case .columnTotal: "Total"
        case .rowSum: "All"
        case .columnProductGroup: "Product group"
        case .columnCount: "Count"
        case .columnShare: "Share"
        case .columnRating: "OCOP rating"
        case .columnCluster: "Cluster or group"
        case .columnOrganisations: "Organisations"
        case .columnProducts: "Products"
        case .columnBooths: "Booths"
        case .columnProductMix: "Product mix"
        case .columnConnectionPoint: "Connection point"
        case .columnRole: "Role"
        case .columnCapacity: "Capacity"
        case .columnAttendees: "Delegates"
        case .columnTechnician: "Technician"
        case .columnTime: "Time"
        case .columnContent: "Item"
        case .columnRoom: "Room"
        case .columnLinkedPoints: "Linked points"

        case .venueHalls(let halls):
            "Halls: "
                + (halls.isEmpty
                    ? "none"
                    : halls.map { "\($0.name) (\($0.width.formattedMetres)×\($0.depth.formattedMetres) m)" }
                        .joined(separator: ", "))
        case .venueBooths(let total, let lettable, let blocked, let mainAisle):
            "Booths: \(total), to let \(lettable), not to let \(blocked), fronting a main aisle \(mainAisle)"
        case .venueServices(let counts):
            "Services at booths: "
                + BoothService.allCases.map { "\(Self.en($0)) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        case .venueNoRooms: "Meeting rooms: none"
        case .venueRooms(let count, let seats):
            "Meeting rooms: \(count), \(Self.count(seats, "seat", "seats")) in all"
        case .noZone: "No zone"
        case .columnBoothKind: "Booth kind"
        case .columnBoothCount: "Booths"
        case .columnZone: "Zone"
        case .columnSeats: "Seats"
        case .columnLayout: "Layout"
        case .columnVideoLink: "Video link"
        case .yes: "yes"
        case .no: "no"

        case .changeLogHeading(let kind, let from, let to):
            "\(Self.en(kind)): changes "
                + (from.map { "from version \($0)" } ?? "since before anything was published") + " "
                + (to.map { "to version \($0)" } ?? "to the current version (not yet published)")
        case .noChanges: "No changes."
        case .partiesMoved(let count): "Parties moved to other booths (\(count)):"
        case .partiesAdded(let count): "Parties newly given booths (\(count)):"
        case .partiesRemoved(let count): "Parties no longer holding booths (\(count)):"
        case .previously(let before): "previously: \(before)"
        case .boothsFreed(let booths):
            "Booths given back (\(booths.count)): \(booths.joined(separator: ", "))"
        case .boothsTaken(let booths):
            "Booths newly assigned (\(booths.count)): \(booths.joined(separator: ", "))"
        case .sessionsMoved(let count): "Items moved to another time or room (\(count)):"
        case .sessionsRelinked(let count): "Items linked to other connection points (\(count)):"
        case .pointsLinked(let names): "now linked to \(names.map { "«\($0)»" }.joined(separator: ", "))"
        case .pointsUnlinked(let names):
            "no longer linked to \(names.map { "«\($0)»" }.joined(separator: ", "))"
        case .sessionsAdded(let count): "New items (\(count)):"
        case .sessionsRemoved(let count): "Items dropped from the programme (\(count)):"
        case .programmeSlot(let time, let room):
            "\(time.map(\.description) ?? "time not set"), \(room ?? "room not set")"
        }
    }

    /// `1 booth`, `3 booths`.
    private static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    /// `confirmed`, `confirmed or withdrawn`, `placed, waitlisted or withdrawn`.
    private static func alternatives(_ words: [String]) -> String {
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }

    private static func en(_ severity: Severity) -> String {
        switch severity {
        case .error: "Error"
        case .warning: "Warning"
        case .info: "Note"
        }
    }

    private static func plural(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Notes"
        }
    }

    private static func en(_ kind: Subject.Kind) -> String {
        switch kind {
        case .event: "Event"
        case .organisation: "Organisation"
        case .product: "Product"
        case .person: "Person"
        case .party: "Exhibiting party"
        case .boothRequest: "Booth request"
        case .booth: "Booth"
        case .hall: "Hall"
        case .room: "Room"
        case .connectionPoint: "Connection point"
        case .session: "Session"
        case .attendance: "Attendance"
        }
    }

    private static func en(_ kind: EntityKind) -> String {
        switch kind {
        case .organisation: "organisation"
        case .product: "product"
        case .person: "person"
        case .party: "exhibiting party"
        case .connectionPoint: "connection point"
        case .session: "session"
        case .room: "room"
        case .cluster: "emulation cluster with exhibiting parties"
        case .productSet: "OCOP product set"
        }
    }

    private static func plural(_ kind: EntityKind) -> String {
        switch kind {
        case .organisation: "organisations"
        case .product: "products"
        case .person: "people"
        case .party: "exhibiting parties"
        case .connectionPoint: "connection points"
        case .session: "sessions"
        case .room: "rooms"
        case .cluster: "emulation clusters with exhibiting parties"
        case .productSet: "OCOP product sets"
        }
    }

    private static func en(_ kind: OrganisationKind) -> String {
        switch kind {
        case .cooperativeGroup: "Cooperative group"
        case .cooperative: "Cooperative"
        case .cooperativeUnion: "Union of cooperatives"
        case .peoplesCreditFund: "People's credit fund"
        case .enterprise: "Enterprise"
        case .householdBusiness: "Household business"
        }
    }

    private static func en(_ sector: Sector) -> String {
        switch sector {
        case .agricultural: "Agriculture"
        case .nonAgricultural: "Non-agriculture"
        case .credit: "Credit"
        }
    }

    private static func en(_ status: RegistrationStatus) -> String {
        switch status {
        case .pending: "Pending"
        case .confirmed: "Confirmed"
        case .placed: "Placed"
        case .waitlisted: "Waitlisted"
        case .withdrawn: "Withdrawn"
        }
    }

    private static func en(_ state: BoothState) -> String {
        switch state {
        case .available: "Available"
        case .held: "Held"
        case .assigned: "Assigned"
        case .blocked: "Not to let"
        }
    }

    private static func en(_ kind: BoothKind) -> String {
        switch kind {
        case .standard: "Standard"
        case .corner: "Corner"
        case .island: "Island"
        case .rawSpace: "Raw space"
        }
    }

    private static func en(_ service: BoothService) -> String {
        switch service {
        case .power: "Power"
        case .water: "Water"
        case .coldStorage: "Cold storage"
        }
    }

    private static func en(_ layout: RoomLayout) -> String {
        switch layout {
        case .theatre: "Theatre"
        case .classroom: "Classroom"
        case .uShape: "U-shape"
        case .boardroom: "Boardroom"
        case .banquet: "Banquet"
        }
    }

    private static func en(_ feature: VenueFeatureKind) -> String {
        switch feature {
        case .zone: "Zone"
        case .aisle: "Aisle"
        case .entrance: "Entrance"
        }
    }

    private static func en(_ kind: AgendaKind) -> String {
        switch kind {
        case .opening: "Opening"
        case .report: "Report"
        case .contribution: "Contribution"
        case .directiveSpeech: "Directive speech"
        case .discussion: "Discussion"
        case .emulationReview: "Emulation review"
        case .pactSigning: "Signing of the emulation pact"
        case .clusterLeaderElection: "Election of the cluster leader"
        case .awards: "Awards"
        case .matchmaking: "Supply and demand matching"
        case .siteVisit: "Visit to a model cooperative"
        case .cultural: "Culture and sports"
        case .break: "Break"
        case .closing: "Closing"
        }
    }

    private static func en(_ kind: EventKind) -> String {
        switch kind {
        case .fair: "Fair"
        case .conference: "Conference"
        case .hybridConference: "Conference on site and online"
        }
    }

    private static func en(_ role: Attendance.Role) -> String {
        switch role {
        case .chair: "Chair"
        case .guest: "Guest"
        case .delegate: "Delegate"
        case .speaker: "Speaker"
        case .organiser: "Organising committee"
        case .technician: "Technician"
        case .press: "Press"
        }
    }

    private static func en(_ role: SessionParticipant.Role) -> String {
        switch role {
        case .chair: "Chair"
        case .speaker: "Speaker"
        case .moderator: "Moderator"
        case .guest: "Guest"
        }
    }

    private static func en(_ role: ConnectionPointRole) -> String {
        switch role {
        case .main: "Main connection point"
        case .satellite: "Satellite connection point"
        }
    }

    private static func en(_ level: IssuingLevel) -> String {
        switch level {
        case .district: "district level"
        case .province: "province level"
        case .central: "central level"
        }
    }

    private static func en(_ status: CertificateStatus) -> String {
        switch status {
        case .valid: "Valid"
        case .expired: "Expired"
        case .notYetValid: "Not yet valid"
        }
    }

    private static func en(_ kind: PublicationKind) -> String {
        switch kind {
        case .boothPlan: "Booth plan"
        case .programme: "Programme"
        }
    }

    private static func en(_ honorific: Honorific) -> String {
        switch honorific {
        case .mr: "Mr"
        case .mrs: "Ms"
        case .comrade: "Comrade"
        }
    }

    private static func en(_ category: ProductCategory) -> String {
        switch category {
        case .agriFood: "Agri-food products"
        case .beverages: "Beverages"
        case .herbal: "Herbal products"
        case .handicraft: "Handicrafts"
        case .ornamental: "Ornamental plants and animals"
        case .tourismService: "Tourism services"
        }
    }

    private static func en(_ weekday: CalendarDate.Weekday) -> String {
        switch weekday {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }
}
