import Planning
import Scheduler
import TestSupport

/// A small hand-made conference for timetabling tests: one day 08:00–12:00, three rooms, two
/// connection points (Sơn La's hall only free from 07:30), two named people.
enum TimetableFixtures {
    static let day = CalendarDate(year: 2026, month: 12, day: 10)!
    static let bao: Identifier<Person> = "p-bao"
    static let hang: Identifier<Person> = "p-hang"
    static let haNoi: Identifier<ConnectionPoint> = "dc-ha-noi"
    static let sonLa: Identifier<ConnectionPoint> = "dc-son-la"

    static func at(_ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(date: day, time: TimeOfDay(hour: hour, minute: minute)!)
    }

    static func span(_ from: LocalDateTime, _ to: LocalDateTime) -> TimeRange {
        TimeRange(start: from, end: to)!
    }

    static let rooms = [
        Room(id: "hoi-truong", name: "Hội trường", capacity: 200, hasVideoLink: true),
        Room(id: "phong-a", name: "Phòng A", capacity: 50),
        Room(id: "phong-b", name: "Phòng B", capacity: 80, hasVideoLink: true),
    ]

    static let points = [
        ConnectionPoint(
            id: haNoi, name: "Điểm cầu Hà Nội", role: .main, province: ProvinceReference("Hà Nội"),
            host: "Liên minh HTX Việt Nam", hallCapacity: 150, availability: [span(at(7), at(18))]),
        ConnectionPoint(
            id: sonLa, name: "Điểm cầu Sơn La", role: .satellite, province: ProvinceReference("Sơn La"),
            host: "Liên minh HTX tỉnh Sơn La", hallCapacity: 60, availability: [span(at(7, 30), at(18))]),
    ]

    static func session(
        _ id: String, _ minutes: Int = 30, kind: AgendaKind = .report, people: [Identifier<Person>] = [],
        audience: Int = 20, points: [Identifier<ConnectionPoint>] = [], timing: SessionTiming = .free,
        order: [OrderConstraint] = [], track: String? = nil
    ) -> Session {
        Session(
            id: Identifier(id), title: "Phiên \(id)", kind: kind, durationMinutes: minutes,
            participants: people.map { SessionParticipant(person: $0, role: .speaker) },
            expectedAudience: audience,
            linkedPoints: points, timing: timing, order: order, track: track)
    }

    static func problem(
        _ sessions: [Session], availability: [PersonAvailability] = [], published: [SessionPlacement] = [],
        closes: Int = 12
    ) -> TimetableProblem {
        TimetableProblem(
            days: [EventDay(date: day, opens: TimeOfDay(hour: 8)!, closes: TimeOfDay(hour: closes)!)],
            rooms: rooms, connectionPoints: points, sessions: sessions,
            personNames: [bao: "Ông Trần Văn Bảo", hang: "Bà Lê Thị Hằng"], personAvailability: availability,
            publishedProgramme: published)
    }

    static func place(_ id: String, _ room: String, _ start: LocalDateTime) -> SessionPlacement {
        SessionPlacement(session: Identifier(id), room: room, start: start)
    }

    /// Limits for tests: an iteration cap and a node budget (reproducible) and a time budget that
    /// never cuts in (the tests pass a manual clock that does not move).
    static let limits = SearchLimits(timeBudget: .seconds(120), maximumIterations: 1_500, exactNodes: 5_000)

    /// The local search alone, with the tests' limits.
    static let localLimits = SearchLimits(
        timeBudget: .seconds(120), maximumIterations: 1_500, exactSessionLimit: 0)

    /// The sample briefing timetabled (seed 7, its own programme as the published one; a manual
    /// clock that never moves, so only the iteration cap ends the search).
    static func briefing() throws -> (plan: Plan, result: TimetableResult) {
        let plan = SampleData.hybridBriefing()
        let limits = SearchLimits(timeBudget: .seconds(120), maximumIterations: 800)
        let result = try Timetabler(seed: 7, limits: limits)
            .solve(plan: plan, publishedProgramme: SessionPlacement.programme(of: plan), clock: ManualClock())
        return (plan, result)
    }
}
