import Foundation
import Interchange
import Planning
import Testing

@Suite("ICalendarWriter: RFC 5545 calendars of the programme")
struct ICalendarWriterTests {
    static let stamp = LocalDateTime(
        date: CalendarDate(year: 2026, month: 11, day: 23)!, time: TimeOfDay(hour: 9)!)

    @Test("structure, local times with the Vietnamese zone, stable UIDs, CRLF, folded lines")
    func calendar() {
        let plan = SampleData.hybridBriefing()
        let text = ICalendarWriter(plan: plan, stamp: Self.stamp, version: "0.1.0", language: .vietnamese)
            .text()
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == plan.sessions.count)
        #expect(text.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261204T080000"))
        #expect(text.contains("DTSTAMP:20261123T020000Z"))
        #expect(text.contains("TZOFFSETTO:+0700"))
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(!line.contains("\n"))
        }
        #expect(
            text
                == ICalendarWriter(plan: plan, stamp: Self.stamp, version: "0.1.0", language: .vietnamese)
                .text())
    }

    @Test("one calendar per connection point lists only its linked sessions, and its link test")
    func perPoint() {
        let plan = SampleData.hybridBriefing()
        let text = ICalendarWriter(
            plan: plan, connectionPoint: "dc-son-la", stamp: Self.stamp, version: "0.1.0",
            language: .vietnamese
        ).text()
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 8 + 1)
        #expect(text.contains("LOCATION:Điểm cầu Sơn La"))
    }

    /// The unfolded lines of each event whose `SUMMARY` starts with `prefix`.
    static func events(_ text: String, summary prefix: String) -> [[String]] {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        return unfolded.components(separatedBy: "BEGIN:VEVENT").dropFirst().map {
            $0.components(separatedBy: "\r\n")
        }.filter { $0.contains { $0.hasPrefix("SUMMARY:" + prefix) } }
    }

    @Test("a connection point's calendar holds its link test, the lead time before its first linked session")
    func linkTest() throws {
        var plan = SampleData.hybridBriefing()
        let point = try #require(plan.connectionPoints.first { $0.id == "dc-son-la" })
        for language in Language.allCases {
            let text = ICalendarWriter(
                plan: plan, connectionPoint: point.id, stamp: Self.stamp, version: "0.1.0", language: language
            ).text()
            let title = InterchangeMessage.linkTestTitle(point: point.name).text(language)
            let tests = Self.events(text, summary: title)
            #expect(tests.count == 1)
            let lines = tests.first ?? []
            #expect(lines.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261204T070000"))
            #expect(lines.contains("DTEND;TZID=Asia/Ho_Chi_Minh:20261204T080000"))
            #expect(lines.contains("LOCATION:Điểm cầu Sơn La"))
            #expect(lines.contains { $0.hasPrefix("UID:") && $0.hasSuffix("@fairplan") })
            #expect(text.components(separatedBy: "SUMMARY:").dropFirst().first?.hasPrefix(title) == true)
        }
        // The whole event's calendar has no link test; a point needing none has none.
        let whole = ICalendarWriter(plan: plan, stamp: Self.stamp, version: "0.1.0", language: .vietnamese)
            .text()
        #expect(Self.events(whole, summary: "Thử đường truyền").isEmpty)
        // Moving the first linked session moves the test, and keeps its UID.
        let uid = Self.events(
            ICalendarWriter(
                plan: plan, connectionPoint: point.id, stamp: Self.stamp, version: "0.1.0",
                language: .vietnamese
            ).text(), summary: "Thử đường truyền"
        ).first?.first { $0.hasPrefix("UID:") }
        let opening = try #require(plan.sessions.firstIndex { $0.id == "khai-mac" })
        plan.sessions[opening].start = plan.sessions[opening].start?.adding(minutes: 30)
        let moved = Self.events(
            ICalendarWriter(
                plan: plan, connectionPoint: point.id, stamp: Self.stamp, version: "0.1.0",
                language: .vietnamese
            ).text(), summary: "Thử đường truyền")
        #expect(moved.first?.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261204T071500") == true)
        #expect(moved.first?.first { $0.hasPrefix("UID:") } == uid)
        // A linked session on a second day gets that day's own test, with its own UID.
        var twoDays = plan
        let day = try #require(twoDays.event.days.first)
        twoDays.event.days.append(
            EventDay(date: day.date.adding(days: 1), opens: day.opens, closes: day.closes))
        let source = twoDays.sessions[opening]
        var again = Session(
            id: "khai-mac-2", title: "Khai mạc ngày hai", kind: source.kind, durationMinutes: 30,
            linkedPoints: source.linkedPoints)
        again.room = source.room
        again.start = source.start?.adding(minutes: 1440 + 60)
        twoDays.sessions.append(again)
        let daily = Self.events(
            ICalendarWriter(
                plan: twoDays, connectionPoint: point.id, stamp: Self.stamp, version: "0.1.0",
                language: .vietnamese
            ).text(), summary: "Thử đường truyền")
        #expect(daily.count == 2)
        let secondTest = try #require(again.start?.adding(minutes: -point.linkTestLeadMinutes))
        let stamp =
            secondTest.date.iso.replacingOccurrences(of: "-", with: "")
            + "T" + "\(secondTest.time)".replacingOccurrences(of: ":", with: "") + "00"
        #expect(daily.last?.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:\(stamp)") == true)
        #expect(Set(daily.compactMap { $0.first { $0.hasPrefix("UID:") } }).count == 2)
        let index = try #require(plan.connectionPoints.firstIndex { $0.id == point.id })
        plan.connectionPoints[index].linkTestLeadMinutes = 0
        let none = ICalendarWriter(
            plan: plan, connectionPoint: point.id, stamp: Self.stamp, version: "0.1.0", language: .vietnamese
        ).text()
        #expect(Self.events(none, summary: "Thử đường truyền").isEmpty)
    }

    @Test("text is escaped")
    func escaping() {
        var plan = SampleData.hybridBriefing()
        plan.sessions[0].title = "Báo cáo; tổng kết, năm 2026\\mới"
        let text = ICalendarWriter(plan: plan, stamp: Self.stamp, version: "0.1.0", language: .vietnamese)
            .text()
        #expect(text.contains("SUMMARY:Báo cáo\\; tổng kết\\, năm 2026\\\\mới"))
    }
}
