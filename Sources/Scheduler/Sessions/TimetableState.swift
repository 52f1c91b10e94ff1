/// A partial timetable under search: where each session is, indexed by room, person and
/// connection point, with the score maintained incrementally as sessions are placed and removed.
///
/// The state only ever holds placements that satisfy every hard rule: callers check with
/// `canPlace` (and `linkTestsHold` after removals) before `place`.
struct TimetableState {
    let model: TimetableModel
    /// Room index per session, -1 when unplaced.
    private(set) var room: [Int]
    /// Start minute per session (meaningful when placed).
    private(set) var start: [Int]
    private(set) var roomSessions: [[Int]]
    private(set) var personSessions: [[Int]]
    private(set) var pointSessions: [[Int]]
    private(set) var placedCount = 0

    // Score components' values, kept up to date by place and unplace.
    private(set) var plenaryOutsideMorning = 0
    private(set) var preferenceMisses = 0
    private(set) var movedFromPublished = 0
    private(set) var trackRoomChanges = 0
    private(set) var idleMinutes = 0
    private(set) var extraLinkTestMinutes = 0
    private var trackRoomCount: [[Int]]
    private var trackRooms: [Int]
    private var pointDaySessions: [[[Int]]]
    private var pointDayIdle: [[Int]]
    /// Days on which each connection point has a linked session.
    private var pointDays: [Int]

    init(model: TimetableModel) {
        self.model = model
        let count = model.sessions.count
        room = Array(repeating: -1, count: count)
        start = Array(repeating: 0, count: count)
        roomSessions = Array(repeating: [], count: model.rooms.count)
        personSessions = Array(repeating: [], count: model.personIDs.count)
        pointSessions = Array(repeating: [], count: model.points.count)
        trackRoomCount = Array(
            repeating: Array(repeating: 0, count: model.rooms.count), count: model.trackCount)
        trackRooms = Array(repeating: 0, count: model.trackCount)
        pointDaySessions = Array(
            repeating: Array(repeating: [], count: model.dayHours.count), count: model.points.count)
        pointDayIdle = Array(
            repeating: Array(repeating: 0, count: model.dayHours.count), count: model.points.count)
        pointDays = Array(repeating: 0, count: model.points.count)
    }

    /// Whether a session is placed.
    func isPlaced(_ session: Int) -> Bool { room[session] >= 0 }

    /// The end minute of a placed session.
    func end(_ session: Int) -> Int { start[session] + model.duration[session] }

    /// The room a track's placed sessions use most (lowest index on ties), when any is placed.
    func homeRoom(of track: Int) -> Int? {
        let counts = trackRoomCount[track]
        guard let most = counts.max(), most > 0 else { return nil }
        return counts.firstIndex(of: most)
    }

    /// Sessions not placed.
    var unplacedCount: Int { model.sessions.count - placedCount }

    /// The weighted total: lower is better.
    var cost: Int {
        let weights = model.weights
        return unplacedCount * weights.unplaced + plenaryOutsideMorning * weights.plenaryOutsideMorning
            + idleMinutes * weights.connectionPointIdleMinute
            + extraLinkTestMinutes * weights.extraLinkTestMinute + trackRoomChanges * weights.trackRoomChange
            + preferenceMisses * weights.preferenceMiss + movedFromPublished * weights.movedFromPublished
    }

    // MARK: Feasibility

    /// Whether an unplaced session can start at a minute as far as people, points, precedence and
    /// link tests go (rooms aside).
    func canStart(_ session: Int, at time: Int) -> Bool {
        let finish = time + model.duration[session]
        for person in model.sessionPeople[session] {
            for other in personSessions[person] where start[other] < finish && time < end(other) {
                return false
            }
        }
        let day = TimetableModel.calendarDay(time)
        for point in model.sessionPoints[session] {
            var earliest = time
            for other in pointSessions[point] {
                if start[other] < finish && time < end(other) { return false }
                if TimetableModel.calendarDay(start[other]) == day { earliest = min(earliest, start[other]) }
            }
            if !model.linkTestFits(point: point, before: earliest) { return false }
        }
        for other in model.predecessors[session] where isPlaced(other) && end(other) > time { return false }
        for other in model.successors[session] where isPlaced(other) && start[other] < finish { return false }
        for other in model.firstSessions where other != session && isPlaced(other) && end(other) > time {
            return false
        }
        for other in model.lastSessions where other != session && isPlaced(other) && start[other] < finish {
            return false
        }
        if model.isFirst[session] || model.isLast[session] {
            for other in room.indices where other != session && isPlaced(other) {
                if model.isFirst[session] && start[other] < finish { return false }
                if model.isLast[session] && end(other) > time { return false }
            }
        }
        return reservation(sharedWith: session, at: time) == nil
    }

