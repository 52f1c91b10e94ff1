import Planning
import Store
import Testing

@Suite("PlanStore: published versions and changes")
struct PlanStorePublishingTests {
    @Test("booth plan versions are numbered and compared, also with the current plan")
    func boothPlanVersions() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            #expect(try store.boothPlanChanges().added.map(\.party) == ["p-1", "p-2"])
            #expect(try store.publishBoothPlan(note: "Gửi lần 1", at: StoreFixtures.at(9)) == 1)
            #expect(try store.boothPlanChanges().isEmpty)
            _ = try store.withdraw(party: "p-2")
            _ = try store.saveBoothPlan([
                BoothAssignment(booth: "A-03", party: "p-1"), BoothAssignment(booth: "A-04", party: "p-1"),
                BoothAssignment(booth: "A-01", party: "p-3"), BoothAssignment(booth: "A-02", party: "p-3"),
            ])
            let current = try store.boothPlanChanges()
            #expect(current.fromVersion == 1 && current.toVersion == nil)
            #expect(
                current.moved == [
                    PartyMove(
                        party: "p-1", name: "HTX Ánh Dương", from: ["A-05", "A-06"], to: ["A-03", "A-04"])
                ])
            #expect(
                current.added == [PartyBooths(party: "p-3", name: "HTX Cái Răng", booths: ["A-01", "A-02"])])
            #expect(
                current.removed == [PartyBooths(party: "p-2", name: "HTX Bình An", booths: ["A-01", "A-02"])])
            #expect(current.boothsFreed == ["A-05", "A-06"])
            #expect(current.boothsTaken == ["A-03", "A-04"])
            #expect(try store.publishBoothPlan(note: "Gửi lần 2", at: StoreFixtures.at(15)) == 2)
            #expect(try store.boothPlanChanges(from: 1, to: 2).moved == current.moved)
            #expect(try store.boothPlanChanges(to: 2).fromVersion == 1)
            #expect(try store.boothPlanChanges().isEmpty)
            let versions = try store.publishedVersions(kind: .boothPlan)
            #expect(versions.map(\.note) == ["Gửi lần 1", "Gửi lần 2"])
            #expect(versions.last?.publishedAt == StoreFixtures.at(15))
            #expect(try store.publishedVersions(kind: .programme).isEmpty)
            #expect(try store.publishedBoothPlan(1).partyNames["p-2"] == "HTX Bình An")
            #expect(throws: StoreError.unknownVersion(.boothPlan, number: 3)) {
                try store.boothPlanChanges(from: 3)
            }
            let published = try store.boothPlanChanges(from: 1, to: 2)
            #expect(published.fromVersion == 1 && published.toVersion == 2)
            #expect(published.moved == current.moved)
        }
    }

    @Test("programme versions record moved, added and removed sessions")
    func programmeVersions() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            #expect(try store.publishProgramme(at: StoreFixtures.at(7)) == 1)
            var opening = try #require(try store.loadPlan().sessions.first)
            opening.start = StoreFixtures.at(8, 30)
            try store.updateSession(opening)
            try store.addSession(
                Session(
                    id: "ket-noi", title: "Kết nối cung cầu", kind: .matchmaking, durationMinutes: 60,
                    room: "phong-1", start: StoreFixtures.at(14)))
            let changes = try store.programmeChanges()
            #expect(changes.moved.map(\.to.session) == ["khai-mac"])
            #expect(changes.moved.first?.timeChanged == true && changes.moved.first?.roomChanged == false)
            #expect(changes.added.map(\.session) == ["ket-noi"])
            #expect(changes.removed.isEmpty)
            let move = try #require(changes.moved.first)
            #expect(
                move.from.time?.start == StoreFixtures.at(8) && move.to.time?.start == StoreFixtures.at(8, 30)
            )
            #expect(move.from.room == move.to.room)
            #expect(changes.added.map(\.title) == ["Kết nối cung cầu"])
        }
    }
}
