import Planning

extension SchedulerMessage {
    /// The message in English.
    var englishText: String {
        switch self {
        // MARK: Errors
        case .invalidInstance(let problems):
            (["The input is not valid:"] + problems.map { "  - \(Self.english($0))" }).joined(separator: "\n")
        case .instanceProblem(let problem):
            Self.english(problem)
        case .unknownReference(let kind, let identifier):
            "No \(Self.english(kind)) “\(identifier)” was found."

        // MARK: Booth allocation
        case .unplacedReason(let reason):
            Self.english(reason)
        case .boothComponent(let kind):
            Self.english(kind)
        case .allocationTitle(let title):
            "Booth allocation: \(title)"
        case .allocationSummary(let placed, let parties, let booths, let waiting):
            "Placed \(placed)/\(parties) parties in \(Self.booths(booths)); "
                + "\(Self.parties(waiting)) on the waiting list."
        case .allocationRun(let seed, let iterations, let stoppedBy):
            "Seed \(seed), \(iterations) search iterations, stopped because \(Self.english(stoppedBy))."
        case .allocationMayNotRepeat(let iterations):
            "Note: the time limit cut the search after \(iterations) iterations, so running again with the same "
                + "seed may give another plan; raise --time-limit or lower --iterations for a repeatable result."
        case .allocationSearchHelp:
            "Search iterations: the smaller of --iterations and a budget scaled to the fair (parties × lettable "
                + "booths, 20,000 to 1,000,000); the search stops early when 4 phases in a row (at least 20,000 iterations) find no better plan. "
                + "The same seed and iterations always give the same plan, and more iterations never a worse one. "
                + "--time-limit is only a safety guard: a run it cuts short may not repeat."
        case .placedPartiesHeading: "Parties placed:"
        case .columnNumber: "No."
        case .columnParty: "Party"
        case .columnProvince: "Province"
        case .columnBoothCount: "Booths"
        case .columnBooths: "Booth codes"
        case .columnZones: "Zones"
        case .columnComponent: "Component"
        case .columnValue: "Value"
        case .columnWeight: "Weight"
        case .columnPoints: "Points"
        case .partyWithFixedBooths(let party): "\(party) (held/pinned)"
        case .noneListed: "(none)"
        case .scoreByComponentHeading: "Score by component:"
        case .totalScoreRow: "Total score"
        case .upperBoundLine(let bound, let reached, let gap):
            "Upper bound on the total score: \(bound) (no booth plan can exceed it; a relaxed transportation "
                + "problem). This plan reaches \(reached)% of it, a gap of \(gap)%."
        case .waitingListEmpty: "Waiting list: none, every party has its booths."
        case .waitingListHeading: "Waiting list:"
        case .waitingListEntry(let position, let party, let province, let booths, let reason):
            "\(position). \(party) (\(province), wants \(Self.booths(booths))): \(Self.english(reason))"

        // MARK: Booth plan check
        case .boothPlanClean: "The booth plan breaks no rule."
        case .boothFindingCounts(let hard, let soft): "Hard violations: \(hard); notes: \(soft)."
        case .findingSeverity(let hard): hard ? "HARD" : "note"
        case .totalScoreLine(let score): "Total score: \(score.scoreText(in: .english))"
        case .unknownBooth(let booth): "Booth «\(booth)» is not on the venue's floor plan."
        case .unknownParty(let booth, let party): "Booth \(booth): party «\(party)» has no booth request."
        case .withdrawnParty(let booth, let party):
            "Booth \(booth): party «\(party)» has withdrawn its registration."
        case .boothListedTwice(let booth, let party): "Booth \(booth) is listed twice for \(party)."
        case .boothGivenTwice(let booth, let first, let second):
            "Booth \(booth) is given to two parties: \(first) and \(second)."
        case .blockedBooth(let booth, let party):
            "Booth \(booth) cannot be used (it is blocked) but is given to \(party)."
        case .closedZone(let booth, let party):
            "Booth \(booth) is in a zone not let to exhibitors but is given to \(party)."
        case .foodNotAllowed(let party, let booth):
            "\(party) shows food but booth \(booth) is in a zone where food may not be sold."
        case .wrongZone(let booth, let province, let zones):
            "Booth \(booth) lies outside the zones set for \(province) (\(zones.joined(separator: ", ")))."
        case .pinNotKept(let booth, let party):
            "Booth \(booth) is pinned for \(party) but the plan does not give it to that party."
        case .holdNotKept(let booth, let party):
            "Booth \(booth) is held for \(party) but the plan does not give it to that party."
        case .partyNotPlaced(let party, let booths):
            "\(party) has no booths yet (wants \(Self.booths(booths)))."
        case .fewerBoothsThanWanted(let party, let given, let wanted):
            "\(party) has \(Self.booths(given)), fewer than the \(wanted) requested."
        case .moreBoothsThanWanted(let party, let given, let wanted):
            "\(party) has \(Self.booths(given)), more than the \(wanted) requested."
        case .blockNotConnected(let party, let booths):
            "The booths of \(party) (\(booths.joined(separator: ", "))) do not form one block."
        case .blockNotStraight(let party, let booths, let wanted, let straightRunFree):
            straightRunFree
                ? "The booths of \(party) (\(booths.joined(separator: ", "))) form one block but not one straight "
                    + "run, although \(wanted) suitable free booths in a straight row are still available."
                : "The booths of \(party) (\(booths.joined(separator: ", "))) form one block but not one straight "
                    + "run (no \(wanted) suitable free booths in a straight row are left)."
        case .serviceMissing(let party, let service):
            "No booth of \(party) offers \(Self.english(service))."
        case .sameProductNeighbours(let first, let second, let productSets):
            "\(first) and \(second) stand side by side selling \(productSets.joined(separator: ", "))."
        case .pavilionSplit(let province, let parties):
            "The \(parties) parties of \(province) do not stand together in one area."
        case .outsidePreferredZone(let party):
            "None of the booths of \(party) lies in a zone its product category or request prefers."
        case .outsideRegionalPavilion(let party, let pavilion, let booths) where booths.count == 1:
            "\(party) stands outside \(pavilion) (its region's pavilion) while booth \(booths[0]) there is free or held by a party served after it."
        case .outsideRegionalPavilion(let party, let pavilion, let booths):
            "\(party) stands outside \(pavilion) (its region's pavilion) while \(booths.count) booths side by side there (\(booths.joined(separator: ", "))) are free or held by parties served after it."
        case .primeBoothOrder(let holder, let holderStars, let other, let otherStars):
            "\(holder) (\(Self.stars(holderStars))) has a corner or main-aisle booth while \(other) "
                + "(\(Self.stars(otherStars))) has none."
        case .droppedFromPublished(let party, let booths):
            "\(party) is in the published plan (\(booths.joined(separator: ", "))) but now has no booths."
        case .movedFromPublished(let party, let from, let to):
            "\(party) moves from \(from.joined(separator: ", ")) to \(to.joined(separator: ", "))."

        // MARK: Timetable issues
        case .sessionNotScheduled(let session): "Session «\(session)» is not scheduled."
        case .sessionOutsideHours(let session, let span):
            "Session «\(session)» (\(span.text)) lies outside the event's opening hours."
        case .fixedTimeMoved(let session, let fixed, let placed):
            "Session «\(session)» is fixed at \(fixed.text) but placed at \(placed.text)."
        case .outsideWindow(let session, let window, let placed):
            "Session «\(session)» must lie within \(window.text) but is placed at \(placed.text)."
        case .roomTooSmall(let room, let capacity, let session, let audience):
            "\(room) seats \(capacity); session «\(session)» needs \(audience) seats."
        case .roomWithoutVideoLink(let session, let room):
            "Session «\(session)» needs a video link but \(room) has no equipment for one."
        case .roomConflict(let room, let first, let second):
            "\(room) has two sessions at once: «\(first)» and «\(second)»."
        case .roomBusy(let room, let other): "\(room) already has session «\(other)» at that time."
        case .personBusy(let person, let other): "\(Self.english(person)) is busy in session «\(other)»."
        case .personConflict(let person, let first, let second):
            "\(Self.english(person)) is in two sessions at once: «\(first)» and «\(second)»."
        case .pointBusy(let point, let other): "\(point) is linked to session «\(other)»."
        case .pointConflict(let point, let first, let second):
            "\(point) is linked to two sessions at once: «\(first)» and «\(second)»."
        case .pointUnavailable(let point, let span, let session):
            "\(point) is not available during \(span.text) (session «\(session)»)."
        case .personUnavailable(let person, let span, let session):
            "\(Self.english(person)) is not free during \(span.text) (session «\(session)»)."
        case .linkTestTooLate(let point, let firstStart, let leadMinutes, let testStart, let availableFrom):
            "\(point) cannot test its link before \(firstStart.text): it needs \(leadMinutes) minutes from "
                + "\(testStart.text)"
                + (availableFrom.map { " but the point is only available from \($0.text)." }
                    ?? " but the point is not available then.")
        case .mustBeFirst(let session, let other):
            "Session «\(session)» must come before every other session (end before any other starts), but «\(other)» starts before it ends."
        case .mustBeLast(let session, let other):
            "Session «\(session)» must come after every other session (start once all others have ended), but «\(other)» ends after it starts."
        case .mustFollow(let session, let predecessor):
            "Session «\(session)» must start after session «\(predecessor)» has ended."
        case .unknownSessionInProgramme(let session):
            "The programme has a session «\(session)» that is not in the list of sessions."
        case .sessionPlacedTwice(let session): "Session «\(session)» is placed twice."
        case .unknownRoomInProgramme(let room, let session):
            "Room «\(room)» of session «\(session)» is not in the venue."

        case .person(let person): Self.english(person)

        // MARK: Why a session is not placed
        case .pointOnlyAvailable(let point, let spans):
            "\(point) is only available \(spans.map(\.text).joined(separator: ", "))."
        case .personOnlyAvailable(let person, let spans):
            "\(Self.english(person)) is only free \(spans.map(\.text).joined(separator: ", "))."
        case .noVideoRoom(let session): "No room has a video link for session «\(session)»."
        case .noVideoRoomLargeEnough(let session, let audience, let largest):
            "No room with a video link seats \(audience) for session «\(session)» "
                + "(the largest room with a video link seats \(largest))."
        case .noRoomLargeEnough(let session, let audience, let largest):
            "No room seats \(audience) for session «\(session)» (the largest room seats \(largest))."
        case .fixedStartOutsideHours(let session, let start, let minutes):
            "The fixed start \(start.text) of session «\(session)» (\(Self.minutes(minutes))) lies outside the "
                + "event's opening hours."
        case .windowTooShort(let session, let window, let minutes):
            "The window \(window.text) cannot hold session «\(session)», \(Self.minutes(minutes)) long, within "
                + "the opening hours."
        case .sessionFitsNoDay(let session, let minutes):
            "Session «\(session)» lasts \(Self.minutes(minutes)) and fits in no day's opening hours."
        case .pointNeverAvailable(let point, let session):
            "\(point) is not available at any time session «\(session)» could take place."
        case .personNeverAvailable(let person, let session):
            "\(Self.english(person)) is not free at any time session «\(session)» could take place."
        case .noCommonTime(let session):
            "There is no time when every connection point and participant of session «\(session)» is available."

        // MARK: Timetable result
        case .timetableComponent(let kind):
            Self.english(kind)
        case .timetableSummary(let seed, let placed, let sessions):
            "Timetable (seed \(seed)): \(placed)/\(sessions) sessions placed."
        case .timetableDay(let date): "Day \(date.vietnamese)"
        case .timetableEntry(let start, let end, let room, let session, let linkedPoints):
            "\(start)–\(end)  \(room): \(session)"
                + (linkedPoints > 0
                    ? " — linked to \(linkedPoints) connection point\(linkedPoints == 1 ? "" : "s")" : "")
        case .linkTestsHeading: "Link tests:"
        case .linkTestEntry(let point, let start, let end, let session):
            "\(point): \(Self.linkTestSpan(start, end)) (before session «\(session)»)"
        case .penaltyHeading(let total): "Penalty: \(total) (lower is better)"
        case .penaltyComponent(let kind, let value, let weight, let penalty):
            "\(Self.english(kind)): \(value) × \(weight) = \(penalty)"
        case .unplacedSessionsHeading: "Sessions not placed:"
        case .stoppedByTime(let iterations):
            "(The search stopped when its time ran out, after \(iterations) steps.)"
        case .exactStoppedByTime(let nodes):
            "(The exact method stopped when its time ran out, after \(nodes) decisions, before its proof "
                + "was complete: another run may differ. Allow more time for a result that repeats.)"

        // MARK: Exact timetabling
        case .timetableMethod(let method, let nodes, let cutByTime):
            Self.english(method, nodes: nodes, cutByTime: cutByTime)
        case .proofStartGrid(let minutes):
            "The proof covers starts every \(minutes) minutes from each day's opening, and each session's own: "
                + "published, current, its window's start and end, the starts and ends of its people's and "
                + "points' availability and preferred hours, just after a point's link test, right after or "
                + "right before a fixed or pinned session sharing a person or point, and ending at closing."
        case .timetableProof(let feasibility, let mostPlaced, let optimal):
            Self.english(feasibility, mostPlaced: mostPlaced, optimal: optimal)
        case .conflictHeading(let minimal): Self.englishConflictHeading(minimal: minimal)
        case .conflictConstraint(let constraint): Self.english(constraint)
        case .gridComponent, .gridSummary, .gridScoreHeading, .gridScoreLine, .gridNoTimeslotOfKind,
            .gridNoTimeslotLongEnough, .gridNoTimeslotAtFixedStart, .gridNoTimeslotInWindow,
            .gridPointNotReady,
            .gridNoRoom, .gridPinOffGrid, .gridBreaks, .gridOffGrid, .gridWrongKind, .gridTooLong,
            .gridSessionBreaks:
            Self.gridText(self, .english)
        }
    }

