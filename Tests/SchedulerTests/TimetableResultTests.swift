import Foundation
import Planning
import Scheduler
import Testing

@Suite("TimetableResult")
struct TimetableResultTests {
    static func briefingResult() throws -> (Plan, TimetableResult) {
        try TimetableFixtures.briefing()
    }

    @Test("JSON has stable readable keys, ISO times, and decodes back to the same result")
    func json() throws {
        let (_, result) = try Self.briefingResult()
        let data = try JSONEncoder().encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "seed", "timetable", "linkTests", "score", "unplaced", "iterations", "stoppedByTime", "proof",
            ])
        let first = try #require((object["timetable"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["session", "title", "room", "roomName", "start", "end", "linkedPoints"])
        #expect((first["start"] as? String)?.hasSuffix(":00+07:00") == true)
        let score = try #require(object["score"] as? [String: Any])
        #expect(score["total"] as? Int == result.score.total)
        let keys = (score["components"] as? [[String: Any]])?.compactMap { $0["key"] as? String }
        #expect(
            keys == [
                "unplaced", "plenaryOutsideMorning", "connectionPointIdleMinutes", "extraLinkTestMinutes",
                "trackRoomChanges",
                "preferenceMisses", "movedFromPublished",
            ])
        let reason = try #require(
            ((object["unplaced"] as? [[String: Any]])?.first?["reasons"] as? [[String: Any]])?.first)
        #expect(reason["rule"] as? String == "link-test")
        let message = try #require(reason["message"] as? [String: String])
        #expect(
            message == [
                "vietnamese": result.unplaced[0].reasons[0].wording.vietnamese,
                "english": result.unplaced[0].reasons[0].wording.english,
            ])
        let labels = try #require(
            (score["components"] as? [[String: Any]])?.first?["label"] as? [String: String])
        #expect(labels["english"] == SchedulerMessage.timetableComponent(.unplaced).english)
        #expect(try JSONDecoder().decode(TimetableResult.self, from: data) == result)
    }

    @Test("the explanation lists the day, the link tests, the score and the unplaced opening's reason")
    func rendered() throws {
        let (plan, result) = try Self.briefingResult()
        let day = try #require(plan.event.firstDay)
        for language in Language.allCases {
            func say(_ message: SchedulerMessage) -> String { message.text(language) }
            let text = result.rendered(in: language)
            #expect(text.hasPrefix(say(.timetableSummary(seed: 7, placed: 8, sessions: 9))))
            #expect(text.contains(say(.timetableDay(day))))
            #expect(text.contains(say(.linkTestsHeading)))
            let sonLa = try #require(result.linkTests.first { $0.point == "dc-son-la" })
            #expect(
                text.contains(
                    "  "
                        + say(
                            .linkTestEntry(
                                point: "Điểm cầu Sơn La", start: sonLa.start, end: sonLa.end,
                                session: result.timetable.first { $0.session == sonLa.session }?.title ?? ""))
                ))
            #expect(
                text.contains(
                    "  - " + say(.penaltyComponent(.unplaced, value: 1, weight: 100_000, penalty: 100_000))))
            let reason = try #require(result.unplaced.first?.reasons.first)
            #expect(text.contains("«Khai mạc, giới thiệu đại biểu»\n    • " + reason.text(language)))
        }
        #expect(result.rendered(in: .english) != result.rendered(in: .vietnamese))
    }

    @Test("applying the result to the plan sets rooms and starts, and clears the unplaced session's")
    func applyToPlan() throws {
        let (plan, result) = try Self.briefingResult()
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
