import Planning

extension ExactSearch {
    /// A session's rooms and starts under the constraints that are on.
    static func domain(
        of session: Int, model: TimetableModel, on: Set<ExactConstraint>, first: Bool, linkTestOn: [Bool]
    ) -> (rooms: [Int], starts: [Int]) {
        var timed = model.sessions[session]
        if !on.contains(.timing(session)) { timed.timing = .free }
        let pin = on.contains(.pin(session)) ? model.pin[session] : nil
        var times: [Int]
        if let pin {
            times =
                TimetableModel.allows(timed, start: pin.start, dayHours: model.dayHours) ? [pin.start] : []
        } else {
            times = TimetableModel.times(
                for: timed, dayHours: model.dayHours, slot: max(1, model.problem.slotMinutes),
                extra: model.extraStarts[session])
        }
        let length = model.duration[session]
        // Before a point's first possible link test ends, no linked session can start: it would
        // be the point's first, with no room for its test.
        let earliest =
            model.sessionPoints[session].filter { linkTestOn[$0] }.map { point in
                model.pointAvailability[point].filter { $0.count >= model.pointLead[point] }
                    .map { $0.lowerBound + model.pointLead[point] }.min() ?? Int.max
            }
            .max() ?? Int.min
        times = times.filter { start in
            let span = start..<(start + length)
            return start >= earliest
                && model.sessionPeople[session].allSatisfy {
                    !on.contains(.personAvailability($0))
                        || TimetableModel.covers(model.personAvailable[$0], span)
                }
                && model.sessionPoints[session].allSatisfy {
                    !on.contains(.pointAvailability($0))
                        || TimetableModel.covers(model.pointAvailability[$0], span)
                }
                && (!first
                    || model.sessionPoints[session].allSatisfy {
                        !linkTestOn[$0] || model.linkTestFits(point: $0, before: start)
                    })
        }
        let me = model.sessions[session]
        let rooms = model.rooms.indices.sorted {
            (model.rooms[$0].capacity, $0) < (model.rooms[$1].capacity, $1)
        }
        .filter { room in
            (!on.contains(.capacity(session)) || model.rooms[room].capacity >= me.expectedAudience)
                && (!on.contains(.videoLink(session)) || !me.needsVideoLink || model.rooms[room].hasVideoLink)
                && (pin.map { $0.room == room } ?? true)
        }
        return (rooms, times)
    }

    /// The penalty a placement carries on its own: plenary after noon, preferences, moved.
    static func staticCost(_ model: TimetableModel, _ session: Int, room: Int, start: Int) -> Int {
        let weights = model.weights
        var cost = weights.preferenceMiss * model.preferenceMisses(session, start: start)
        if model.isPlenary[session] && !model.endsInMorning(session, start: start) {
            cost += weights.plenaryOutsideMorning
        }
        if let published = model.published[session], published.room != room || published.start != start {
            cost += weights.movedFromPublished
        }
        return cost
    }

    /// Narrows the starts by precedence before the search, when every session in scope must be
    /// placed: a session starts no earlier than its predecessors can end, and ends no later than
    /// its successors can start (the first and last sessions likewise), until nothing changes.
    static func tighten(
        _ domains: inout [(rooms: [Int], starts: [Int])], model: TimetableModel, scope: [Int], preds: [[Int]],
        first: [Bool], last: [Bool]
    ) {
        func earliestEnd(_ session: Int) -> Int? {
            domains[session].starts.first.map { $0 + model.duration[session] }
        }
        func latestStart(_ session: Int) -> Int? { domains[session].starts.last }
        func keep(_ session: Int, from lowest: Int, through highest: Int) -> Bool {
            let before = domains[session].starts.count
            domains[session].starts.removeAll { $0 < lowest || $0 > highest }
            return domains[session].starts.count != before
        }
        var changed = true
        var passes = 0
        while changed && passes < 2 * scope.count + 2 {
            changed = false
            passes += 1
            for session in scope {
                var lowest = Int.min
                var highest = Int.max
                let length = model.duration[session]
                for predecessor in preds[session] {
                    if let end = earliestEnd(predecessor) { lowest = max(lowest, end) }
                }
                for other in scope where other != session {
                    if first[other], let end = earliestEnd(other) { lowest = max(lowest, end) }
                    if last[other], let start = latestStart(other) { highest = min(highest, start - length) }
                    if preds[other].contains(session), let start = latestStart(other) {
                        highest = min(highest, start - length)
                    }
                    if first[session], let start = latestStart(other) {
                        highest = min(highest, start - length)
                    }
                    if last[session], let end = earliestEnd(other) { lowest = max(lowest, end) }
                }
                if keep(session, from: lowest, through: highest) { changed = true }
            }
        }
    }

    /// For each session in scope, the others it is interchangeable with: same length, kind of
    /// session, audience, video need, people, points, timing, track and constraints on, no
    /// precedence, pin or published place.
    static func twins(model: TimetableModel, on: Set<ExactConstraint>, scope: [Int]) -> [[Int]] {
        struct Signature: Hashable {
            var minutes: Int
            var plenary: Bool
            var audience: Int
            var video: Bool
            var people: Set<Int>
            var points: Set<Int>
            var timing: SessionTiming
            var track: Int
            /// Its own starts (the current start among them): twins must have the same starts
            /// for the symmetry breaking (a later twin starts no earlier) to keep every timetable.
            var starts: [Int]
            var on: [Bool]
        }
        var groups: [Signature: [Int]] = [:]
        for session in scope {
            let me = model.sessions[session]
            guard model.pin[session] == nil, model.published[session] == nil,
                model.predecessors[session].isEmpty,
                model.successors[session].isEmpty, !model.isFirst[session], !model.isLast[session]
            else { continue }
            let signature = Signature(
                minutes: me.durationMinutes, plenary: model.isPlenary[session], audience: me.expectedAudience,
                video: me.needsVideoLink, people: Set(model.sessionPeople[session]),
                points: Set(model.sessionPoints[session]), timing: me.timing, track: model.track[session],
                starts: model.startCandidates[session],
                on: [
                    on.contains(.timing(session)), on.contains(.capacity(session)),
                    on.contains(.videoLink(session)),
                ])
            groups[signature, default: []].append(session)
        }
        var twins = [[Int]](repeating: [], count: model.sessions.count)
        for members in groups.values where members.count > 1 {
            for session in members { twins[session] = members.filter { $0 != session } }
        }
        return twins
    }
}
