extension GridModel {
    /// What a session costs on its own in a timeslot and a room: its people's unavailability and
    /// timeslot tags, and the room tags it and its people ask for.
    static func unaryCost<T: GridTally>(
        _ problem: GridProblem, session index: Int, slot: Int, room: Int, into tally: inout T
    ) {
        let session = problem.sessions[index]
        let timeslot = problem.timeslots[slot]
        let tags = problem.rooms[room].tags
        let minutes = timeslot.minutes
        var seen: [Int] = []
        for person in session.people where !seen.contains(person) {
            seen.append(person)
            if problem.people[person].unavailable.contains(slot) { tally.add(.personUnavailable, minutes) }
        }
        for person in session.people {
            let rules = problem.people[person]
            add(
                .personPreferredTimeslotTags,
                GridTagRules.missing(rules.timeslotTags.preferred, from: timeslot.tags))
            add(
                .personUndesiredTimeslotTags, GridTagRules.shared(rules.timeslotTags.undesired, timeslot.tags)
            )
            add(.personRequiredRoomTags, GridTagRules.missing(rules.roomTags.required, from: tags))
            add(.personPreferredRoomTags, GridTagRules.missing(rules.roomTags.preferred, from: tags))
            add(.personProhibitedRoomTags, GridTagRules.shared(rules.roomTags.prohibited, tags))
            add(.personUndesiredRoomTags, GridTagRules.shared(rules.roomTags.undesired, tags))
        }
        add(.sessionRequiredRoomTags, GridTagRules.missing(session.roomTags.required, from: tags))
        add(.sessionPreferredRoomTags, GridTagRules.missing(session.roomTags.preferred, from: tags))
        add(.sessionProhibitedRoomTags, GridTagRules.shared(session.roomTags.prohibited, tags))
        add(.sessionUndesiredRoomTags, GridTagRules.shared(session.roomTags.undesired, tags))
        if let published = session.published, published != GridCell(timeslot: slot, room: room) {
            tally.add(.publishedMoved, minutes)
        }
        // A session its own prerequisite can never be over before it starts.
        if session.prerequisites.contains(index) { tally.add(.prerequisite, 2 * minutes) }

        func add(_ component: GridComponent, _ count: Int) {
            if count > 0 { tally.add(component, count * minutes) }
        }
    }

    /// What two sessions in their cells cost together.
    @inline(__always)
    func pairCost<T: GridTally>(
        _ first: Int, _ firstCell: Int, _ second: Int, _ secondCell: Int, into tally: inout T
    ) {
        let facts = pairs[first &* sessionCount &+ second]
        let a = firstCell / roomCount
        let b = secondCell / roomCount
        let slotPair = a &* slotCount &+ b
        let overlap = self.overlap[slotPair]
        let themes = Int(facts.themes)
        let content = Int(facts.content)
        if overlap > 0 {
            if firstCell % roomCount == secondCell % roomCount { tally.add(.roomConflict, overlap) }
            if facts.people > 0 { tally.add(.personConflict, Int(facts.people) * overlap) }
            if facts.exclusive > 0 { tally.add(.exclusiveTags, Int(facts.exclusive) * overlap) }
            if themes > 0 {
                tally.add(.themeConflict, themes * overlap)
                if facts.audiences > 0 {
                    tally.add(.audienceTypeThemeConflict, Int(facts.audiences) * themes * overlap)
                }
            }
            if facts.sectors > 0 { tally.add(.sectorConflict, Int(facts.sectors) * overlap) }
            if content > 0 { tally.add(.contentConflict, content * overlap) }
        }
        let combined = minutes[a] + minutes[b]
        if facts.people > 0 && !pauseKept[slotPair] { tally.add(.pause, combined) }
        if facts.firstBeforeSecond && endsAfterStart[slotPair] { tally.add(.prerequisite, combined) }
        if facts.secondBeforeFirst && endsAfterStart[b &* slotCount &+ a] {
            tally.add(.prerequisite, combined)
        }
        if a == b {
            if facts.audiences > 0 { tally.add(.audienceTypeDiversity, Int(facts.audiences) * minutes[a]) }
            if facts.level != 0 { tally.add(.audienceLevelDiversity, minutes[a]) }
            if facts.languagesDiffer { tally.add(.languageDiversity, minutes[a]) }
        }
        if day[a] == day[b] {
            if themes > 0 && firstCell % roomCount != secondCell % roomCount {
                tally.add(.themeRoomStability, themes * combined)
            }
        } else if themes + content > 0 {
            tally.add(.sameDay, (themes + content) * combined)
        }
        if content > 0 {
            if facts.level < 0 && endsAfterStart[slotPair] {
                tally.add(.contentLevelFlow, content * combined)
            }
            if facts.level > 0 && endsAfterStart[b &* slotCount &+ a] {
                tally.add(.contentLevelFlow, content * combined)
            }
        }
        if facts.popularity != 0 {
            let firstCapacity = capacity[firstCell % roomCount]
            let secondCapacity = capacity[secondCell % roomCount]
            if facts.popularity < 0 ? firstCapacity > secondCapacity : secondCapacity > firstCapacity {
                tally.add(.popularRooms, combined)
            }
        }
    }

    /// The crowd rule in one timeslot holding `count` crowd-risk sessions: each of them costs its
    /// minutes once three or more share the timeslot.
    func crowdCost<T: GridTally>(slot: Int, count: Int, into tally: inout T) {
        if count >= 3 { tally.add(.crowd, count * minutes[slot]) }
    }

    /// A person's spread: 480 minutes per day beyond the second between their first and last days.
    func spreadCost<T: GridTally>(firstDay: Int, lastDay: Int, into tally: inout T) {
        let days = lastDay - firstDay
        if days > 1 { tally.add(.personSpread, (days - 1) * 8 * 60) }
    }

    /// Every component's value for a whole timetable (cells per session), recomputed from scratch.
    func tally<T: GridTally>(cells: [Int], into tally: inout T) {
        for session in 0..<sessionCount {
            Self.unaryCost(
                problem, session: session, slot: cells[session] / roomCount, room: cells[session] % roomCount,
                into: &tally)
            for other in (session + 1)..<max(session + 1, sessionCount) {
                pairCost(session, cells[session], other, cells[other], into: &tally)
            }
        }
        var crowded = [Int](repeating: 0, count: slotCount)
        for session in 0..<sessionCount where crowd[session] { crowded[cells[session] / roomCount] += 1 }
        for slot in 0..<slotCount { crowdCost(slot: slot, count: crowded[slot], into: &tally) }
        for sessions in personSessions where !sessions.isEmpty {
            let days = sessions.map { day[cells[$0] / roomCount] }
            spreadCost(firstDay: days.min() ?? 0, lastDay: days.max() ?? 0, into: &tally)
        }
    }
}
