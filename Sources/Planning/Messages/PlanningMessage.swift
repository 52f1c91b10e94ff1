/// Every sentence, label and name Planning shows to people, in Vietnamese and English.
///
/// Each case is a message code with typed values (names, counts, dates, identifiers); the wording
/// lives in `PlanningMessage+Vietnamese.swift` and `PlanningMessage+English.swift`, one exhaustive
/// switch each. Dates are written day first (`16/12/2026`) in both languages, as in Vietnam.
public enum PlanningMessage: Hashable, Sendable, Localizable {
    // MARK: Names of Planning's enumerations

    /// A severity's name: "Lỗi", "Cảnh báo", "Lưu ý".
    case severity(Severity)
    /// The name of the kind of entity a finding is about: "Tổ chức", "Gian hàng", ...
    case subjectKind(Subject.Kind)
    /// A finding's subject: kind, label and identifier, `Tổ chức «HTX Tân Hòa» (org-12)`.
    case subject(kind: Subject.Kind, label: String, id: String)
    /// The noun for a kind of entity a person names, as used inside a sentence: "tổ chức".
    case entityNoun(EntityKind)
    /// An organisation kind's name: "Hợp tác xã".
    case organisationKind(OrganisationKind)
    /// A sector's name: "Nông nghiệp".
    case sector(Sector)
    /// A registration status's name: "Chờ xác nhận".
    case registrationStatus(RegistrationStatus)
    /// A booth state's name: "Còn trống".
    case boothState(BoothState)
    /// A booth kind's name: "Tiêu chuẩn".
    case boothKind(BoothKind)
    /// A booth service's name: "Điện".
    case boothService(BoothService)
    /// A room layout's name: "Hội trường".
    case roomLayout(RoomLayout)
    /// An agenda item kind's name: "Khai mạc".
    case agendaKind(AgendaKind)
    /// An event kind's name: "Hội chợ".
    case eventKind(EventKind)
    /// An attendance role's name: "Đại biểu".
    case attendanceRole(Attendance.Role)
    /// A session participant role's name: "Trình bày".
    case participantRole(SessionParticipant.Role)
    /// A connection point role's name: "Điểm cầu chính".
    case connectionPointRole(ConnectionPointRole)
    /// A connection point role's short name for tables: "Chính", "Thành phần".
    case connectionPointRoleShort(ConnectionPointRole)
    /// An issuing level's name: "cấp tỉnh".
    case issuingLevel(IssuingLevel)
    /// A certificate status's short label: "Còn hiệu lực".
    case certificateStatus(CertificateStatus)
    /// A publication kind's name: "Sơ đồ gian hàng".
    case publicationKind(PublicationKind)
    /// An honorific as printed before a name: "Ông".
    case honorific(Honorific)
    /// A product category's name: "Nông sản thực phẩm".
    case productCategory(ProductCategory)
    /// A provincial unit kind's name: "Tỉnh".
    case provinceKind(ProvinceKind)
    /// A province coding scheme's label: "34 tỉnh, thành (từ 01/7/2025)".
    case provinceScheme(ProvinceCode.Scheme)
    /// A weekday's name: "Thứ Hai".
    case weekday(CalendarDate.Weekday)
    /// A province named by a former name: `Cần Thơ (Sóc Trăng cũ)`.
    case formerProvince(current: String, former: String)
    /// A 148/QĐ-TTg product set missing from the catalogue: "Bộ sản phẩm số 99".
    case unknownProductSet(number: Int)
    /// A 1048/QĐ-TTg subgroup missing from the catalogue: "Phân nhóm số 99".
    case unknownLegacyGroup(number: Int)
    /// A rectangle on a floor plan, in metres: `3×3 m tại (12, 6)`.
    case rectangle(width: Double, depth: Double, x: Double, y: Double)

    // MARK: Errors

    /// Nothing in the plan matches a name a person typed; the closest names (labels) follow.
    case entityNotFound(EntityKind, written: String, suggestions: [String])
    /// Several entities match a name a person typed; the candidates (labels) follow.
    case entityAmbiguous(EntityKind, written: String, candidates: [String])
    /// A registration may not move from one status to another.
    case registrationMoveRefused(from: RegistrationStatus, to: RegistrationStatus)
    /// A stored registration code that cannot be read.
    case undecodableRegistrationCode(String)
    /// A stored date that is not an ISO 8601 calendar date.
    case undecodableDate(String)

    // MARK: Findings: event and contacts

    /// The event has no days.
    case eventWithoutDays
    /// A day closes before it opens.
    case eventInvertedHours(date: CalendarDate, opens: TimeOfDay, closes: TimeOfDay)
    /// A day listed several times.
    case eventDuplicateDay(date: CalendarDate, count: Int)
    /// A contact's phone number is not a Vietnamese number.
    case malformedPhone(phone: String, contact: String)
    /// A contact's e-mail address is not valid.
    case malformedEmail(email: String, contact: String)
    /// A province name that matches no provincial unit; the closest names follow.
    case unknownProvince(written: String, suggestions: [String])

