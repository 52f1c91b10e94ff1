import Planning

/// Scores a timetable of a ``TimefoldConference`` exactly as Timefold's
/// `ConferenceSchedulingConstraintProvider` (timefold-solver-benchmarks) defines it: every hard
/// and soft constraint with Timefold's default weights and match weights, written from those
/// definitions and independent of FairPlan's own scoring (``Scheduler/GridTimetabler``).
///
/// Each talk must have a timeslot and a room (`assignment`, by position); Timefold's value
/// ranges (the talk type's compatible timeslots and rooms) are not constraints and are checked
/// apart by ``outsideValueRange(_:assignment:)``.
public struct TimefoldScoreChecker: Sendable {
    /// A talk's planning values: positions in the conference's timeslots and rooms.
    public struct Placement: Hashable, Sendable {
        /// The timeslot's position.
        public var timeslot: Int
        /// The room's position.
        public var room: Int

        /// Creates a placement.
        public init(timeslot: Int, room: Int) {
            self.timeslot = timeslot
            self.room = room
        }
    }

    /// The conference scored.
    public let conference: TimefoldConference

    /// Creates a checker.
    public init(conference: TimefoldConference) {
        self.conference = conference
    }

    /// Talks (positions) whose timeslot or room is outside their talk type's compatible sets.
    public func outsideValueRange(_ assignment: [Placement]) -> [Int] {
        conference.talks.indices.filter { index in
            let type = conference.talkTypes[conference.talks[index].talkType]
            return !type.timeslots.contains(assignment[index].timeslot)
                || !type.rooms.contains(assignment[index].room)
        }
    }

