public import Planning
import Scheduler

/// Writes a plan's programme as iCalendar (RFC 5545), for the whole event or one connection point.
///
/// Times are local (`TZID=Asia/Ho_Chi_Minh`, with its VTIMEZONE at +07:00); text is escaped and
/// lines are folded at 75 octets without splitting a UTF-8 character; lines end with CRLF. UIDs
/// are stable across exports, so calendar apps update events instead of duplicating them. A
/// connection point's own calendar also holds the point's link test (thử đường truyền), placed as
/// the Scheduler places them (``linkTests()``).
public struct ICalendarWriter: Sendable {
    /// The plan whose programme is written.
    let plan: Plan
    /// Only the sessions linked to this connection point, when set.
    let connectionPoint: Identifier<ConnectionPoint>?
    /// The `DTSTAMP` of every event (when the export was made), local time.
    let stamp: LocalDateTime
    /// The generator version written in `PRODID`.
    let version: String
    /// The language of descriptions and categories (and of `PRODID`).
    let language: Language

    /// Creates a writer whose worded text is in `language`.
    public init(
        plan: Plan, connectionPoint: Identifier<ConnectionPoint>? = nil, stamp: LocalDateTime,
        version: String,
        language: Language
    ) {
        self.plan = plan
        self.connectionPoint = connectionPoint
        self.stamp = stamp
        self.version = version
        self.language = language
    }

    /// The calendar's text.
    public func text() -> String {
        let rooms = Dictionary((plan.venue?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0) }) { first, _ in first }
        let pointName = connectionPoint.flatMap { points[$0]?.name }
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//FairPlan//FairPlan \(version)//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape(pointName.map { "\(plan.event.name) — \($0)" } ?? plan.event.name),
            "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
            "BEGIN:VTIMEZONE", "TZID:Asia/Ho_Chi_Minh", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "END:STANDARD", "END:VTIMEZONE",
        ]
        let sessions = plan.sessions.filter { session in
            session.scheduledRange != nil
                && (connectionPoint.map { session.linkedPoints.contains($0) } ?? true)
        }.sorted { ($0.start?.minuteIndex ?? 0, $0.id) < ($1.start?.minuteIndex ?? 0, $1.id) }
        for test in linkTests() { lines += linkTestEvent(test) }
        for session in sessions {
            guard let range = session.scheduledRange else { continue }
            let linked = session.linkedPoints.compactMap { points[$0]?.name }
            let kind = session.kind.name(language)
            var description = kind
            let people = session.participants.compactMap { participant in
                plan.person(participant.person).map {
                    "\(participant.role.name(language)): \($0.displayName(language))"
                }
            }
            if !people.isEmpty { description += "\n" + people.joined(separator: "\n") }
            if !linked.isEmpty {
                description += "\n" + InterchangeMessage.connectionPointsLine(linked).text(language)
            }
            let location = pointName ?? session.room.map { rooms[$0] ?? $0 }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(StableUUID.make("\(plan.event.id)|\(session.id)|\(connectionPoint?.rawValue ?? "")"))@fairplan",
                "DTSTAMP:\(Self.utc(stamp))",
                "DTSTART;TZID=Asia/Ho_Chi_Minh:\(Self.local(range.start))",
                "DTEND;TZID=Asia/Ho_Chi_Minh:\(Self.local(range.end))",
                "SUMMARY:" + Self.escape(session.title),
                "DESCRIPTION:" + Self.escape(description),
                "CATEGORIES:" + Self.escape(kind),
            ]
            if let location { lines.append("LOCATION:" + Self.escape(location)) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The link tests of the calendar's connection point, if it has a lead time: its lead time
    /// just before its first linked session of each day, as the Scheduler's `TimetableChecker`
    /// places them.
    func linkTests() -> [LinkTest] {
        guard let connectionPoint,
            let point = plan.connectionPoints.first(where: { $0.id == connectionPoint }),
            point.linkTestLeadMinutes > 0
        else { return [] }
        let problem = TimetableProblem(
            days: plan.event.days, rooms: plan.venue?.rooms ?? [], connectionPoints: [point],
            sessions: plan.sessions)
        let programme = plan.sessions.compactMap { session -> SessionPlacement? in
            session.start.map { SessionPlacement(session: session.id, room: session.room ?? "", start: $0) }
        }
        return TimetableChecker(problem: problem).linkTests(for: programme)
    }

    /// The lines of a link test's event.
    func linkTestEvent(_ test: LinkTest) -> [String] {
        let session = plan.sessions.first { $0.id == test.session }
        let title = InterchangeMessage.linkTestTitle(point: test.pointName).text(language)
        let description = InterchangeMessage.linkTestDescription(
            session: session?.title ?? test.session.rawValue,
            minutes: test.end.minuteIndex - test.start.minuteIndex
        ).text(language)
        return [
            "BEGIN:VEVENT",
            "UID:\(StableUUID.make("\(plan.event.id)|link-test|\(test.point.rawValue)|\(test.end.date.iso)"))@fairplan",
            "DTSTAMP:\(Self.utc(stamp))",
            "DTSTART;TZID=Asia/Ho_Chi_Minh:\(Self.local(test.start))",
            "DTEND;TZID=Asia/Ho_Chi_Minh:\(Self.local(test.end))",
            "SUMMARY:" + Self.escape(title),
            "DESCRIPTION:" + Self.escape(description),
            "CATEGORIES:" + Self.escape(title),
            "LOCATION:" + Self.escape(test.pointName),
            "END:VEVENT",
        ]
    }

    /// `20261204T080000`.
    static func local(_ time: LocalDateTime) -> String {
        let date = time.date.iso.filter { $0 != "-" }
        let clock = time.time.description.filter { $0 != ":" }
        return "\(date)T\(clock)00"
    }

    /// The time in UTC, `20261204T010000Z`.
    static func utc(_ time: LocalDateTime) -> String {
        local(time.adding(minutes: -LocalDateTime.utcOffsetSeconds / 60)) + "Z"
    }

    /// Escapes text values: backslash, semicolon, comma and newlines.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line into lines of at most 75 octets, never splitting a character.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