    // MARK: Findings: organisations

    /// A registration code that is not 10 digits with an optional `-NNN`.
    case malformedRegistrationCode(written: String)
    /// An organisation of a kind that needs a registration code has none.
    case missingRegistrationCode(kind: OrganisationKind)
    /// Fewer members than the law requires for the kind.
    case tooFewMembers(kind: OrganisationKind, members: Int, minimum: Int)
    /// The legal name does not start with the kind's prefix.
    case nameDoesNotMatchKind(name: String, prefix: String)
    /// The sector does not fit the kind (credit is for people's credit funds only).
    case sectorDoesNotMatchKind(sector: Sector, kind: OrganisationKind)
    /// A member organisation that is not registered.
    case unknownMemberOrganisation(member: String)
    /// A registration code already used by another organisation.
    case duplicateRegistrationCode(code: String, otherName: String, otherID: String)
    /// Same name and province as another organisation.
    case possibleDuplicateOrganisation(otherName: String, otherID: String)

    // MARK: Findings: products

    /// A product's owner that is not registered.
    case unknownProductOwner(owner: String)
    /// A product without an OCOP product set or group.
    case unclassifiedProduct
    /// The same product as another of the same owner.
    case duplicateProduct(otherName: String, otherID: String)
    /// Stars outside 3–5.
    case starsOutOfRange(stars: Int)
    /// A decision dated after the event's first day.
    case certificateNotYetValid(decisionNumber: String, decisionDate: CalendarDate, firstDay: CalendarDate)
    /// A certificate no longer valid from `invalidFrom`, before the event opens.
    case certificateExpired(decisionNumber: String, decisionDate: CalendarDate, invalidFrom: CalendarDate)
    /// A certificate whose last valid day falls during the event.
    case certificateExpiresDuringEvent(
        decisionNumber: String, decisionDate: CalendarDate, validUntil: CalendarDate)
    /// A certificate whose last valid day is soon after the event.
    case certificateRenewalDue(validUntil: CalendarDate)
    /// The issuing level does not match the stars and the decision date.
    case issuingLevelMismatch(
        stars: Int, decisionDate: CalendarDate, expected: IssuingLevel, actual: IssuingLevel)
    /// A decision number that does not look like `2919/QĐ-UBND`.
    case malformedDecisionNumber(number: String)
    /// A classification that does not belong to the criteria basis.
    case criteriaBasisMismatch(classification: OCOPClassification, basis: CriteriaBasis)

    // MARK: Findings: people and attendance

    /// A person without a given name.
    case personWithoutName
    /// A date of birth on or after the event's first day, or more than `years` years before it.
    case birthDateImplausible(date: CalendarDate, firstDay: CalendarDate, years: Int)
    /// A person's organisation that is not registered.
    case unknownPersonOrganisation(organisation: String)
    /// The same person as another (same phone or e-mail).
    case duplicatePerson(otherName: String, otherID: String)
    /// An attendance of a person who is not registered.
    case unknownAttendee(person: String)
    /// An attendance at a connection point that is not declared.
    case unknownAttendancePoint(point: String)
    /// A person listed twice for the event.
    case duplicateAttendance

    // MARK: Findings: exhibitors

    /// A party's organisation that is not registered.
    case unknownPartyOrganisation(organisation: String)
    /// A party without a booth request.
    case partyWithoutRequest
    /// A booth request from a party that is not registered.
    case unknownRequestParty(party: String)
    /// A booth request for fewer than one booth.
    case invalidBoothCount(wanted: Int)
    /// A sharing organisation that is not registered.
    case unknownSharingOrganisation(organisation: String)
    /// An organisation of another province sharing a provincial pavilion.
    case sharingOutsideProvince(organisation: String, province: ProvinceReference)
    /// A product shown that is not registered.
    case unknownRequestProduct(product: String)
    /// A product whose owner does not share the booth.
    case productOwnerNotSharing(product: String)
    /// Fresh food shown without water or cold storage requested.
    case coldChainNotRequested
    /// An organisation registered with several parties (their names).
    case organisationInTwoParties(parties: [String])
    /// More booths requested than the venue lets.
    case demandExceedsVenue(demand: Int, supply: Int)

    // MARK: Findings: venue and booth plan

