extension FindingCode {
    // MARK: Event

    /// The event has no days.
    public static let eventWithoutDays = FindingCode(rawValue: "event.no-days")
    /// A day closes before it opens.
    public static let eventInvertedHours = FindingCode(rawValue: "event.inverted-hours")
    /// Two entries for the same day.
    public static let eventDuplicateDay = FindingCode(rawValue: "event.duplicate-day")

    // MARK: Organisations

    /// Two organisations with the same registration code.
    public static let duplicateRegistrationCode = FindingCode(
        rawValue: "organisation.duplicate-registration-code")
    /// A registration code that is not 10 digits with an optional `-NNN`.
    public static let malformedRegistrationCode = FindingCode(
        rawValue: "organisation.malformed-registration-code")
    /// A kind that must have a registration code has none.
    public static let missingRegistrationCode = FindingCode(
        rawValue: "organisation.missing-registration-code")
    /// A province name that matches no provincial unit, old or new.
    public static let unknownProvince = FindingCode(rawValue: "province.unknown")
    /// Fewer members than the law requires for the kind.
    public static let tooFewMembers = FindingCode(rawValue: "organisation.too-few-members")
    /// The legal name does not start as the kind requires.
    public static let nameDoesNotMatchKind = FindingCode(rawValue: "organisation.name-kind-mismatch")
    /// Same name and province without a common code: probably registered twice.
    public static let possibleDuplicateOrganisation = FindingCode(rawValue: "organisation.possible-duplicate")
    /// A people's credit fund registered in another sector than credit, or the reverse.
    public static let sectorDoesNotMatchKind = FindingCode(rawValue: "organisation.sector-kind-mismatch")
    /// A union's member that is not registered in the plan.
    public static let unknownMemberOrganisation = FindingCode(rawValue: "organisation.unknown-member")
    /// A phone number that is not a Vietnamese number.
    public static let malformedPhone = FindingCode(rawValue: "contact.malformed-phone")
    /// An e-mail address that cannot be right.
    public static let malformedEmail = FindingCode(rawValue: "contact.malformed-email")

    // MARK: Products

    /// A product whose owner is not registered.
    public static let unknownProductOwner = FindingCode(rawValue: "product.unknown-owner")
    /// Stars outside 3–5.
    public static let starsOutOfRange = FindingCode(rawValue: "ocop.stars-out-of-range")
    /// A certificate that has expired by the event.
    public static let certificateExpired = FindingCode(rawValue: "ocop.certificate-expired")
    /// A certificate that expires during the event.
    public static let certificateExpiresDuringEvent = FindingCode(
        rawValue: "ocop.certificate-expires-during-event")
    /// A certificate dated after the event's first day.
    public static let certificateNotYetValid = FindingCode(rawValue: "ocop.certificate-not-yet-valid")
    /// A certificate that expires within 90 days after the event: renewal due.
    public static let certificateRenewalDue = FindingCode(rawValue: "ocop.certificate-renewal-due")
    /// The issuing level does not match the stars and the decision date.
    public static let issuingLevelMismatch = FindingCode(rawValue: "ocop.issuing-level-mismatch")
    /// A decision number that does not look like `2919/QĐ-UBND`.
    public static let malformedDecisionNumber = FindingCode(rawValue: "ocop.malformed-decision-number")
    /// Criteria basis and classification disagree (148 product set on a 1048 decision, ...).
    public static let criteriaBasisMismatch = FindingCode(rawValue: "ocop.criteria-basis-mismatch")
    /// Same owner and name twice.
    public static let duplicateProduct = FindingCode(rawValue: "product.duplicate")
    /// A product without an OCOP product set or group.
    public static let unclassifiedProduct = FindingCode(rawValue: "product.unclassified")

    // MARK: People