    /// Whether a room is free for an unplaced session starting at a minute.
    func roomIsFree(_ roomIndex: Int, for session: Int, at time: Int) -> Bool {
        let finish = time + model.duration[session]
        for other in roomSessions[roomIndex] where start[other] < finish && time < end(other) { return false }
        return reservation(of: roomIndex, for: session, at: time) == nil
    }

    /// An unplaced pinned session (not `session`) whose pinned room is `roomIndex` and whose
    /// pinned span overlaps the session's at `time`: the room stays reserved for it.
    func reservation(of roomIndex: Int, for session: Int, at time: Int) -> Int? {
        let finish = time + model.duration[session]
        return model.pinnedSessions.first { other in
            guard other != session, !isPlaced(other), let pin = model.pin[other], pin.room == roomIndex
            else { return false }
            return pin.start < finish && time < pin.start + model.duration[other]
        }
    }

    /// An unplaced pinned session (not `session`) sharing a person or connection point with it
    /// whose pinned span overlaps the session's at `time`: they stay reserved for it.
    func reservation(sharedWith session: Int, at time: Int) -> Int? {
        let finish = time + model.duration[session]
        return model.pinnedSessions.first { other in
            guard other != session, !isPlaced(other), let pin = model.pin[other],
                pin.start < finish && time < pin.start + model.duration[other]
            else { return false }
            return model.shareSomeone(session, other)
        }
    }

    /// Whether an unplaced session can go in a room at a minute without breaking a hard rule
    /// (the room and start must come from the session's candidates).
    func canPlace(_ session: Int, room roomIndex: Int, at time: Int) -> Bool {
        roomIsFree(roomIndex, for: session, at: time) && canStart(session, at: time)
    }

    /// Whether every given point's first linked session of each day leaves room for that day's
    /// link test.
    func linkTestsHold(points: [Int]) -> Bool {
        for point in points {
            for earliest in TimetableModel.dailyFirsts(pointSessions[point].map({ start[$0] }))
            where !model.linkTestFits(point: point, before: earliest) {
                return false
            }
        }
        return true
    }

    /// Placed sessions that overlap a placement of an unplaced session in the room, by person or
    /// by connection point, or that a precedence rule puts in its way.
    func blocking(_ session: Int, room roomIndex: Int, at time: Int) -> [Int] {
        let finish = time + model.duration[session]
        var found: [Int] = []
        func add(_ other: Int) { if !found.contains(other) { found.append(other) } }
        for other in roomSessions[roomIndex] where start[other] < finish && time < end(other) { add(other) }
        for person in model.sessionPeople[session] {
            for other in personSessions[person] where start[other] < finish && time < end(other) {
                add(other)
            }
        }
        for point in model.sessionPoints[session] {
            for other in pointSessions[point] where start[other] < finish && time < end(other) { add(other) }
        }
        for other in model.predecessors[session] where isPlaced(other) && end(other) > time { add(other) }
        for other in model.successors[session] where isPlaced(other) && start[other] < finish { add(other) }
        if model.isFirst[session] || model.isLast[session] {
            for other in room.indices where other != session && isPlaced(other) {
                if model.isFirst[session] && start[other] < finish { add(other) }
                if model.isLast[session] && end(other) > time { add(other) }
            }
        }
        return found
    }

    // MARK: Changes

    /// Places an unplaced session; the caller has checked it is allowed.
    mutating func place(_ session: Int, room roomIndex: Int, at time: Int) {
        room[session] = roomIndex
        start[session] = time
        placedCount += 1
        roomSessions[roomIndex].append(session)
        for person in model.sessionPeople[session] { personSessions[person].append(session) }
        for point in model.sessionPoints[session] { pointSessions[point].append(session) }
        applyScore(of: session, sign: 1)
    }

    /// Removes a placed session.
    mutating func unplace(_ session: Int) {
        let roomIndex = room[session]
        guard roomIndex >= 0 else { return }
        applyScore(of: session, sign: -1)
        room[session] = -1
        placedCount -= 1
        Self.remove(session, from: &roomSessions[roomIndex])
        for person in model.sessionPeople[session] { Self.remove(session, from: &personSessions[person]) }
        for point in model.sessionPoints[session] { Self.remove(session, from: &pointSessions[point]) }
    }

