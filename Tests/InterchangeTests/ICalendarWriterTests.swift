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

    @Test("one calendar per connection point lists only its linked sessions")
    func perPoint() {
        let plan = SampleData.hybridBriefing()
        let text = ICalendarWriter(
            plan: plan, connectionPoint: "dc-son-la", stamp: Self.stamp, version: "0.1.0",
            language: .vietnamese
        ).text()
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 8)
        #expect(text.contains("LOCATION:Điểm cầu Sơn La"))
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