    /// A person without a given name.
    public static let personWithoutName = FindingCode(rawValue: "person.no-name")
    /// A date of birth on or after the event's first day, or more than
    /// ``PlanValidator/maximumAgeYears`` years before it: a mistyped year.
    public static let birthDateImplausible = FindingCode(rawValue: "person.birth-date-implausible")
    /// A person's organisation that is not registered.
    public static let unknownPersonOrganisation = FindingCode(rawValue: "person.unknown-organisation")
    /// The same person twice (same name and phone, or same e-mail).
    public static let duplicatePerson = FindingCode(rawValue: "person.duplicate")

    // MARK: Exhibitors

    /// A request for fewer than one booth.
    public static let invalidBoothCount = FindingCode(rawValue: "request.invalid-booth-count")
    /// A request from a party that is not registered.
    public static let unknownRequestParty = FindingCode(rawValue: "request.unknown-party")
    /// A sharing organisation that is not registered.
    public static let unknownSharingOrganisation = FindingCode(rawValue: "request.unknown-organisation")
    /// A product shown that is not registered.
    public static let unknownRequestProduct = FindingCode(rawValue: "request.unknown-product")
    /// A product shown whose owner does not share the booth.
    public static let productOwnerNotSharing = FindingCode(rawValue: "request.product-owner-not-sharing")
    /// An alliance sharing its booth with an organisation of another province.
    public static let sharingOutsideProvince = FindingCode(rawValue: "request.sharing-outside-province")
    /// An organisation registered with two parties.
    public static let organisationInTwoParties = FindingCode(rawValue: "request.organisation-in-two-parties")
    /// Fresh food without water or cold storage requested.
    public static let coldChainNotRequested = FindingCode(rawValue: "request.cold-chain-not-requested")
    /// A party with no booth request.
    public static let partyWithoutRequest = FindingCode(rawValue: "party.no-request")
    /// More booths requested than the venue can let.
    public static let demandExceedsVenue = FindingCode(rawValue: "request.demand-exceeds-venue")
    /// A party of a kind organisation whose organisation is unknown.
    public static let unknownPartyOrganisation = FindingCode(rawValue: "party.unknown-organisation")

    // MARK: Venue and booth plan

    /// Two booths whose footprints overlap.
    public static let overlappingBooths = FindingCode(rawValue: "venue.overlapping-booths")
    /// A booth not wholly inside its hall.
    public static let boothOutsideHall = FindingCode(rawValue: "venue.booth-outside-hall")
    /// A booth in a hall the venue does not have.
    public static let boothInUnknownHall = FindingCode(rawValue: "venue.booth-unknown-hall")
    /// Two booths with the same code.
    public static let duplicateBoothCode = FindingCode(rawValue: "venue.duplicate-booth-code")
    /// A booth with zero or negative size.
    public static let degenerateBooth = FindingCode(rawValue: "venue.degenerate-booth")
    /// A room without capacity.
    public static let roomWithoutCapacity = FindingCode(rawValue: "venue.room-without-capacity")
    /// A zone that no booth belongs to.
    public static let zoneWithoutBooths = FindingCode(rawValue: "venue.zone-without-booths")
    /// A booth naming a zone the venue does not have.
    public static let unknownZone = FindingCode(rawValue: "venue.unknown-zone")
    /// A booth standing in an aisle.
    public static let boothInAisle = FindingCode(rawValue: "venue.booth-in-aisle")
    /// A zone, aisle or entrance outside its hall, or in a hall the venue does not have.
    public static let featureOutsideHall = FindingCode(rawValue: "venue.feature-outside-hall")
    /// Two rooms or halls with the same identifier.
    public static let duplicateRoomOrHall = FindingCode(rawValue: "venue.duplicate-identifier")
    /// An assignment to a booth the venue does not have.
    public static let assignmentToUnknownBooth = FindingCode(rawValue: "booth-plan.unknown-booth")
    /// A booth given to two parties.
    public static let boothAssignedTwice = FindingCode(rawValue: "booth-plan.booth-assigned-twice")
    /// A blocked booth given to a party.
    public static let blockedBoothAssigned = FindingCode(rawValue: "booth-plan.blocked-booth-assigned")
    /// A party given a booth without a service it needs.
    public static let missingBoothService = FindingCode(rawValue: "booth-plan.missing-service")
    /// A party given another number of booths than it asked for.
    public static let boothCountMismatch = FindingCode(rawValue: "booth-plan.count-mismatch")
    /// A party's booths that do not form one connected block.
    public static let boothsNotContiguous = FindingCode(rawValue: "booth-plan.not-contiguous")

