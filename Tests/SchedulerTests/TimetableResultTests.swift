import Foundation
import Planning
import Scheduler
import Testing

@Suite("TimetableResult")
struct TimetableResultTests {
    static func briefingResult() -> (Plan, TimetableResult) {
        TimetableFixtures.briefing
    }

    @Test("JSON has stable readable keys, ISO times, and decodes back to the same result")
    func json() throws {
        let (_, result) = Self.briefingResult()
        let data = try JSONEncoder().encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "seed", "timetable", "linkTests", "score", "unplaced", "iterations", "stoppedByTime",
            ])
        let first = try #require((object["timetable"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["session", "title", "room", "roomName", "start", "end", "linkedPoints"])
        #expect((first["start"] as? String)?.hasSuffix(":00+07:00") == true)
        let score = try #require(object["score"] as? [String: Any])
        #expect(score["total"] as? Int == result.score.total)
        let keys = (score["components"] as? [[String: Any]])?.compactMap { $0["key"] as? String }
        #expect(
            keys == [
                "unplaced", "plenaryOutsideMorning", "connectionPointIdleMinutes", "trackRoomChanges",
                "preferenceMisses", "movedFromPublished",
            ])
        let reason = try #require(
            ((object["unplaced"] as? [[String: Any]])?.first?["reasons"] as? [[String: Any]])?.first)
        #expect(reason["rule"] as? String == "link-test")
        #expect(try JSONDecoder().decode(TimetableResult.self, from: data) == result)
    }

    @Test("the explanation lists the day, the link tests, the score and the unplaced opening's reason")
    func rendered() throws {
        let (_, result) = Self.briefingResult()
        let text = result.rendered()
        #expect(text.hasPrefix("Lịch phiên (hạt giống 7): đã xếp 8/9 phiên."))
        #expect(text.contains("Ngày 04/12/2026"))
        #expect(text.contains("Thử đường truyền:"))
        #expect(text.contains("  Điểm cầu Sơn La: "))
        #expect(text.contains("  - Phiên chưa xếp được: 1 × 100000 = 100000"))
        #expect(
            text.contains("«Khai mạc, giới thiệu đại biểu»\n    • Điểm cầu Sơn La chưa kịp thử đường truyền"))
    }

    @Test("applying the result to the plan sets rooms and starts, and clears the unplaced session's")
    func applyToPlan() throws {
        let (plan, result) = Self.briefingResult()
        let applied = plan.applying(result)
        let opening = try #require(applied.sessions.first { $0.id == "khai-mac" })
        #expect(opening.room == nil && opening.start == nil)
        for entry in result.timetable {
            let session = try #require(applied.sessions.first { $0.id == entry.session })
            #expect(session.room == entry.room && session.start == entry.start)
        }
        #expect(try TimetableChecker.check(plan: applied).map(\.rule) == [.notScheduled])
    }
}