    private static func english(_ problem: SchedulerError.InstanceProblem) -> String {
        switch problem {
        case .noVenue: "The plan has no venue (no booth floor plan)."
        case .duplicateParty(let party, let requests):
            "Party «\(party)» has \(requests) booth requests; merge them into one."
        case .noBoothsRequested(let party, let booths):
            "\(party): the booths requested must be 1 or more (now \(booths))."
        case .fixedBoothNotInVenue(let booth): "Booth «\(booth)» is held or pinned but is not on the venue."
        case .fixedForUnregisteredParty(let booth, let party):
            "Booth \(booth) is held or pinned for party «\(party)», which has no booth request."
        case .fixedBoothBlocked(let booth): "Booth \(booth) cannot be used but is held or pinned."
        case .boothFixedForTwoParties(let booth, let first, let second):
            "Booth \(booth) is held or pinned for two parties: «\(first)» and «\(second)»."
        case .moreFixedThanWanted(let party, let fixed, let wanted):
            "\(party): \(Self.booths(fixed)) held or pinned but only \(wanted) requested."
        case .unknownPolicyProvince(let written):
            "Zoning policy: the province or city «\(written)» is not recognised."
        case .noDays: "The event has no days."
        case .dayClosesBeforeOpening(let date):
            "\(date.vietnamese): the closing time is not after the opening time."
        case .duplicateDay: "A day is declared twice."
        case .nonPositiveSlot: "The scheduling step must be more than 0 minutes."
        case .noRooms: "The venue has no meeting rooms."
        case .duplicateRoom(let room): "Room «\(room)» is declared twice."
        case .duplicateSession(let session): "Session «\(session)» is declared twice."
        case .duplicateConnectionPoint(let point): "Connection point «\(point)» is declared twice."
        case .nonPositiveDuration(let session):
            "Session «\(session)»: the duration must be more than 0 minutes."
        case .sessionLongerThanEveryDay(let session, let minutes):
            "Session «\(session)» lasts \(Self.minutes(minutes)), longer than every day of the event."
        case .unknownConnectionPoint(let session, let point):
            "Session «\(session)» links connection point «\(point)», which is not registered."
        case .unknownPredecessor(let session, let predecessor):
            "Session «\(session)» must follow session «\(predecessor)», which is not in the programme."
        case .negativeLinkTest(let point): "\(point): the link-test time cannot be negative."
        case .gridNoTimeslots: "The timetable has no timeslots."
        case .gridNoRooms: "The timetable has no rooms."
        case .gridTimeslotNotAfterStart(let timeslot): "Timeslot \(timeslot) does not end after it starts."
        case .gridTimeslotTooLong(let timeslot, let limit):
            "Timeslot \(timeslot) is longer than \(limit) minutes."
        case .gridUnknownIndex(let owner, let index):
            "«\(owner)» refers to number \(index), which the timetable does not have."
        case .gridNoPlaceForKind(let session, let kind):
            "Session «\(session)» is of kind «\(kind)», which no timeslot or no room takes."
        case .gridTooManySessions(let count, let limit):
            "The timetable has \(count) sessions; at most \(limit) are timetabled on a grid."
        case .gridTooManyPlaces(let sessions, let cells, let limit):
            "\(sessions) sessions on \(cells) places (timeslots × rooms) are more than the \(limit) a grid timetable takes."
        }
    }