    /// A hall identifier used several times.
    case duplicateHall(id: String, count: Int)
    /// A room identifier used several times.
    case duplicateRoom(id: String, count: Int)
    /// A booth code used several times.
    case duplicateBoothCode(code: String, count: Int)
    /// A booth with a non-positive size.
    case degenerateBooth(rect: Rect)
    /// A booth in a hall the venue does not have.
    case boothInUnknownHall(hall: String)
    /// A booth not wholly inside its hall.
    case boothOutsideHall(rect: Rect, hallName: String, hallWidth: Double, hallDepth: Double)
    /// Two booths that overlap.
    case overlappingBooths(booth: String, other: String)
    /// A room without capacity.
    case roomWithoutCapacity
    /// A booth naming a zone the venue does not have.
    case unknownZone(zone: String)
    /// A booth standing in an aisle.
    case boothInAisle(booth: String, aisle: String)
    /// A zone without booths.
    case zoneWithoutBooths(zone: String)
    /// A zone, aisle or entrance outside its hall, or in a hall that does not exist.
    case featureOutsideHall(feature: VenueFeatureKind, id: String, hall: String)
    /// An assignment to a booth not on the venue's plan.
    case assignmentToUnknownBooth(booth: String)
    /// A booth assigned to several parties (their names).
    case boothAssignedTwice(parties: [String])
    /// A blocked booth that is assigned.
    case blockedBoothAssigned
    /// Another number of booths assigned than requested.
    case boothCountMismatch(wanted: Int, assigned: Int)
    /// A booth lacking services a party needs.
    case missingBoothService(services: [BoothService], party: String)
    /// A party's booths that do not form one block.
    case boothsNotContiguous(booths: [String])

    // MARK: Findings: conference

    /// A hybrid conference without exactly one main connection point.
    case mainConnectionPointCount(count: Int)
    /// A session linked to satellite points but not to the main point (named), which sends it.
    case mainPointNotLinked(main: String)
    /// A connection point without a technical contact with a valid phone.
    case missingTechnicalContact
    /// A point's availability span that meets no day's opening hours.
    case availabilityOutsideEvent(TimeRange)
    /// A connection point's chair who is not registered.
    case unknownChair(chair: String)
    /// More attendees at a point than its hall seats.
    case connectionPointOverCapacity(attendees: Int, capacity: Int)
    /// A session with a non-positive duration.
    case invalidDuration
    /// A session longer than the event's longest day (its opening hours, in minutes).
    case longerThanEveryDay(minutes: Int, longestDay: Int)
    /// A session's fixed start (with its length) or window that lies in no day's opening hours.
    case timingOutsideEvent(timing: SessionTiming, minutes: Int)
    /// Sessions that must each follow the next, round to the first: none can ever start.
    case orderCycle(sessions: [String])
    /// Several sessions that must each run first (`last`: last): none can come before (after)
    /// the others.
    case severalAtOneEnd(last: Bool, sessions: [String])
    /// A session that must run first but also after `predecessor`.
    case firstAfter(session: String, predecessor: String)
    /// A session that must run after `last`, which must run last.
    case afterLast(session: String, last: String)
    /// A session that must run both first and last, beside other sessions.
    case firstAndLast(session: String)
    /// A session referring to a person, point or session that is not registered.
    case unknownSessionReference(EntityKind, id: String)
    /// A session not yet scheduled.
    case unscheduledSession
    /// A linked connection point not available during the session.
    case connectionPointUnavailable(point: String, range: TimeRange)
    /// A session in a room the venue does not have.
    case unknownRoom(room: String)
    /// A room smaller than the session's audience.
    case roomTooSmall(room: String, capacity: Int, audience: Int)
    /// A session linking points in a room without video link.
    case roomWithoutVideoLink(room: String)
    /// A session outside the event's hours.
    case sessionOutsideHours(range: TimeRange)
    /// A fixed session scheduled at another time.
    case fixedTimeMoved(fixed: LocalDateTime, scheduled: LocalDateTime)
    /// A session outside its window.
    case outsideWindow(window: TimeRange, scheduled: TimeRange)
    /// A room holding two sessions at once (their titles).
    case roomDoubleBooked(room: String, first: String, second: String)
    /// A person in two sessions at once.
    case personDoubleBooked(person: String, first: String, second: String)
    /// A connection point linked to two sessions at once.
    case connectionPointDoubleBooked(point: String, first: String, second: String)
    /// A session that must come first, while `earlier` starts before it ends.
    case sessionMustBeFirst(earlier: String)
    /// A session that must come last, while `later` ends after it starts.
    case sessionMustBeLast(later: String)
    /// A session that must follow `session`, which has not ended when it starts.
    case sessionMustFollow(session: String)
    /// No room for a point's link test before its first session.
    case linkTestLeadTime(minutes: Int, sessionStart: LocalDateTime, availableFrom: LocalDateTime)

    // MARK: Plan summary report