    // MARK: Conference

    /// A hybrid conference without exactly one main connection point.
    public static let mainConnectionPointCount = FindingCode(rawValue: "conference.main-point-count")
    /// A session linked to satellite points but not to the main point, which sends it.
    public static let mainPointNotLinked = FindingCode(rawValue: "session.main-point-not-linked")
    /// A connection point without a technical contact with a phone number.
    public static let missingTechnicalContact = FindingCode(rawValue: "connection-point.no-technical-contact")
    /// A point's availability span that meets no day's opening hours: a mistyped date, most often.
    public static let availabilityOutsideEvent = FindingCode(
        rawValue: "connection-point.availability-outside-event")
    /// A connection point chaired by an unknown person.
    public static let unknownChair = FindingCode(rawValue: "connection-point.unknown-chair")
    /// More attendees at a point than its hall seats.
    public static let connectionPointOverCapacity = FindingCode(rawValue: "connection-point.over-capacity")
    /// A session with a non-positive duration.
    public static let invalidDuration = FindingCode(rawValue: "session.invalid-duration")
    /// A session in a room the venue does not have.
    public static let unknownRoom = FindingCode(rawValue: "session.unknown-room")
    /// A room smaller than the session's audience.
    public static let roomTooSmall = FindingCode(rawValue: "session.room-too-small")
    /// A session needing a video link in a room without one.
    public static let roomWithoutVideoLink = FindingCode(rawValue: "session.room-without-video-link")
    /// Two sessions in one room at once.
    public static let roomDoubleBooked = FindingCode(rawValue: "session.room-double-booked")
    /// A person in two sessions at once.
    public static let personDoubleBooked = FindingCode(rawValue: "session.person-double-booked")
    /// A connection point linked to two sessions at once.
    public static let connectionPointDoubleBooked = FindingCode(
        rawValue: "session.connection-point-double-booked")
    /// A session linking a point outside its availability.
    public static let connectionPointUnavailable = FindingCode(
        rawValue: "session.connection-point-unavailable")
    /// A first linked session with no room for the link test before it.
    public static let linkTestLeadTime = FindingCode(rawValue: "session.link-test-lead-time")
    /// A session outside the event's opening hours.
    public static let sessionOutsideHours = FindingCode(rawValue: "session.outside-hours")
    /// A fixed session scheduled at another time.
    public static let fixedTimeMoved = FindingCode(rawValue: "session.fixed-time-moved")
    /// A session outside its window.
    public static let outsideWindow = FindingCode(rawValue: "session.outside-window")
    /// A precedence rule broken.
    public static let orderViolated = FindingCode(rawValue: "session.order-violated")
    /// Sessions that must follow each other round in a circle.
    public static let orderCycle = FindingCode(rawValue: "session.order-cycle")
    /// A session longer than every day of the event.
    public static let longerThanEveryDay = FindingCode(rawValue: "session.longer-than-every-day")
    /// A fixed start or a window that no day's opening hours can hold.
    public static let timingOutsideEvent = FindingCode(rawValue: "session.timing-outside-event")
    /// A reference to an unknown person, point or session.
    public static let unknownSessionReference = FindingCode(rawValue: "session.unknown-reference")
    /// A session not yet scheduled.
    public static let unscheduledSession = FindingCode(rawValue: "session.unscheduled")

    // MARK: Attendance

    /// An attendance of an unknown person.
    public static let unknownAttendee = FindingCode(rawValue: "attendance.unknown-person")
    /// An attendance at an unknown connection point.
    public static let unknownAttendancePoint = FindingCode(rawValue: "attendance.unknown-connection-point")
    /// The same person listed twice for the event.
    public static let duplicateAttendance = FindingCode(rawValue: "attendance.duplicate")
}
