import Planning

extension ExactSearch {
    /// Places a session at one of its values and removes what that rules out from the other
    /// undecided sessions' domains; false when that leaves a session that must be placed without
    /// a value, or a link test that can no longer fit. Always paired with `undo()`.
    mutating func assign(_ session: Int, roomPosition: Int, startPosition: Int) -> Bool {
        depth += 1
        trail.append((session, -1))
        decided[session] = true
        let room = rooms[session][roomPosition]
        let time = starts[session][startPosition]
        state.place(session, room: room, at: time)
        let finish = time + model.duration[session]
        for other in twinsAfter[session] where !decided[other] {
            exclude(other, from: Int.min, to: time, roomPosition: nil)
        }
        for other in twinsBefore[session] where !decided[other] {
            exclude(other, from: time + 1, to: Int.max, roomPosition: nil)
        }
        for other in sessionsInScope where !decided[other] {
            if alive[other] == 0 {
                if mode != .optimise { return false }
                continue
            }
            let length = model.duration[other]
            var lowest = Int.min
            var highest = Int.max
            if succs[session].contains(other) || firstOn[session] || lastOn[other] { lowest = finish }
            if preds[session].contains(other) || firstOn[other] || lastOn[session] {
                highest = time - length
            }
            if lowest != Int.min { exclude(other, from: Int.min, to: lowest, roomPosition: nil) }
            if highest != Int.max { exclude(other, from: highest + 1, to: Int.max, roomPosition: nil) }
            if exclusive[session][other] {
                exclude(other, from: time - length + 1, to: finish, roomPosition: nil)
            } else if roomClashOn[room], self.roomPosition[other][room] >= 0 {
                exclude(
                    other, from: time - length + 1, to: finish, roomPosition: self.roomPosition[other][room])
            }
            if alive[other] == 0 && mode != .optimise { return false }
        }
        return linkTestsMayHold(after: session)
    }

    /// Leaves a session out; a pinned one keeps its room, people and points at its pinned time:
    /// false when a placed session already uses them then. Always paired with `undo()`.
    mutating func leaveOut(_ session: Int) -> Bool {
        depth += 1
        trail.append((session, -1))
        decided[session] = true
        guard reserves[session], let pin = model.pin[session] else { return true }
        let finish = pin.start + model.duration[session]
        for other in sessionsInScope where state.isPlaced(other) {
            let overlaps = state.start[other] < finish && pin.start < state.end(other)
            if overlaps && (state.room[other] == pin.room || model.shareSomeone(session, other)) {
                return false
            }
        }
        for other in sessionsInScope where !decided[other] && alive[other] > 0 {
            let length = model.duration[other]
            let shares = model.shareSomeone(session, other)
            if shares {
                exclude(other, from: pin.start - length + 1, to: finish, roomPosition: nil)
            } else if self.roomPosition[other][pin.room] >= 0 {
                exclude(
                    other, from: pin.start - length + 1, to: finish,
                    roomPosition: self.roomPosition[other][pin.room])
            }
        }
        return true
    }

    /// Takes back the last decision.
    mutating func undo() {
        while let last = trail.popLast() {
            if last.value < 0 {
                decided[last.session] = false
                if state.isPlaced(last.session) { state.unplace(last.session) }
                break
            }
            removed[last.session][last.value] = 0
            alive[last.session] += 1
        }
        depth -= 1
    }

    /// Removes a session's live values starting in `from..<to` (in every room, or one).
    private mutating func exclude(_ session: Int, from lower: Int, to upper: Int, roomPosition: Int?) {
        guard lower < upper else { return }
        let times = starts[session]
        let first = times.firstIndex(notBelow: lower)
        let end = times.firstIndex(notBelow: upper)
        guard first < end else { return }
        let positions = roomPosition.map { [$0] } ?? Array(rooms[session].indices)
        for position in positions {
            let base = position * times.count
            for index in (base + first)..<(base + end) where removed[session][index] == 0 {
                removed[session][index] = depth
                alive[session] -= 1
                trail.append((session, index))
            }
        }
    }

    /// Whether each of the session's points with a link test either has that day's test fit
    /// before its earliest placed session of the session's day or still has an undecided session
    /// that could start earlier that day, where the test fits.
    private func linkTestsMayHold(after session: Int) -> Bool {
        let day = TimetableModel.calendarDay(state.start[session])
        for point in model.sessionPoints[session] where linkTestOn[point] {
            guard
                let earliest = state.pointSessions[point].map({ state.start[$0] })
                    .filter({ TimetableModel.calendarDay($0) == day }).min(),
                !model.linkTestFits(point: point, before: earliest)
            else { continue }
            let rescued = sessionsInScope.contains { other in
                guard !decided[other], alive[other] > 0, model.sessionPoints[other].contains(point) else {
                    return false
                }
                let count = starts[other].count
                return removed[other].indices.contains { value in
                    let start = starts[other][value % count]
                    return removed[other][value] == 0 && start < earliest
                        && TimetableModel.calendarDay(start) == day
                        && model.linkTestFits(point: point, before: start)
                }
            }
            if !rescued { return false }
        }
        return true
    }
}