    /// The score of a timetable: one placement per talk, in talk order.
    public func score(_ assignment: [Placement]) -> TimefoldScore {
        let talks = conference.talks
        let count = talks.count
        func slot(_ talk: Int) -> TimefoldConference.Timeslot {
            conference.timeslots[assignment[talk].timeslot]
        }
        func tags(_ talk: Int) -> [String] { conference.rooms[assignment[talk].room].tags }
        func duration(_ talk: Int) -> Int { slot(talk).minutes }
        // Timefold's `overlapping(start, end)` joiner.
        func overlapping(_ first: Int, _ second: Int) -> Bool {
            slot(first).start < slot(second).end && slot(second).start < slot(first).end
        }
        // Timeslot.getOverlapInMinutes.
        func overlapMinutes(_ first: Int, _ second: Int) -> Int {
            if assignment[first].timeslot == assignment[second].timeslot { return duration(first) }
            let start = max(slot(first).start.minuteIndex, slot(second).start.minuteIndex)
            let end = min(slot(first).end.minuteIndex, slot(second).end.minuteIndex)
            return end - start
        }
        func combined(_ first: Int, _ second: Int) -> Int { duration(first) + duration(second) }
        func overlappingCount(_ left: [String], _ right: [String]) -> Int {
            left.filter { right.contains($0) }.count
        }
        func missingCount(_ required: [String], _ available: [String]) -> Int {
            required.filter { !available.contains($0) }.count
        }
        func sameDay(_ first: Int, _ second: Int) -> Bool {
            slot(first).start.date == slot(second).start.date
        }
        // Timeslot.pauseExists.
        func pauseExists(_ first: Int, _ second: Int) -> Bool {
            let (a, b) = (slot(first), slot(second))
            if assignment[first].timeslot == assignment[second].timeslot
                || (a.start < b.end && b.start < a.end)
            {
                return false
            }
            if a.start.date != b.start.date { return true }
            let pause =
                b.end <= a.start
                ? a.start.minuteIndex - b.end.minuteIndex : b.start.minuteIndex - a.end.minuteIndex
            return pause >= conference.pauseMinutes
        }
        func speakers(_ talk: Int) -> [Int] { talks[talk].speakers }
        func distinctSpeakers(_ talk: Int) -> [Int] {
            speakers(talk).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        }

        var totals: [String: (score: Int, matches: Int)] = [:]
        func penalize(_ name: String, _ weight: Int, _ matchWeight: Int) {
            totals[name, default: (0, 0)].score -= weight * matchWeight
            totals[name, default: (0, 0)].matches += 1
        }
        func reward(_ name: String, _ weight: Int, _ matchWeight: Int) {
            totals[name, default: (0, 0)].score += weight * matchWeight
            totals[name, default: (0, 0)].matches += 1
        }

        // Unique pairs.
        for first in 0..<count {
            for second in (first + 1)..<max(first + 1, count) {
                let talk1 = talks[first]
                let talk2 = talks[second]
                if overlapping(first, second) {
                    let overlap = overlapMinutes(first, second)
                    if assignment[first].room == assignment[second].room {
                        penalize("Room conflict", 1_000, overlap)
                    }
                    for speaker in distinctSpeakers(first) where talk2.speakers.contains(speaker) {
                        penalize("Speaker conflict", 10, overlapMinutes(second, first))
                    }
                    let exclusive = overlappingCount(talk1.exclusiveTags, talk2.exclusiveTags)
                    if exclusive > 0 {
                        penalize("Talk mutually-exclusive-talks tags", 1, exclusive * overlap)
                    }
                    let themes = overlappingCount(talk2.themeTracks, talk1.themeTracks)
                    if themes > 0 { penalize("Theme track conflict", 10, themes * overlap) }
                    let sectors = overlappingCount(talk2.sectors, talk1.sectors)
                    if sectors > 0 { penalize("Sector conflict", 10, sectors * overlap) }
                    let audienceTheme =
                        themes == 0 ? 0 : overlappingCount(talk2.audienceTypes, talk1.audienceTypes) * themes
                    if audienceTheme > 0 {
                        penalize("Audience type theme track conflict", 1, audienceTheme * overlap)
                    }
                    let content = overlappingCount(talk2.content, talk1.content)
                    if content > 0 { penalize("Content conflict", 100, content * overlap) }
                }
                if talk1.speakers.contains(where: { talk2.speakers.contains($0) })
                    && !pauseExists(first, second)
                {
                    penalize("Consecutive talks pause", 1, combined(first, second))
                }
                if sameDay(first, second) {
                    let themes = overlappingCount(talk1.themeTracks, talk2.themeTracks)
                    if themes > 0 && assignment[first].room != assignment[second].room {
                        penalize("Theme track room stability", 10, themes * combined(first, second))
                    }
                }
                if assignment[first].timeslot == assignment[second].timeslot {
                    let audience = overlappingCount(talk2.audienceTypes, talk1.audienceTypes)
                    if audience > 0 { reward("Audience type diversity", 1, audience * duration(first)) }
                    if talk1.audienceLevel != talk2.audienceLevel {
                        reward("Audience level diversity", 1, duration(first))
                    }
                    if talk1.language != talk2.language { reward("Language diversity", 10, duration(first)) }
                }
                if !sameDay(first, second) {
                    let overlap =
                        overlappingCount(talk2.content, talk1.content)
                        + overlappingCount(talk2.themeTracks, talk1.themeTracks)
                    if overlap > 0 { penalize("Same day talks", 10, overlap * combined(first, second)) }
                }
            }
        }
        // Ordered pairs (forEach joined with forEach), a talk with itself included where Timefold's
        // joiners allow it.
        for first in 0..<count {
            for second in 0..<count {
                let talk1 = talks[first]
                let talk2 = talks[second]
                if talk2.prerequisites.contains(first) && slot(first).end > slot(second).start {
                    penalize("Talk prerequisite talks", 10, combined(first, second))
                }
                if talk1.audienceLevel < talk2.audienceLevel && slot(first).end > slot(second).start {
                    let content = overlappingCount(talk2.content, talk1.content)
                    if content > 0 {
                        penalize(
                            "Content audience level flow violation", 10, content * combined(first, second))
                    }
                }
                if talk1.favoriteCount < talk2.favoriteCount
                    && conference.rooms[assignment[first].room].capacity
                        > conference.rooms[assignment[second].room].capacity
                {
                    penalize("Popular talks", 10, combined(first, second))
                }
            }
        }
        // One talk at a time.
        for talk in 0..<count {
            let value = talks[talk]
            for speaker in distinctSpeakers(talk)
            where conference.speakers[speaker].unavailable.contains(assignment[talk].timeslot) {
                penalize("Speaker unavailable timeslot", 100, duration(talk))
            }
            if value.crowdControlRisk > 0 {
                let others = (0..<count).filter {
                    $0 != talk && talks[$0].crowdControlRisk > 0
                        && assignment[$0].timeslot == assignment[talk].timeslot
                }.count
                if others > 0 && others != 1 { penalize("Crowd control", 1, duration(talk)) }
            }
            let list = speakers(talk).map { conference.speakers[$0] }
            let slotTags = slot(talk).tags
            let perTalk: [(String, Bool, Int, Int)] = [
                (
                    "Speaker required room tags", true, 1,
                    list.reduce(0) { $0 + missingCount($1.requiredRoomTags, tags(talk)) }
                ),
                (
                    "Speaker prohibited room tags", true, 1,
                    list.reduce(0) { $0 + overlappingCount($1.prohibitedRoomTags, tags(talk)) }
                ),
                ("Talk required room tags", true, 1, missingCount(value.requiredRoomTags, tags(talk))),
                (
                    "Talk prohibited room tags", true, 1,
                    overlappingCount(value.prohibitedRoomTags, tags(talk))
                ),
                (
                    "Speaker preferred timeslot tags", false, 20,
                    list.reduce(0) { $0 + missingCount($1.preferredTimeslotTags, slotTags) }
                ),
                (
                    "Speaker undesired timeslot tags", false, 20,
                    list.reduce(0) { $0 + overlappingCount($1.undesiredTimeslotTags, slotTags) }
                ),
                (
                    "Speaker preferred room tags", false, 20,
                    list.reduce(0) { $0 + missingCount($1.preferredRoomTags, tags(talk)) }
                ),
                (
                    "Speaker undesired room tags", false, 20,
                    list.reduce(0) { $0 + overlappingCount($1.undesiredRoomTags, tags(talk)) }
                ),
                ("Talk preferred room tags", false, 20, missingCount(value.preferredRoomTags, tags(talk))),
                (
                    "Talk undesired room tags", false, 20,
                    overlappingCount(value.undesiredRoomTags, tags(talk))
                ),
            ]
            for (name, _, weight, tagCount) in perTalk where tagCount > 0 {
                penalize(name, weight, tagCount * duration(talk))
            }
        }
        // Per speaker.
        for speaker in conference.speakers.indices {
            let own = (0..<count).filter { talks[$0].speakers.contains(speaker) }
            guard let earliest = own.min(by: { slot($0).start < slot($1).start }),
                let latest = own.max(by: { slot($0).start < slot($1).start })
            else { continue }
            let days = abs(slot(latest).start.date.daysSinceEpoch - slot(earliest).start.date.daysSinceEpoch)
            if days > 1 { penalize("Speaker makespan", 20, (days - 1) * 8 * 60) }
        }
        return TimefoldScore(
            constraints: Self.constraints.map { name, isHard in
                TimefoldScore.Constraint(
                    name: name, isHard: isHard, score: totals[name]?.score ?? 0,
                    matches: totals[name]?.matches ?? 0)
            })
    }

    /// Timefold's constraints in the provider's order, with whether each is hard.
    static let constraints: [(String, Bool)] = [
        ("Room conflict", true), ("Speaker unavailable timeslot", true), ("Speaker conflict", true),
        ("Talk prerequisite talks", true), ("Talk mutually-exclusive-talks tags", true),
        ("Consecutive talks pause", true), ("Crowd control", true), ("Speaker required room tags", true),
        ("Speaker prohibited room tags", true), ("Talk required room tags", true),
        ("Talk prohibited room tags", true),
        ("Theme track conflict", false), ("Theme track room stability", false), ("Sector conflict", false),
        ("Audience type diversity", false), ("Audience type theme track conflict", false),
        ("Audience level diversity", false), ("Content audience level flow violation", false),
        ("Content conflict", false), ("Language diversity", false), ("Same day talks", false),
        ("Popular talks", false), ("Speaker preferred timeslot tags", false),
        ("Speaker undesired timeslot tags", false),
        ("Speaker preferred room tags", false), ("Speaker undesired room tags", false),
        ("Talk preferred room tags", false), ("Talk undesired room tags", false), ("Speaker makespan", false),
    ]
}
