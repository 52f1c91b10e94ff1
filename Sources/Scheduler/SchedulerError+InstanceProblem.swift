public import Planning

extension SchedulerError {
    /// One inconsistency of a booth-allocation or timetabling instance.
    ///
    /// Identifiers and names are given as the input wrote them; the wording of each case is in
    /// ``SchedulerMessage``.
    public enum InstanceProblem: Hashable, Sendable, Localizable {
        // MARK: Booth allocation

        /// The plan has no venue (no booth plan to allocate).
        case noVenue
        /// A party (identifier) has several booth requests.
        case duplicateParty(party: String, requests: Int)
        /// A party (name) asks for fewer than one booth.
        case noBoothsRequested(party: String, booths: Int)
        /// A pinned or held booth is not on the venue.
        case fixedBoothNotInVenue(booth: String)
        /// A booth is pinned or held for a party (identifier) that asks for no booths.
        case fixedForUnregisteredParty(booth: String, party: String)
        /// A pinned or held booth is blocked on the venue.
        case fixedBoothBlocked(booth: String)
        /// A booth is pinned or held for two parties (identifiers).
        case boothFixedForTwoParties(booth: String, first: String, second: String)
        /// A party (name) has more pinned or held booths than it asks for.
        case moreFixedThanWanted(party: String, fixed: Int, wanted: Int)
        /// The zoning policy names a province (as written) that cannot be recognised.
        case unknownPolicyProvince(String)

        // MARK: Timetabling

        /// The event has no days.
        case noDays
        /// A day closes at or before it opens.
        case dayClosesBeforeOpening(CalendarDate)
        /// A day is declared twice.
        case duplicateDay
        /// The start grid is not a positive number of minutes.
        case nonPositiveSlot
        /// The venue has no rooms.
        case noRooms
        /// A room identifier is declared twice.
        case duplicateRoom(String)
        /// A session identifier is declared twice.
        case duplicateSession(String)
        /// A connection point identifier is declared twice.
        case duplicateConnectionPoint(String)
        /// A session (title) lasts no minutes or fewer.
        case nonPositiveDuration(session: String)
        /// A session (title) is longer than every day's opening hours.
        case sessionLongerThanEveryDay(session: String, minutes: Int)
        /// A session (title) links a connection point (identifier) that is not registered.
        case unknownConnectionPoint(session: String, point: String)
        /// A session (title) must follow a session (identifier) that is not in the programme.
        case unknownPredecessor(session: String, predecessor: String)
        /// A connection point (name) has a negative link-test lead time.
        case negativeLinkTest(point: String)

        // MARK: Timeslot grids

        /// A grid problem has no timeslots.
        case gridNoTimeslots
        /// A grid problem has no rooms.
        case gridNoRooms
        /// A grid timeslot (position, from 1) ends at or before it starts.
        case gridTimeslotNotAfterStart(timeslot: Int)
        /// A grid timeslot (position, from 1) longer than `limit` minutes.
        case gridTimeslotTooLong(timeslot: Int, limit: Int)
        /// A grid session or person (name) refers to a timeslot, room, person or session (`index`,
        /// from 0) the problem does not have.
        case gridUnknownIndex(owner: String, index: Int)
        /// A grid session (name) of a kind (name) that no timeslot or no room takes.
        case gridNoPlaceForKind(session: String, kind: String)
        /// A grid problem with more sessions than the timetabler takes (`limit`).
        case gridTooManySessions(count: Int, limit: Int)
        /// A grid problem whose sessions times cells (timeslots times rooms) exceed `limit`.
        case gridTooManyPlaces(sessions: Int, cells: Int, limit: Int)

        /// The problem in `language`.
        public func text(_ language: Language) -> String {
            SchedulerMessage.instanceProblem(self).text(language)
        }
    }
}