    private static func remove(_ session: Int, from list: inout [Int]) {
        if let index = list.firstIndex(of: session) { list.swapAt(index, list.count - 1) }
        list.removeLast()
    }

    /// Adds (sign 1, after placing) or removes (sign -1, before unplacing) a session's share of
    /// the score.
    private mutating func applyScore(of session: Int, sign: Int) {
        let time = start[session]
        let roomIndex = room[session]
        if model.isPlenary[session] && !model.endsInMorning(session, start: time) {
            plenaryOutsideMorning += sign
        }
        preferenceMisses += sign * model.preferenceMisses(session, start: time)
        if let published = model.published[session], published.room != roomIndex || published.start != time {
            movedFromPublished += sign
        }
        let track = model.track[session]
        if track >= 0 {
            let before = trackRoomCount[track][roomIndex]
            trackRoomCount[track][roomIndex] += sign
            if before == 0 && sign > 0 || before == 1 && sign < 0 {
                let oldExtra = max(0, trackRooms[track] - 1)
                trackRooms[track] += sign
                trackRoomChanges += max(0, trackRooms[track] - 1) - oldExtra
            }
        }
        let day = model.day(of: time)
        guard day >= 0 else { return }
        for point in model.sessionPoints[session] {
            if sign > 0 {
                pointDaySessions[point][day].append(session)
            } else {
                Self.remove(session, from: &pointDaySessions[point][day])
            }
            if pointDaySessions[point][day].count == (sign > 0 ? 1 : 0) {
                let extraBefore = max(0, pointDays[point] - 1)
                pointDays[point] += sign
                extraLinkTestMinutes += (max(0, pointDays[point] - 1) - extraBefore) * model.pointLead[point]
            }
            let idle = Self.idleMinutes(
                of: pointDaySessions[point][day], start: start, duration: model.duration,
                cap: model.weights.idleGapCapMinutes)
            idleMinutes += idle - pointDayIdle[point][day]
            pointDayIdle[point][day] = idle
        }
    }

    /// Idle minutes between consecutive sessions of a list (one point, one day), each gap counted
    /// up to `cap`. Static, on the arrays it reads: as a method it made the mutating caller copy
    /// the whole state (a retain of every array it holds) on each call, which was most of the
    /// exact method's time.
    private static func idleMinutes(of sessions: [Int], start: [Int], duration: [Int], cap: Int) -> Int {
        guard sessions.count > 1 else { return 0 }
        let sorted = sessions.sorted { start[$0] < start[$1] }
        var idle = 0
        var reach = start[sorted[0]] + duration[sorted[0]]
        for session in sorted.dropFirst() {
            if start[session] > reach { idle += min(start[session] - reach, cap) }
            reach = max(reach, start[session] + duration[session])
        }
        return idle
    }

    /// The cost change placing an unplaced session would bring (rooms' track share included).
    func placementDelta(_ session: Int, room roomIndex: Int, at time: Int) -> Int {
        let weights = model.weights
        var delta = -weights.unplaced
        if model.isPlenary[session] && !model.endsInMorning(session, start: time) {
            delta += weights.plenaryOutsideMorning
        }
        delta += weights.preferenceMiss * model.preferenceMisses(session, start: time)
        if let published = model.published[session], published.room != roomIndex || published.start != time {
            delta += weights.movedFromPublished
        }
        let track = model.track[session]
        if track >= 0 && trackRoomCount[track][roomIndex] == 0 && trackRooms[track] >= 1 {
            delta += weights.trackRoomChange
        }
        let day = model.day(of: time)
        if day >= 0 && weights.extraLinkTestMinute != 0 {
            for point in model.sessionPoints[session]
            where pointDaySessions[point][day].isEmpty && pointDays[point] >= 1 {
                delta += weights.extraLinkTestMinute * model.pointLead[point]
            }
        }
        if day >= 0 && weights.connectionPointIdleMinute != 0 {
            for point in model.sessionPoints[session] {
                let list = pointDaySessions[point][day]
                guard !list.isEmpty else { continue }
                var idle = 0
                var slots = list.map { (start[$0], end($0)) }
                slots.append((time, time + model.duration[session]))
                slots.sort { $0.0 < $1.0 }
                var reach = slots[0].1
                for slot in slots.dropFirst() {
                    if slot.0 > reach { idle += min(slot.0 - reach, weights.idleGapCapMinutes) }
                    reach = max(reach, slot.1)
                }
                delta += weights.connectionPointIdleMinute * (idle - pointDayIdle[point][day])
            }
        }
        return delta
    }
}