    /// The line under the event's name: kind, organiser, province, dates and time zone.
    case summaryEventLine(
        kind: EventKind, organiser: String, province: String, firstDay: CalendarDate?, lastDay: CalendarDate?)
    /// The heading of the organisations section.
    case summaryOrganisationsHeading(total: Int)
    /// The heading of the products section.
    case summaryProductsHeading(total: Int)
    /// Products whose certificate is not valid on the opening day.
    case summaryInvalidCertificates(count: Int)
    /// The heading of the clusters section.
    case summaryClustersHeading
    /// Booths requested and booths the venue lets.
    case summaryBoothsRequested(requested: Int, available: Int)
    /// Booths requested, without a venue.
    case summaryStandardBoothsRequested(requested: Int)
    /// The heading of the conference section.
    case summaryConferenceHeading
    /// The heading of the findings section, with counts by severity.
    case summaryFindingsHeading(errors: Int, warnings: Int, notes: Int)
    /// No finding at all.
    case noProblemsFound
    /// A severity with its number of findings, heading their list.
    case severityGroup(Severity, count: Int)
    /// Items left out of a list.
    case moreItems(count: Int)
    /// A star rating as a row label: "3 sao".
    case starRating(stars: Int)
    /// Products without a recognised rating.
    case notRecognised
    /// Products without a category.
    case unclassified
    /// Parties registered through no cluster.
    case otherCluster
    /// Not scheduled (a session's time in a table).
    case notScheduled
    /// Column: province.
    case columnProvince
    /// Column or row: total.
    case columnTotal
    /// Row: the sum of the rows above.
    case rowSum
    /// Column: product group.
    case columnProductGroup
    /// Column: count.
    case columnCount
    /// Column: share in percent.
    case columnShare
    /// Column: OCOP rating.
    case columnRating
    /// Column: cluster or group.
    case columnCluster
    /// Column: organisations.
    case columnOrganisations
    /// Column: products.
    case columnProducts
    /// Column: booths.
    case columnBooths
    /// Column: product mix.
    case columnProductMix
    /// Column: connection point.
    case columnConnectionPoint
    /// Column: role.
    case columnRole
    /// Column: capacity.
    case columnCapacity
    /// Column: attendees.
    case columnAttendees
    /// Column: technical contact.
    case columnTechnician
    /// Column: time.
    case columnTime
    /// Column: content (agenda item).
    case columnContent
    /// Column: room.
    case columnRoom
    /// Column: linked connection points.
    case columnLinkedPoints

    // MARK: Venue summary

    /// The halls with their sizes, or none.
    case venueHalls([Hall])
    /// Booth counts: all, lettable, blocked, fronting a main aisle.
    case venueBooths(total: Int, lettable: Int, blocked: Int, mainAisle: Int)
    /// Booths offering each service.
    case venueServices([BoothService: Int])
    /// The venue has no meeting rooms.
    case venueNoRooms
    /// Meeting rooms and seats.
    case venueRooms(count: Int, seats: Int)
    /// Booths without a zone.
    case noZone
    /// Column: booth kind.
    case columnBoothKind
    /// Column: number of booths.
    case columnBoothCount
    /// Column: zone.
    case columnZone
    /// Column: seats.
    case columnSeats
    /// Column: room layout.
    case columnLayout
    /// Column: video link.
    case columnVideoLink
    /// Yes, in a table cell.
    case yes
    /// No, in a table cell.
    case no

    // MARK: Change logs

    /// A change log's heading: what was compared, from which version to which (nil: unpublished).
    case changeLogHeading(PublicationKind, from: Int?, to: Int?)
    /// Nothing changed.
    case noChanges
    /// Parties whose booths changed.
    case partiesMoved(count: Int)
    /// Parties newly placed.
    case partiesAdded(count: Int)
    /// Parties no longer placed.
    case partiesRemoved(count: Int)
    /// What something was before: "trước đây: A-01, A-02".
    case previously(String)
    /// Booths freed.
    case boothsFreed([String])
    /// Booths newly taken.
    case boothsTaken([String])
    /// Sessions moved in time or room.
    case sessionsMoved(count: Int)
    /// Sessions linked to other connection points.
    case sessionsRelinked(count: Int)
    /// Connection points newly linked to a session, by name.
    case pointsLinked([String])
    /// Connection points no longer linked to a session, by name.
    case pointsUnlinked([String])
    /// Sessions added.
    case sessionsAdded(count: Int)
    /// Sessions removed.
    case sessionsRemoved(count: Int)
    /// A session's time and room, either possibly not set yet.
    case programmeSlot(time: TimeRange?, room: String?)

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }

    /// Whether candidates listed as `name (identifier)` all bear one name, so only their
    /// identifiers tell them apart.
    static func sameNames(_ candidates: [String]) -> Bool {
        Set(
            candidates.map { label in
                label.ranges(of: " (").last.map { String(label[..<$0.lowerBound]) } ?? label
            }
        ).count == 1
    }
}
