import Foundation
import Planning
import Testing

@Suite("Session: pinned, and JSON written before sessions could be pinned")
struct SessionCodingTests {
    static let session = Session(
        id: "bao-cao", title: "Báo cáo", kind: .report, durationMinutes: 60, room: "hoi-truong",
        start: LocalDateTime(date: CalendarDate(year: 2026, month: 12, day: 10)!, time: TimeOfDay(hour: 9)!))

    @Test("an unpinned session encodes without `pinned`, so older data stays byte-identical")
    func unpinnedEncoding() throws {
        let text = String(decoding: try JSONEncoder().encode(Self.session), as: UTF8.self)
        #expect(!text.contains("pinned"))
        #expect(!Self.session.isPinnedInPlace)
    }

    @Test("a pinned session round-trips; JSON without `pinned` decodes as unpinned")
    func roundTrip() throws {
        var pinned = Self.session
        pinned.pinned = true
        #expect(pinned.isPinnedInPlace)
        let decoded = try JSONDecoder().decode(Session.self, from: try JSONEncoder().encode(pinned))
        #expect(decoded == pinned)
        let old = try JSONDecoder().decode(Session.self, from: try JSONEncoder().encode(Self.session))
        #expect(old == Self.session && !old.pinned)
        pinned.start = nil
        #expect(!pinned.isPinnedInPlace)
    }
}
