/// The sizes of synthetic timetabling instances.
public enum TimetableScale: String, CaseIterable, Codable, Sendable {
    /// A provincial briefing: 24 sessions, 4 rooms, 2 days, 3 connection points, 40 people.
    case small
    /// A regional cluster conference: 80 sessions, 8 rooms, 3 days, 5 points, 120 people.
    case regional
    /// A national conference: 300 sessions, 20 rooms, 5 days, 10 points, 400 people.
    case national

    /// Sessions in the instance.
    public var sessions: Int {
        switch self {
        case .small: 24
        case .regional: 80
        case .national: 300
        }
    }

    /// Rooms in the venue.
    public var rooms: Int {
        switch self {
        case .small: 4
        case .regional: 8
        case .national: 20
        }
    }

    /// Days of the event.
    public var days: Int {
        switch self {
        case .small: 2
        case .regional: 3
        case .national: 5
        }
    }

    /// Connection points.
    public var connectionPoints: Int {
        switch self {
        case .small: 3
        case .regional: 5
        case .national: 10
        }
    }

    /// People taking part in sessions.
    public var people: Int {
        switch self {
        case .small: 40
        case .regional: 120
        case .national: 400
        }
    }

    /// Parallel tracks.
    public var tracks: Int {
        switch self {
        case .small: 2
        case .regional: 5
        case .national: 16
        }
    }
}
