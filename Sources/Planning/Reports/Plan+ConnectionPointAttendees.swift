extension Plan {
    /// The main connection point, where the conference itself is held, when the plan has exactly
    /// one.
    public var mainConnectionPoint: Identifier<ConnectionPoint>? {
        let mains = connectionPoints.filter { $0.role == .main }
        return mains.count == 1 ? mains[0].id : nil
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
        let main = mainConnectionPoint
        var counts: [Identifier<ConnectionPoint>: Int] = [:]
        for attendance in attendances where attendance.event == event.id {
            let point: Identifier<ConnectionPoint>? =
                switch attendance.place {
                case .connectionPoint(let id): id
                case .onSite: main
                }
            if let point { counts[point, default: 0] += 1 }
        }
        return counts
    }
}
