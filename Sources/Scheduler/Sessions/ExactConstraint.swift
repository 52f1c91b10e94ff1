import Planning

/// One hard constraint of a timetabling problem as the exact method can switch it off, on model
/// indices (sessions, rooms, people, points): the unit a conflict explanation names.
///
/// The opening hours of the days and the slot grid are background: always on.
enum ExactConstraint: Hashable, Comparable {
    /// The session must be in the timetable.
    case placed(Int)
    /// The session's fixed start or window.
    case timing(Int)
    /// The session's pinned room and start.
    case pin(Int)
    /// The room must seat the session's audience.
    case capacity(Int)
    /// The room must have a video link.
    case videoLink(Int)
    /// The session comes before every other.
    case first(Int)
    /// The session comes after every other.
    case last(Int)
    /// The session (first) starts once the predecessor (second) has ended.
    case after(Int, Int)
    /// A person's availability.
    case personAvailability(Int)
    /// A connection point's availability.
    case pointAvailability(Int)
    /// A connection point's link test before its first linked session.
    case linkTest(Int)
    /// A person is in one session at a time.
    case personClash(Int)
    /// A connection point is linked to one session at a time.
    case pointClash(Int)
    /// A room holds one session at a time.
    case roomClash(Int)

    /// The constraints of a model that restrict something, in a stable order: per session its
    /// placement, timing, pin, room needs and precedence, then people, points and rooms.
    static func universe(of model: TimetableModel) -> [ExactConstraint] {
        var list: [ExactConstraint] = []
        let allRooms = model.rooms.indices
        for session in model.sessions.indices {
            let me = model.sessions[session]
            list.append(.placed(session))
            if case .free = me.timing {} else { list.append(.timing(session)) }
            if model.pin[session] != nil { list.append(.pin(session)) }
            if allRooms.contains(where: { model.rooms[$0].capacity < me.expectedAudience }) {
                list.append(.capacity(session))
            }
            if me.needsVideoLink && allRooms.contains(where: { !model.rooms[$0].hasVideoLink }) {
                list.append(.videoLink(session))
            }
            if model.isFirst[session] { list.append(.first(session)) }
            if model.isLast[session] { list.append(.last(session)) }
            for predecessor in model.predecessors[session] { list.append(.after(session, predecessor)) }
        }
        var sessionsOfPerson = [Int](repeating: 0, count: model.personIDs.count)
        for people in model.sessionPeople { for person in people { sessionsOfPerson[person] += 1 } }
        for person in model.personIDs.indices where !model.personAvailable[person].isEmpty {
            list.append(.personAvailability(person))
        }
        for person in model.personIDs.indices where sessionsOfPerson[person] > 1 {
            list.append(.personClash(person))
        }
        var sessionsOfPoint = [Int](repeating: 0, count: model.points.count)
        for points in model.sessionPoints { for point in points { sessionsOfPoint[point] += 1 } }
        for point in model.points.indices where sessionsOfPoint[point] > 0 {
            if !model.pointAvailability[point].isEmpty {
                list.append(.pointAvailability(point))
                if model.pointLead[point] > 0 { list.append(.linkTest(point)) }
            }
            if sessionsOfPoint[point] > 1 { list.append(.pointClash(point)) }
        }
        for room in model.rooms.indices where model.sessions.count > 1 { list.append(.roomClash(room)) }
        return list
    }

    /// The session a per-session constraint is about, nil for people, points and rooms.
    var session: Int? {
        switch self {
        case .placed(let session), .timing(let session), .pin(let session), .capacity(let session),
            .videoLink(let session), .first(let session), .last(let session), .after(let session, _):
            session
        case .personAvailability, .pointAvailability, .linkTest, .personClash, .pointClash, .roomClash:
            nil
        }
    }
}