    private static func english(_ kind: SchedulerError.ReferenceKind) -> String {
        switch kind {
        case .party: "exhibiting party"
        case .person: "person"
        }
    }

    private static func english(_ reason: UnplacedReason) -> String {
        switch reason {
        case .noFoodZone:
            "It shows food but the venue has no zone where food may be sold."
        case .noAllowedZone:
            "No free booth lies in a zone the party is allowed (under the province's zoning rules)."
        case .missingService(let service):
            "No booth in the allowed zones offers \(english(service))."
        case .noContiguousBlock(let booths) where booths == 1:
            "No booth in the allowed zones is suitable (offers the services needed)."
        case .noContiguousBlock(let booths):
            "No zone has \(booths) suitable booths side by side (offering the services needed)."
        case .noFreeBlock(let booths) where booths == 1:
            "No free booth is left in the suitable zones (taken by parties served first: with held or pinned booths, of higher priority or registered earlier)."
        case .noFreeBlock(let booths):
            "No \(booths) free booths side by side are left in the suitable zones (taken by parties served first: with held or pinned booths, of higher priority or registered earlier)."
        case .pinsCannotBeExtended(let booths):
            "The held or pinned booths cannot be extended to \(booths) booths side by side; the party keeps its "
                + "pinned booths."
        }
    }

