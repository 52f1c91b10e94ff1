public import Scheduler

extension TimefoldConference {
    /// The conference as a ``GridProblem``: timeslots and rooms take the talk types whose
    /// compatible sets list them (kinds named `name#position`), speakers are the people, talks
    /// the sessions (a pinned talk pinned to its timeslot and room), and every Timefold
    /// constraint is the ``GridComponent`` of the same definition with Timefold's default weight
    /// (``GridWeights/standard``).
    public func gridProblem() -> GridProblem {
        let kinds = talkTypes.enumerated().map { "\($1.name)#\($0)" }
        var slotKinds = [Set<String>](repeating: [], count: timeslots.count)
        var roomKinds = [Set<String>](repeating: [], count: rooms.count)
        for (index, type) in talkTypes.enumerated() {
            for slot in type.timeslots { slotKinds[slot].insert(kinds[index]) }
            for room in type.rooms { roomKinds[room].insert(kinds[index]) }
        }
        // A timeslot or room no talk type lists takes no talk (an empty set would take every kind).
        let none: Set<String> = [""]
        return GridProblem(
            timeslots: timeslots.indices.map { index in
                GridTimeslot(
                    start: timeslots[index].start, end: timeslots[index].end,
                    tags: Set(timeslots[index].tags),
                    kinds: slotKinds[index].isEmpty ? none : slotKinds[index])
            },
            rooms: rooms.indices.map { index in
                GridRoom(
                    name: rooms[index].name, capacity: rooms[index].capacity, tags: Set(rooms[index].tags),
                    kinds: roomKinds[index].isEmpty ? none : roomKinds[index])
            },
            people: speakers.map { speaker in
                GridPerson(
                    name: speaker.name, unavailable: Set(speaker.unavailable),
                    timeslotTags: GridTagRules(
                        preferred: Set(speaker.preferredTimeslotTags),
                        undesired: Set(speaker.undesiredTimeslotTags)),
                    roomTags: GridTagRules(
                        required: Set(speaker.requiredRoomTags), preferred: Set(speaker.preferredRoomTags),
                        prohibited: Set(speaker.prohibitedRoomTags), undesired: Set(speaker.undesiredRoomTags)
                    ))
            },
            sessions: talks.map { talk in
                GridSession(
                    name: talk.code.isEmpty ? talk.title : talk.code, kind: kinds[talk.talkType],
                    people: talk.speakers,
                    themes: Set(talk.themeTracks), sectors: Set(talk.sectors),
                    audiences: Set(talk.audienceTypes),
                    level: talk.audienceLevel, content: Set(talk.content), language: talk.language,
                    roomTags: GridTagRules(
                        required: Set(talk.requiredRoomTags), preferred: Set(talk.preferredRoomTags),
                        prohibited: Set(talk.prohibitedRoomTags), undesired: Set(talk.undesiredRoomTags)),
                    exclusiveTags: Set(talk.exclusiveTags), prerequisites: talk.prerequisites,
                    popularity: talk.favoriteCount, crowdRisk: talk.crowdControlRisk > 0,
                    pin: talk.pinned
                        ? talk.timeslot.flatMap { slot in talk.room.map { GridCell(timeslot: slot, room: $0) }
                        } : nil)
            },
            minimumPauseMinutes: pauseMinutes, weights: .standard)
    }
}
