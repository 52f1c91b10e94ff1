import Foundation
import Planning
import Scheduler
import Testing

@Suite("SessionPlacement")
struct SessionPlacementTests {
    @Test("encodes its start as ISO 8601 with +07:00 and decodes it back")
    func codable() throws {
        let placement = TimetableFixtures.place("a", "phong-a", TimetableFixtures.at(8, 30))
        let data = try JSONEncoder().encode(placement)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains(#""start":"2026-12-10T08:30:00+07:00""#))
        #expect(try JSONDecoder().decode(SessionPlacement.self, from: data) == placement)
    }

    @Test("a start in another offset is refused")
    func otherOffset() {
        let json = Data(#"{"session":"a","room":"phong-a","start":"2026-12-10T08:30:00+08:00"}"#.utf8)
        #expect(throws: DecodingError.self) {
            _ = try JSONDecoder().decode(SessionPlacement.self, from: json)
        }
    }

    @Test("a plan's programme is its scheduled sessions")
    func programmeOfPlan() {
        var plan = SampleData.hybridBriefing()
        plan.sessions[1].start = nil
        let programme = SessionPlacement.programme(of: plan)
        #expect(programme.count == 8)
        #expect(
            programme.first
                == SessionPlacement(session: "khai-mac", room: "hoi-truong", start: plan.sessions[0].start!))
    }
}
