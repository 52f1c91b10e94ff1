public import Planning

/// Every message the Scheduler shows people, in Vietnamese and English.
///
/// Cases are message codes with typed values (names, identifiers, counts, times as given by the
/// input: data, never sentences); ``text(_:)`` words them in a ``Language``. Errors, findings,
/// reasons, explanations and score labels all take their wording from here, and values that go
/// into JSON carry it as ``BilingualText`` so one document holds both languages.
public enum SchedulerMessage: Hashable, Sendable, Localizable {
    // MARK: Errors

    /// The input cannot be planned: a heading, then every problem on its own line.
    case invalidInstance([SchedulerError.InstanceProblem])
    /// One inconsistency of the input.
    case instanceProblem(SchedulerError.InstanceProblem)
    /// A referenced entity does not exist: its kind and the identifier as given.
    case unknownReference(SchedulerError.ReferenceKind, identifier: String)

    // MARK: Booth allocation

    /// Why a party got no booths.
    case unplacedReason(UnplacedReason)
    /// The name of a booth score component.
    case boothComponent(ScoreComponentKind)
    /// The first line of an allocation's account: its title.
    case allocationTitle(String)
    /// Parties placed out of all, booths let, parties waiting.
    case allocationSummary(placed: Int, parties: Int, booths: Int, waiting: Int)
    /// The run: its seed, iterations and why it stopped.
    case allocationRun(seed: UInt64, iterations: Int, stoppedBy: BoothAllocation.StopReason)
    /// The time guard cut the run after so many iterations: the same seed may give another plan.
    case allocationMayNotRepeat(iterations: Int)
    /// Help for `allocate booths`: how the search budget, the stall stop and the time guard work.
    case allocationSearchHelp
    /// The heading of the placed parties' table.
    case placedPartiesHeading
    /// Column: row number.
    case columnNumber
    /// Column: exhibiting party.
    case columnParty
    /// Column: province.
    case columnProvince
    /// Column: how many booths.
    case columnBoothCount
    /// Column: booth codes.
    case columnBooths
    /// Column: zones.
    case columnZones
    /// Column: score component.
    case columnComponent
    /// Column: raw value.
    case columnValue
    /// Column: weight.
    case columnWeight
    /// Column: weighted points.
    case columnPoints
    /// A party (name) whose booths are held or pinned.
    case partyWithFixedBooths(String)
    /// An empty list.
    case noneListed
    /// The heading of the score table.
    case scoreByComponentHeading
    /// The score table's total row.
    case totalScoreRow
    /// The upper bound on any plan's total score (``BoothUpperBound``), and how much of it this
    /// plan reaches: texts already formatted (points, percentages).
    case upperBoundLine(bound: String, reached: String, gap: String)
    /// The waiting list is empty.
    case waitingListEmpty
    /// The heading of the waiting list.
    case waitingListHeading
    /// One party on the waiting list: its place, name, province, booths wanted and reason.
    case waitingListEntry(position: Int, party: String, province: String, booths: Int, reason: UnplacedReason)

    // MARK: Booth plan check

    /// A booth plan with no finding at all.
    case boothPlanClean
    /// How many hard and soft findings a booth plan has.
    case boothFindingCounts(hard: Int, soft: Int)
    /// The label of a finding: hard (a rule broken) or soft (a note).
    case findingSeverity(hard: Bool)
    /// A plan's total score.
    case totalScoreLine(Double)
    /// A booth code not on the venue.
    case unknownBooth(booth: String)
    /// A booth given to a party (identifier) without a booth request.
    case unknownParty(booth: String, party: String)
    /// A booth given to a party (identifier) that has withdrawn.
    case withdrawnParty(booth: String, party: String)
    /// A booth written twice for one party (name).
    case boothListedTwice(booth: String, party: String)
    /// A booth given to two parties (names).
    case boothGivenTwice(booth: String, first: String, second: String)
    /// A blocked booth given to a party (name).
    case blockedBooth(booth: String, party: String)
    /// A booth in a closed zone given to a party (name).
    case closedZone(booth: String, party: String)
    /// A party (name) showing food at a booth where food is not allowed.
    case foodNotAllowed(party: String, booth: String)
    /// A booth outside the zones (identifiers or tags) required for a province (name).
    case wrongZone(booth: String, province: String, zones: [String])
    /// A pinned booth not given to its party (name).
    case pinNotKept(booth: String, party: String)
    /// A held booth not given to its party (name).
    case holdNotKept(booth: String, party: String)
    /// A party (name) with no booths, and the booths it wants.
    case partyNotPlaced(party: String, booths: Int)
    /// A party (name) given fewer booths than it wants.
    case fewerBoothsThanWanted(party: String, given: Int, wanted: Int)
    /// A party (name) given more booths than it wants.
    case moreBoothsThanWanted(party: String, given: Int, wanted: Int)
    /// A party's (name) booths (codes, in order) that are not one block.
    case blockNotConnected(party: String, booths: [String])
    /// A party's (name) booths (codes, in order) that are one block but not a straight run, and
    /// whether a free straight run of the size it wants was left.
    case blockNotStraight(party: String, booths: [String], wanted: Int, straightRunFree: Bool)
    /// No booth of a party's (name) block offers a service it needs.
    case serviceMissing(party: String, service: BoothService)
    /// Neighbours (names) of different provinces selling the same product sets (names).
    case sameProductNeighbours(first: String, second: String, productSets: [String])
    /// A province's (name) parties not standing together.
    case pavilionSplit(province: String, parties: Int)
    /// None of a party's (name) booths is in a zone it prefers.
    case outsidePreferredZone(party: String)
    /// A party (name) stands outside its region's pavilion (zone names) while a block of booths
    /// there (codes) is free or held by parties served after it.
    case outsideRegionalPavilion(party: String, pavilion: String, booths: [String])
    /// A prime booth held by a party (name, stars) while another (name, stars) has none.
    case primeBoothOrder(holder: String, holderStars: Int, other: String, otherStars: Int)
    /// A party (name) in the published plan (booth codes) that now has no booths.
    case droppedFromPublished(party: String, booths: [String])
    /// A party (name) moved from its published booths to others (codes).
    case movedFromPublished(party: String, from: [String], to: [String])