    private static func english(_ reason: BoothAllocation.StopReason) -> String {
        switch reason {
        case .iterationLimit: "the iteration cap was reached"
        case .timeBudget: "the time budget ran out"
        case .nothingToImprove: "there was no other arrangement to try"
        case .stalled: "no better plan was found for many steps in a row"
        }
    }

    private static func english(_ kind: ScoreComponentKind) -> String {
        switch kind {
        case .placement: "Booths let"
        case .compactness: "Blocks not in one straight run (penalty)"
        case .zoning: "Right zone by category, province, request"
        case .pavilion: "Parties of one province side by side"
        case .regionalPavilion: "Booths in the pavilion of the party's region"
        case .clusterGrouping: "Parties of one emulation cluster side by side"
        case .productClash: "Same product set next door (penalty)"
        case .primeBooths: "Corner and main-aisle booths for more stars, earlier registration"
        case .stability: "Parties moved from the published plan (penalty)"
        }
    }

    private static func english(_ kind: TimetableScoreComponentKind) -> String {
        switch kind {
        case .unplaced: "Sessions not placed"
        case .plenaryOutsideMorning: "Plenaries not held in the morning"
        case .connectionPointIdleMinutes: "Idle minutes between sessions at connection points"
        case .extraLinkTestMinutes: "Minutes of link tests at connection points on days beyond their first"
        case .trackRoomChanges: "Rooms beyond a track's main room"
        case .preferenceMisses: "Participants outside their preferred times"
        case .movedFromPublished: "Sessions moved in time or room from the published programme"
        }
    }

    private static func english(_ service: BoothService) -> String {
        switch service {
        case .power: "extra power"
        case .water: "water"
        case .coldStorage: "cold storage"
        }
    }

    private static func english(_ person: PersonName) -> String {
        switch person {
        case .known(let name): name
        case .unknown(let identifier): "Person «\(identifier)»"
        }
    }

    private static func booths(_ count: Int) -> String {
        count == 1 ? "1 booth" : "\(count) booths"
    }

    private static func parties(_ count: Int) -> String {
        count == 1 ? "1 party" : "\(count) parties"
    }

    private static func minutes(_ count: Int) -> String {
        count == 1 ? "1 minute" : "\(count) minutes"
    }

    private static func stars(_ count: Int) -> String {
        count == 1 ? "1 star" : "\(count) stars"
    }
}
