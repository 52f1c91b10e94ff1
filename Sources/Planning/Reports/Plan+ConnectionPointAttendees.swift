extension Plan {
    /// The main connection point, where the conference itself is held, when the plan has exactly
    /// one.
    public var mainConnectionPoint: Identifier<ConnectionPoint>? {
        let mains = connectionPoints.filter { $0.role == .main }
        return mains.count == 1 ? mains[0].id : nil
    }

    /// The points a session linked to `points` is linked to: the main point sends every session
    /// linked to another point, so it comes first when the plan has one and it is not named; no
    /// point stays no point (a session held in the hall only).
    public func linkingMainPoint(_ points: [Identifier<ConnectionPoint>]) -> [Identifier<ConnectionPoint>] {
        guard !points.isEmpty, let main = mainConnectionPoint, !points.contains(main) else { return points }
        return [main] + points
    }

    /// The connection point a person attends from: the point named, or, for a person attending on
    /// site, the main connection point (``mainConnectionPoint``); nil on site at an event without a
    /// single main point (a fair).
    public func connectionPoint(of place: Attendance.Place) -> Identifier<ConnectionPoint>? {
        switch place {
        case .connectionPoint(let id): id
        case .onSite: mainConnectionPoint
        }
    }

    /// The people attending this plan's event from each connection point; people on site count at
    /// the main connection point.
    public var attendeesByConnectionPoint: [Identifier<ConnectionPoint>: Int] {
        var places: [Identifier<ConnectionPoint>?: Int] = [:]
        for attendance in attendances where attendance.event == event.id {
            switch attendance.place {
            case .connectionPoint(let id): places[id, default: 0] += 1
            case .onSite: places[nil, default: 0] += 1
            }
        }
        return attendeesByConnectionPoint(places: places)
    }

    /// The attendees by connection point, from their number by the point their attendance names
    /// (nil: on site, counted at the main connection point; at no point without one).
    public func attendeesByConnectionPoint(
        places: [Identifier<ConnectionPoint>?: Int]
    ) -> [Identifier<ConnectionPoint>: Int] {
        let main = mainConnectionPoint
        var counts: [Identifier<ConnectionPoint>: Int] = [:]
        for (place, count) in places {
            if let point = place ?? main { counts[point, default: 0] += count }
        }
        return counts
    }
}
