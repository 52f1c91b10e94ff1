extension TimetableModel {
    /// The score of a timetable computed from scratch (the search keeps it incrementally; this
    /// is the reference the result reports and debug builds compare against).
    func score(room: [Int], start: [Int]) -> TimetableScore {
        var unplaced = 0
        var plenary = 0
        var preference = 0
        var moved = 0
        var trackRooms = [Set<Int>](repeating: [], count: trackCount)
        var linked = [[Int: [(Int, Int)]]](repeating: [:], count: points.count)
        for session in sessions.indices {
            guard room[session] >= 0 else {
                unplaced += 1
                continue
            }
            let time = start[session]
            if isPlenary[session] && !endsInMorning(session, start: time) { plenary += 1 }
            preference += preferenceMisses(session, start: time)
            if let published = published[session], published.room != room[session] || published.start != time
            {
                moved += 1
            }
            if track[session] >= 0 { trackRooms[track[session]].insert(room[session]) }
            for point in sessionPoints[session] {
                linked[point][day(of: time), default: []].append((time, time + duration[session]))
            }
        }
        var idle = 0
        var extraLinkTests = 0
        for (point, byDay) in linked.enumerated() {
            let days = byDay.keys.filter { $0 >= 0 }.count
            extraLinkTests += max(0, days - 1) * pointLead[point]
        }
        for byDay in linked {
            for (_, spans) in byDay {
                let sorted = spans.sorted { $0.0 < $1.0 }
                guard var reach = sorted.first?.1 else { continue }
                for span in sorted.dropFirst() {
                    if span.0 > reach { idle += min(span.0 - reach, weights.idleGapCapMinutes) }
                    reach = max(reach, span.1)
                }
            }
        }
        let extraRooms = trackRooms.reduce(0) { $0 + max(0, $1.count - 1) }
        return TimetableScore(components: [
            TimetableScoreComponent(kind: .unplaced, value: unplaced, weight: weights.unplaced),
            TimetableScoreComponent(
                kind: .plenaryOutsideMorning, value: plenary, weight: weights.plenaryOutsideMorning),
            TimetableScoreComponent(
                kind: .connectionPointIdleMinutes, value: idle, weight: weights.connectionPointIdleMinute),
            TimetableScoreComponent(
                kind: .extraLinkTestMinutes, value: extraLinkTests, weight: weights.extraLinkTestMinute),
            TimetableScoreComponent(
                kind: .trackRoomChanges, value: extraRooms, weight: weights.trackRoomChange),
            TimetableScoreComponent(
                kind: .preferenceMisses, value: preference, weight: weights.preferenceMiss),
            TimetableScoreComponent(
                kind: .movedFromPublished, value: moved, weight: weights.movedFromPublished),
        ])
    }
}
