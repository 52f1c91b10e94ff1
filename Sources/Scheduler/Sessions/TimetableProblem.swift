public import Planning

/// Everything the session timetabler needs: days, slot size, rooms, connection points, sessions,
/// people's availability and preferences, an optional published programme and the score weights.
///
/// Build one from a plan with `init(plan:personAvailability:publishedProgramme:slotMinutes:weights:)`
/// or field by field (the synthetic generator does). `validate()` lists every inconsistency.
public struct TimetableProblem: Hashable, Sendable {
    /// The event days with their opening hours; sessions lie wholly inside one day's hours.
    public var days: [EventDay]
    /// The grid, in minutes from each day's opening, on which free and windowed sessions start.
    public var slotMinutes: Int
    /// The rooms sessions can be placed in.
    public var rooms: [Room]
    /// The connection points sessions link.
    public var connectionPoints: [ConnectionPoint]
    /// The sessions to place; `room` and `start` are ignored (see `publishedProgramme`).
    public var sessions: [Session]
    /// Display names of people, e.g. "Ông Nguyễn Văn An", for reasons and findings.
    public var personNames: [Identifier<Person>: String]
    /// People's availability (hard) and preferences (soft); people not listed are always free.
    public var personAvailability: [PersonAvailability]
    /// The programme already published, when any: moving a session away from it costs.
    public var publishedProgramme: [SessionPlacement]
    /// The soft components' weights.
    public var weights: TimetableWeights

    /// Creates a problem.
    public init(
        days: [EventDay], slotMinutes: Int = 15, rooms: [Room], connectionPoints: [ConnectionPoint] = [],
        sessions: [Session], personNames: [Identifier<Person>: String] = [:],
        personAvailability: [PersonAvailability] = [], publishedProgramme: [SessionPlacement] = [],
        weights: TimetableWeights = .standard
    ) {
        self.days = days.sorted { $0.date < $1.date }
        self.slotMinutes = slotMinutes
        self.rooms = rooms
        self.connectionPoints = connectionPoints
        self.sessions = sessions
        self.personNames = personNames
        self.personAvailability = personAvailability
        self.publishedProgramme = publishedProgramme
        self.weights = weights
    }

    /// The display name of a person: the given name, or the identifier when unknown.
    public func name(of person: Identifier<Person>) -> String {
        personNames[person] ?? "Người «\(person.rawValue)»"
    }

    /// Checks the problem is consistent; throws every problem found at once.
    ///
    /// - Throws: `SchedulerError.invalidInstance` listing, in Vietnamese, missing days or rooms,
    ///   a bad slot size, duplicate identifiers, non-positive durations, sessions longer than
    ///   every day and references to unknown sessions or connection points.
    public func validate() throws(SchedulerError) {
        var problems: [String] = []
        if days.isEmpty { problems.append("Sự kiện chưa có ngày nào.") }
        for day in days where day.hours == nil {
            problems.append("Ngày \(day.date.vietnamese): giờ đóng cửa không sau giờ mở cửa.")
        }
        if Set(days.map(\.date)).count != days.count { problems.append("Có ngày bị khai báo hai lần.") }
        if slotMinutes <= 0 { problems.append("Bước xếp lịch phải lớn hơn 0 phút.") }
        if rooms.isEmpty { problems.append("Địa điểm chưa có phòng họp nào.") }
        for id in duplicates(rooms.map(\.id)) { problems.append("Phòng «\(id)» bị khai báo hai lần.") }
        for id in duplicates(sessions.map(\.id.rawValue)) {
            problems.append("Phiên «\(id)» bị khai báo hai lần.")
        }
        for id in duplicates(connectionPoints.map(\.id.rawValue)) {
            problems.append("Điểm cầu «\(id)» bị khai báo hai lần.")
        }
        let sessionIDs = Set(sessions.map(\.id))
        let pointIDs = Set(connectionPoints.map(\.id))
        let longestDay = days.compactMap(\.hours?.minutes).max() ?? 0
        for session in sessions {
            if session.durationMinutes <= 0 {
                problems.append("Phiên «\(session.title)»: thời lượng phải lớn hơn 0 phút.")
            } else if session.durationMinutes > longestDay {
                problems.append(
                    "Phiên «\(session.title)» dài \(session.durationMinutes) phút, hơn mọi ngày của sự kiện.")
            }
            for point in session.linkedPoints where !pointIDs.contains(point) {
                problems.append("Phiên «\(session.title)» nối điểm cầu «\(point)» chưa đăng ký.")
            }
            for rule in session.order {
                if case .after(let other) = rule, !sessionIDs.contains(other) {
                    problems.append(
                        "Phiên «\(session.title)» phải sau phiên «\(other)» không có trong chương trình.")
                }
            }
        }
        for point in connectionPoints where point.linkTestLeadMinutes < 0 {
            problems.append("\(point.name): thời gian thử đường truyền không được âm.")
        }
        if !problems.isEmpty { throw .invalidInstance(problems: problems) }
    }

    private func duplicates(_ values: [String]) -> [String] {
        var seen = Set<String>()
        var repeated: [String] = []
        for value in values where !seen.insert(value).inserted && !repeated.contains(value) {
            repeated.append(value)
        }
        return repeated
    }
}
