import Foundation
import Planning
import Store
import Testing

@Suite("PlanStore: the timeslot grid (schema version 7)")
struct PlanStoreGridTests {
    /// The small fair with a grid, a tagged room, a person's schedule and a session's profile.
    static func plan() -> Plan {
        var plan = StoreFixtures.smallFair()
        plan.event.timeslots = [
            Timeslot(
                start: StoreFixtures.at(8), end: StoreFixtures.at(9, 30), kinds: [.report], tags: ["sáng"]),
            Timeslot(start: StoreFixtures.at(13, 30), end: StoreFixtures.at(15)),
        ]
        plan.event.pauseMinutes = 15
        plan.venue?.rooms = [
            Room(id: "phong-1", name: "Phòng họp 1", capacity: 40, tags: ["ban-tron"], kinds: [.discussion])
        ]
        var person = Person(id: "bao", fullName: "Trần Văn Bảo")
        person.schedule = PersonSchedule(
            unavailable: [TimeRange(start: StoreFixtures.at(8), end: StoreFixtures.at(12))!],
            timeslotTags: TagRules(preferred: ["chiều"]), roomTags: TagRules(prohibited: ["san-khau"]))
        plan.people.append(person)
        plan.sessions = [
            Session(
                id: "bao-cao", title: "Báo cáo", kind: .report, durationMinutes: 60,
                participants: [SessionParticipant(person: "bao", role: .speaker)],
                order: [],
                profile: SessionProfile(
                    themes: ["chuyển đổi số"], sectors: ["nông nghiệp"], audiences: ["xã viên"], level: 3,
                    content: ["thương mại điện tử"], language: "vi",
                    roomTags: TagRules(required: ["ban-tron"], undesired: ["tầng-3"]),
                    exclusiveTags: ["lanh-dao"],
                    crowdRisk: true)),
            Session(id: "ket-thuc", title: "Kết thúc", kind: .closing, durationMinutes: 30, order: [.last]),
        ]
        return plan
    }

    @Test("timeslots, pause, room tags, schedules and profiles read back equal after reopening")
    func roundTrip() throws {
        let plan = Self.plan()
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: plan)
            #expect(try store.fileSchemaVersion() == PlanStore.schemaVersion)
            try store.close()
            let loaded = try PlanStore.open(at: path).loadPlan()
            #expect(loaded.event.timeslots == plan.event.timeslots && loaded.event.pauseMinutes == 15)
            #expect(loaded.venue?.rooms == plan.venue?.rooms)
            #expect(loaded.people == plan.people)
            #expect(loaded.sessions == plan.sessions)
            #expect(loaded == plan)
        }
    }

    @Test("an event, room, person and session written before the grid read with an empty grid")
    func olderJSON() throws {
        let plan = Self.plan()
        var bare = plan
        bare.event.timeslots = []
        bare.event.pauseMinutes = 0
        bare.venue?.rooms = [Room(id: "phong-1", name: "Phòng họp 1", capacity: 40)]
        bare.people = bare.people.map {
            var person = $0
            person.schedule = PersonSchedule()
            return person
        }
        bare.sessions = bare.sessions.map {
            var session = $0
            session.profile = SessionProfile()
            return session
        }
        let data = try JSONEncoder().encode(bare)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["timeslots", "pauseMinutes", "schedule", "profile", "kinds"] {
            #expect(!text.contains(key), "an empty grid field is left out of the JSON: \(key)")
        }
        #expect(try JSONDecoder().decode(Plan.self, from: data) == bare)
        #expect(try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(plan)) == plan)
    }
}