    // MARK: Timetable issues

    /// A session (title) with no place in the programme.
    case sessionNotScheduled(session: String)
    /// A session (title) placed outside every day's opening hours.
    case sessionOutsideHours(session: String, span: Span)
    /// A session (title) with a fixed start placed at another time.
    case fixedTimeMoved(session: String, fixed: Moment, placed: Moment)
    /// A session (title) placed outside its window.
    case outsideWindow(session: String, window: Span, placed: Span)
    /// A room (name, seats) too small for a session (title, audience).
    case roomTooSmall(room: String, capacity: Int, session: String, audience: Int)
    /// A session (title) needing a video link in a room (name) without one.
    case roomWithoutVideoLink(session: String, room: String)
    /// A room (name) holding two sessions (titles) at once.
    case roomConflict(room: String, first: String, second: String)
    /// A room (name) already taken by another session (title) at that time.
    case roomBusy(room: String, other: String)
    /// A person busy in another session (title).
    case personBusy(PersonName, other: String)
    /// A person in two sessions (titles) at once.
    case personConflict(PersonName, first: String, second: String)
    /// A connection point (name) already linked to another session (title).
    case pointBusy(point: String, other: String)
    /// A connection point (name) linked to two sessions (titles) at once.
    case pointConflict(point: String, first: String, second: String)
    /// A connection point (name) not available during a session (title).
    case pointUnavailable(point: String, span: Span, session: String)
    /// A person not available during a session (title).
    case personUnavailable(PersonName, span: Span, session: String)
    /// A connection point's (name) link test that does not fit before its first session: the
    /// first start, the lead minutes, when the test would start, and when the point's
    /// availability begins (nil: the point is not available then).
    case linkTestTooLate(
        point: String, firstStart: Moment, leadMinutes: Int, testStart: Moment, availableFrom: Moment?)
    /// A session (title) that must come first, and another (title) that starts before it ends.
    case mustBeFirst(session: String, other: String)
    /// A session (title) that must come last, and another (title) that ends after it starts.
    case mustBeLast(session: String, other: String)
    /// A session (title) that must start after another (title) has ended.
    case mustFollow(session: String, predecessor: String)
    /// A programme naming a session (identifier) the problem does not have.
    case unknownSessionInProgramme(session: String)
    /// A session (title) placed twice.
    case sessionPlacedTwice(session: String)
    /// A session (title) placed in a room (identifier) the venue does not have.
    case unknownRoomInProgramme(room: String, session: String)

    /// A person named on their own: the display name, or words naming an unknown identifier.
    case person(PersonName)

    // MARK: Why a session is not placed

    /// A connection point (name) available only in some spans.
    case pointOnlyAvailable(point: String, spans: [Span])
    /// A person available only in some spans.
    case personOnlyAvailable(PersonName, spans: [Span])
    /// No room has a video link for a session (title).
    case noVideoRoom(session: String)
    /// No room with a video link seats a session's (title) audience; the largest such room's seats.
    case noVideoRoomLargeEnough(session: String, audience: Int, largest: Int)
    /// No room seats a session's (title) audience; the largest room's seats.
    case noRoomLargeEnough(session: String, audience: Int, largest: Int)
    /// A session's (title, minutes) fixed start is outside the opening hours.
    case fixedStartOutsideHours(session: String, start: Moment, minutes: Int)
    /// A session's (title, minutes) window cannot hold it within the opening hours.
    case windowTooShort(session: String, window: Span, minutes: Int)
    /// A session (title, minutes) that fits in no day's opening hours.
    case sessionFitsNoDay(session: String, minutes: Int)
    /// A connection point (name) not available at any time a session (title) could take place.
    case pointNeverAvailable(point: String, session: String)
    /// A person not available at any time a session (title) could take place.
    case personNeverAvailable(PersonName, session: String)
    /// No time when every point and participant of a session (title) is available.
    case noCommonTime(session: String)

