import Planning

/// Builds one synthetic instance for `TimetableInstanceGenerator`: a reference timetable first,
/// then the constraints it satisfies.
struct TimetableInstanceBuilder {
    static let families = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý",
    ]
    static let middles = [
        ["Văn", "Hữu", "Đức", "Quang", "Minh"], ["Thị", "Thị Thu", "Ngọc", "Thị Kim", "Mai"],
    ]
    static let givens = [
        ["Bảo", "Công", "Định", "Giang", "Hiếu", "Khoa", "Lâm", "Nghĩa", "Phong", "Thắng", "Toàn", "Vinh"],
        ["Chi", "Diệp", "Giao", "Hằng", "Liên", "Loan", "My", "Nga", "Oanh", "Quyên", "Thoa", "Xuân"],
    ]
    static let provinces = [
        "Cần Thơ", "Đà Nẵng", "Huế", "Lâm Đồng", "Đắk Lắk", "Nghệ An", "Thái Nguyên", "Quảng Ninh", "Cà Mau",
        "An Giang", "Gia Lai", "Khánh Hòa",
    ]
    static let topics = [
        "Nâng hạng sản phẩm OCOP", "Chuyển đổi số trong HTX", "Liên kết chuỗi giá trị nông sản",
        "Tín dụng cho kinh tế tập thể", "Xúc tiến thương mại điện tử", "HTX nông nghiệp công nghệ cao",
        "Du lịch cộng đồng gắn với HTX", "Truy xuất nguồn gốc sản phẩm", "Đào tạo cán bộ quản lý HTX",
        "Thích ứng biến đổi khí hậu", "Phát triển làng nghề", "Kinh tế tuần hoàn trong nông nghiệp",
        "Quỹ tín dụng nhân dân", "Xuất khẩu nông sản chủ lực", "Liên hiệp HTX cấp tỉnh",
        "Bảo hiểm cho xã viên",
    ]

    let scale: TimetableScale
    var random: SeededGenerator
    var days: [EventDay] = []
    var rooms: [Room] = []
    var points: [ConnectionPoint] = []
    var pointDays: [Set<Int>] = []
    var people: [Identifier<Person>] = []
    var names: [Identifier<Person>: String] = [:]
    var sessions: [Session] = []
    var reference: [SessionPlacement] = []
    private var busyPeople: [[Range<Int>]] = []
    private var busyPoints: [[Range<Int>]] = []
    private var personDays: [Set<Int>] = []
    private var dayHours: [Range<Int>] = []

    init(scale: TimetableScale, seed: UInt64) {
        self.scale = scale
        random = SeededGenerator(seed: seed)
    }

    /// The instance derived from the reference timetable.
    func problem() -> TimetableProblem {
        var availability: [PersonAvailability] = []
        for (index, person) in people.enumerated() {
            let restricted = index % 13 == 5 && !personDays[index].isEmpty
            let prefersMornings = index % 10 == 3
            guard restricted || prefersMornings else { continue }
            let available =
                restricted
                ? personDays[index].sorted().compactMap { days[$0].hours } : []
            let preferred =
                prefersMornings
                ? days.compactMap { day in
                    TimeOfDay(hour: 12).flatMap {
                        TimeRange(
                            start: LocalDateTime(date: day.date, time: day.opens),
                            end: LocalDateTime(date: day.date, time: $0))
                    }
                } : []
            availability.append(
                PersonAvailability(person: person, available: available, preferred: preferred))
        }
        return TimetableProblem(
            days: days, slotMinutes: 15, rooms: rooms, connectionPoints: points, sessions: sessions,
            personNames: names, personAvailability: availability)
    }

    mutating func build() {
        makeDays()
        makeRooms()
        makePoints()
        makePeople()
        makeSessions()
    }

    private mutating func makeDays() {
        guard let first = CalendarDate(year: 2026, month: 11, day: 16),
            let opens = TimeOfDay(hour: 7, minute: 30),
            let closes = TimeOfDay(hour: 17, minute: 30)
        else { preconditionFailure("generator calendar constants are valid") }
        days = (0..<scale.days).map { EventDay(date: first.adding(days: $0), opens: opens, closes: closes) }
        dayHours = days.compactMap(\.hours).map { $0.start.minuteIndex..<$0.end.minuteIndex }
    }

    private mutating func makeRooms() {
        let count = scale.rooms
        let videoRooms = max(2, count / 4)
        for index in 0..<count {
            switch index {
            case 0:
                rooms.append(
                    Room(id: "hoi-truong-a", name: "Hội trường A", capacity: 600, hasVideoLink: true))
            case 1:
                rooms.append(
                    Room(id: "hoi-truong-b", name: "Hội trường B", capacity: 300, hasVideoLink: true))
            default:
                let video = index < videoRooms + 1
                let capacity =
                    video ? 120 + 20 * (index % 5) : 40 + 10 * Int.random(in: 0...6, using: &random)
                rooms.append(
                    Room(
                        id: "phong-\(index - 1)", name: "Phòng họp \(index - 1)", capacity: capacity,
                        layout: index % 3 == 0 ? .boardroom : .theatre, hasVideoLink: video,
                        floor: 2 + index % 3))
            }
        }
    }

    private mutating func makePoints() {
        let provinces = ["Hà Nội"] + Self.provinces
        for index in 0..<scale.connectionPoints {
            let province = provinces[index % provinces.count]
            // A third of the satellites join only on some days (always the first and the last).
            var available = Set(days.indices)
            if index > 0 && index % 3 == 0 && days.count > 2 {
                available = Set(
                    days.indices.filter { $0 == 0 || $0 == days.count - 1 || Bool.random(using: &random) })
            }
            pointDays.append(available)
            let spans = available.sorted().compactMap { dayIndex -> TimeRange? in
                let day = days[dayIndex]
                guard let from = TimeOfDay(hour: 6) else { return nil }
                return TimeRange(
                    start: LocalDateTime(date: day.date, time: from),
                    end: LocalDateTime(date: day.date, time: day.closes))
            }
            let key = VietnameseText.searchKey(province).split(separator: " ").joined(separator: "-")
            points.append(
                ConnectionPoint(
                    id: Identifier("dc-\(key)"), name: "Điểm cầu \(province)",
                    role: index == 0 ? .main : .satellite,
                    province: ProvinceReference(province), host: "Liên minh HTX \(province)",
                    hallCapacity: index == 0 ? 300 : 60 + 10 * (index % 5), availability: spans,
                    linkTestLeadMinutes: index % 2 == 0 ? 60 : 30))
            busyPoints.append([])
        }
    }

    private mutating func makePeople() {
        for index in 0..<scale.people {
            let female = index % 2
            let family = Self.families[Int.random(in: 0..<Self.families.count, using: &random)]
            let middle = Self.middles[female][Int.random(in: 0..<Self.middles[female].count, using: &random)]
            let given = Self.givens[female][Int.random(in: 0..<Self.givens[female].count, using: &random)]
            let id = Identifier<Person>("nd-\(index + 1)")
            people.append(id)
            names[id] = "\(female == 1 ? "Bà" : "Ông") \(family) \(middle) \(given)"
            busyPeople.append([])
            personDays.append([])
        }
    }

    private mutating func makeSessions() {
        let hall = 0
        let firstDay = dayHours[0]
        let lastDay = dayHours[dayHours.count - 1]
        let closingStart = lastDay.upperBound - 60
        let leaders = Array(0..<min(8, people.count))
        addSession(
            id: "khai-mac", title: "Khai mạc, báo cáo đề dẫn", kind: .opening, room: hall,
            start: firstDay.lowerBound,
            minutes: 60, points: allPoints(on: 0), people: [leaders[0], leaders[1]], timing: .fixedAtStart,
            order: [.first])
        var plenaryEnds: [Int] = []
        for day in dayHours.indices {
            let start = day == 0 ? firstDay.lowerBound + 60 : dayHours[day].lowerBound
            let chairs = [leaders[(2 * day + 2) % leaders.count], leaders[(2 * day + 3) % leaders.count]]
            let kind: AgendaKind = day % 2 == 0 ? .directiveSpeech : .report
            addSession(
                id: "toan-the-\(day + 1)", title: "Phiên toàn thể ngày \(day + 1): \(Self.topics[day % 16])",
                kind: kind, room: hall, start: start, minutes: 90, points: allPoints(on: day),
                people: chairs + freePeople(count: 2, from: start, minutes: 90), timing: .free, order: [])
            plenaryEnds.append(start + 90)
        }
        var remaining = scale.sessions - sessions.count - 1
        // Lanes: every room but the main hall, a track's home room or an untracked room.
        let laneRooms = Array(1..<rooms.count)
        var cursors = dayHours.indices.map { day in
            [Int](repeating: plenaryEnds[day] + 15, count: laneRooms.count)
        }
        var trackSessions = [[(id: Identifier<Session>, end: Int)]](repeating: [], count: laneRooms.count)
        var progress = true
        while remaining > 0 && progress {
            progress = false
            for day in dayHours.indices {
                let limit = day == dayHours.count - 1 ? closingStart : dayHours[day].upperBound
                for (lane, room) in laneRooms.enumerated() where remaining > 0 {
                    let cursor = cursors[day][lane]
                    let minutes = [45, 60, 60, 90, 120][Int.random(in: 0..<5, using: &random)]
                    guard cursor + minutes <= limit else { continue }
                    progress = true
                    let tracked = lane < scale.tracks
                    let number = trackSessions[lane].count + 1
                    let kind: AgendaKind = [.contribution, .discussion, .report, .matchmaking][number % 4]
                    let linked = rooms[room].hasVideoLink && Int.random(in: 0..<10, using: &random) < 5
                    let pointsLinked = linked ? freePoints(day: day, from: cursor, minutes: minutes) : []
                    let topic = Self.topics[lane % Self.topics.count]
                    let id = Identifier<Session>(tracked ? "cd\(lane + 1)-\(number)" : "p\(room)-\(number)")
                    var order: [OrderConstraint] = []
                    if tracked && number % 4 == 0,
                        let previous = trackSessions[lane].filter({ $0.end <= cursor }).max(by: {
                            $0.end < $1.end
                        })
                    {
                        order = [.after(previous.id)]
                    }
                    let timing = Int.random(in: 0..<20, using: &random)
                    let title =
                        tracked
                        ? "\(kind.name(.vietnamese)): \(topic) (phần \(number))"
                        : "\(kind.name(.vietnamese)) chuyên đề mở: \(topic) (\(number))"
                    addSession(
                        id: id.rawValue, title: title, kind: kind, room: room, start: cursor,
                        minutes: minutes,
                        points: pointsLinked,
                        people: freePeople(
                            count: 1 + Int.random(in: 1...3, using: &random), from: cursor, minutes: minutes),
                        timing: timing < 2 ? .fixedAtStart : timing < 5 ? .windowAround : .free, order: order,
                        track: tracked ? "Chuyên đề \(lane + 1): \(topic)" : nil)
                    trackSessions[lane].append((id, cursor + minutes))
                    cursors[day][lane] =
                        cursor + minutes + [0, 0, 15, 30][Int.random(in: 0..<4, using: &random)]
                    remaining -= 1
                }
            }
        }
        addSession(
            id: "be-mac", title: "Bế mạc, trao khen thưởng", kind: .closing, room: hall, start: closingStart,
            minutes: 60, points: allPoints(on: dayHours.count - 1), people: [leaders[0], leaders[1]],
            timing: .fixedAtStart, order: [.last])
    }

    private enum Timing {
        case free, fixedAtStart, windowAround
    }

    private mutating func addSession(
        id: String, title: String, kind: AgendaKind, room: Int, start: Int, minutes: Int,
        points linked: [Int],
        people chosen: [Int], timing: Timing, order: [OrderConstraint], track: String? = nil
    ) {
        let span = start..<(start + minutes)
        let day = dayHours.firstIndex { $0.contains(start) } ?? 0
        for person in chosen {
            busyPeople[person].append(span)
            personDays[person].insert(day)
        }
        for point in linked { busyPoints[point].append(span) }
        let begins = LocalDateTime(minuteIndex: start)
        let sessionTiming: SessionTiming
        switch timing {
        case .free:
            sessionTiming = .free
        case .fixedAtStart:
            sessionTiming = .fixed(begins)
        case .windowAround:
            let before = [0, 30, 60, 120][Int.random(in: 0..<4, using: &random)]
            let after = [0, 30, 60, 120][Int.random(in: 0..<4, using: &random)]
            let from = max(dayHours[day].lowerBound, start - before)
            let to = min(dayHours[day].upperBound, start + minutes + after)
            sessionTiming =
                TimeRange(start: LocalDateTime(minuteIndex: from), end: LocalDateTime(minuteIndex: to))
                .map(SessionTiming.window) ?? .free
        }
        let capacity = rooms[room].capacity
        let audience =
            kind.isPlenary ? capacity * 3 / 4 : capacity * (40 + Int.random(in: 0...55, using: &random)) / 100
        let roles: [SessionParticipant.Role] = [.chair, .speaker, .speaker, .moderator]
        sessions.append(
            Session(
                id: Identifier(id), title: title, kind: kind, durationMinutes: minutes,
                participants: chosen.enumerated().map { index, person in
                    SessionParticipant(person: people[person], role: roles[min(index, roles.count - 1)])
                },
                expectedAudience: audience, needsVideoLink: kind.isPlenary,
                linkedPoints: linked.map { points[$0].id }, timing: sessionTiming, order: order, track: track)
        )
        reference.append(SessionPlacement(session: Identifier(id), room: rooms[room].id, start: begins))
    }

    private func allPoints(on day: Int) -> [Int] {
        points.indices.filter { pointDays[$0].contains(day) }
    }

    private mutating func freePoints(day: Int, from start: Int, minutes: Int) -> [Int] {
        let span = start..<(start + minutes)
        let free = points.indices.filter { point in
            pointDays[point].contains(day) && !busyPoints[point].contains { $0.overlaps(span) }
        }
        guard !free.isEmpty else { return [] }
        let wanted = Int.random(in: 1...min(3, free.count), using: &random)
        return Array(free.shuffled(using: &random).prefix(wanted)).sorted()
    }

    /// People free during a span, leaders (the first eight) excepted.
    private mutating func freePeople(count: Int, from start: Int, minutes: Int) -> [Int] {
        let span = start..<(start + minutes)
        var chosen: [Int] = []
        var attempts = 0
        while chosen.count < count && attempts < 50 {
            attempts += 1
            let person = Int.random(in: min(8, people.count - 1)..<people.count, using: &random)
            if !chosen.contains(person) && !busyPeople[person].contains(where: { $0.overlaps(span) }) {
                chosen.append(person)
            }
        }
        return chosen
    }
}