    // MARK: Timetable result

    /// The label of a timetable score component.
    case timetableComponent(TimetableScoreComponentKind)
    /// The first line of a timetable's account: seed, sessions placed out of all.
    case timetableSummary(seed: UInt64, placed: Int, sessions: Int)
    /// The heading of a day of the timetable.
    case timetableDay(CalendarDate)
    /// One line of the timetable: times, room (name), session (title), points linked.
    case timetableEntry(start: TimeOfDay, end: TimeOfDay, room: String, session: String, linkedPoints: Int)
    /// The heading of the link tests.
    case linkTestsHeading
    /// One link test: the point (name), its span and the session (title) it precedes.
    case linkTestEntry(point: String, start: LocalDateTime, end: LocalDateTime, session: String)
    /// The heading of the penalty by component, with the total.
    case penaltyHeading(total: Int)
    /// One component of the penalty: value times weight.
    case penaltyComponent(TimetableScoreComponentKind, value: Int, weight: Int, penalty: Int)
    /// The heading of the unplaced sessions.
    case unplacedSessionsHeading
    /// The search stopped on its time budget after some steps.
    case stoppedByTime(iterations: Int)

    // MARK: Exact timetabling

    /// The method that produced a timetable, with the branch-and-bound decisions it took and,
    /// for the exact method followed by local search, whether time (rather than the node budget)
    /// stopped the exact method.
    case timetableMethod(TimetableMethod, nodes: Int, cutByTime: Bool = false)
    /// The starts an exact method's proof covers: the grid, in minutes from each day's opening,
    /// and each session's own starts.
    case proofStartGrid(minutes: Int)
    /// What a timetabling run proved: whether every session fits, whether no timetable places
    /// more, whether none scores lower.
    case timetableProof(TimetableProof.Feasibility, mostPlaced: Bool, optimal: Bool)
    /// The heading of a set of constraints that cannot all hold; minimal when each was proven
    /// necessary.
    case conflictHeading(minimal: Bool)
    /// One constraint of such a set.
    case conflictConstraint(TimetableConstraint)
    /// The time budget stopped the exact method after some decisions, before it proved what it set
    /// out to: the timetable may differ on another run.
    case exactStoppedByTime(nodes: Int)

    // MARK: Timeslot grids

    /// The label of a grid timetable's score component.
    case gridComponent(GridComponent)
    /// The first line of a grid timetable's account: sessions, seed and steps.
    case gridSummary(sessions: Int, seed: UInt64, iterations: Int)
    /// The heading of the hard rules (`hard`) or the soft goals, with their total.
    case gridScoreHeading(hard: Bool, total: Int)
    /// One component of a grid timetable's score: value times weight.
    case gridScoreLine(GridComponent, value: Int, weight: Int, penalty: Int)
    /// No timeslot of the grid takes the session's kind.
    case gridNoTimeslotOfKind(kind: AgendaKind)
    /// No timeslot of its kind is as long as the session.
    case gridNoTimeslotLongEnough(minutes: Int)
    /// No timeslot long enough starts at the session's fixed start.
    case gridNoTimeslotAtFixedStart(LocalDateTime)
    /// No timeslot long enough lies within the session's window.
    case gridNoTimeslotInWindow(TimeRange)
    /// A linked connection point is not ready (its hours, with the link test's lead time before
    /// the session) in any timeslot left.
    case gridPointNotReady(point: String, leadMinutes: Int)
    /// No room takes the session's kind with enough seats (and a video link when it needs one).
    case gridNoRoom(kind: AgendaKind, seats: Int, videoLink: Bool)
    /// The pinned room and start do not match a timeslot and room the session may take.
    case gridPinOffGrid(room: String, start: LocalDateTime)
    /// Wherever the search put the session, it broke these hard rules; it was left out so the
    /// others keep to every rule.
    case gridBreaks([GridComponent])
    /// A hand-made programme puts a session where no timeslot starts.
    case gridOffGrid(session: String, start: LocalDateTime)
    /// A hand-made programme puts a session in a timeslot or room that does not take its kind.
    case gridWrongKind(session: String, kind: AgendaKind, room: String, start: LocalDateTime)
    /// A hand-made programme puts a session in a timeslot shorter than the session.
    case gridTooLong(session: String, minutes: Int, timeslotMinutes: Int)
    /// A hand-made programme's session breaks hard rules of the grid.
    case gridSessionBreaks(session: String, components: [GridComponent])

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
