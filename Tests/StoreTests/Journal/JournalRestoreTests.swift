import Foundation
import Planning
import Testing

@testable import Store

@Suite("Journal: restoring a published version")
struct JournalRestoreTests {
    @Test(
        "the booth plan comes back as published, with placed and waitlisted as they were; undo takes it back")
    func restoreBoothPlan() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let published = try store.boothAssignments()
            try store.publishBoothPlan(at: StoreFixtures.at(8))
            let atVersion = try store.contentDump()
            // later: p-2 loses its booths to p-3, p-4 is placed beside p-1
            _ = try store.saveBoothPlan([
                BoothAssignment(booth: "A-05", party: "p-1"), BoothAssignment(booth: "A-06", party: "p-1"),
                BoothAssignment(booth: "A-01", party: "p-3"), BoothAssignment(booth: "A-02", party: "p-3"),
                BoothAssignment(booth: "A-03", party: "p-4"),
            ])
            #expect(try store.party("p-2")?.registrationStatus == .waitlisted)
            let before = try store.contentDump()
            let restored = try store.journaling(JournalFixtures.note("restore booths", subject: "1"))
                .restoreBoothPlan(version: 1)
            #expect(restored.kind == .boothPlan)
            #expect(restored.number == 1)
            #expect(restored.restored == 4)
            #expect(restored.changed)
            #expect(restored.leftOut.isEmpty)
            #expect(restored.statusChanges == ["p-2": .placed, "p-3": .waitlisted, "p-4": .waitlisted])
            #expect(try store.boothAssignments() == published)
            #expect(try store.contentDump() == atVersion)
            #expect(try store.journal().first?.note.command == "restore booths")
            try store.undo()
            #expect(try store.contentDump() == before)

            // restoring what is already there changes nothing and records nothing
            try store.redo()
            let again = try store.journaling(JournalFixtures.note("restore booths")).restoreBoothPlan(
                version: 1)
            #expect(!again.changed)
            #expect(try store.journal().count == 1)
        }
    }

    @Test("booths of a party withdrawn or removed since, or no longer on the venue, are left out and said")
    func restoreLeavesOut() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.publishBoothPlan(at: StoreFixtures.at(8))
            _ = try store.withdraw(party: "p-1")
            var venue = StoreFixtures.venue
            venue.booths.removeAll { $0.code == "A-02" }
            _ = try store.saveBoothPlan([BoothAssignment(booth: "A-01", party: "p-2")])
            try store.setVenue(venue)
            let restored = try store.restoreBoothPlan(version: 1)
            #expect(
                restored.leftOut == [
                    .partyWithdrawn(party: "HTX Ánh Dương", booths: ["A-05", "A-06"]),
                    .boothsNotOnVenue(party: "HTX Bình An", booths: ["A-02"]),
                ])
            #expect(try store.boothAssignments().map(\.booth) == ["A-01"])
            #expect(throws: StoreError.unknownVersion(.boothPlan, number: 2)) {
                try store.restoreBoothPlan(version: 2)
            }
        }
    }

    @Test("the programme comes back as published: rooms and starts; sessions added since are taken off")
    func restoreProgramme() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.publishProgramme(at: StoreFixtures.at(8))
            var opening = try #require(try store.loadPlan().sessions.first)
            opening.start = StoreFixtures.at(9)
            try store.updateSession(opening)
            try store.addSession(
                Session(
                    id: "hoi-thao", title: "Hội thảo kết nối", kind: .discussion, durationMinutes: 60,
                    room: "phong-1", start: StoreFixtures.at(10)))
            let before = try store.contentDump()
            let restored = try store.journaling(JournalFixtures.note("restore programme"))
                .restoreProgramme(version: 1)
            #expect(restored.restored == 1)
            #expect(restored.unscheduled == ["Hội thảo kết nối"])
            #expect(restored.changed)
            let sessions = try store.loadPlan().sessions
            #expect(sessions.map(\.start) == [StoreFixtures.at(8), nil])
            #expect(sessions.map(\.room) == ["phong-1", nil])
            try store.undo()
            #expect(try store.contentDump() == before)
            try JournalFixtures.execute(store, "DELETE FROM session WHERE id = 'khai-mac'")
            let gone = try store.restoreProgramme(version: 1)
            #expect(gone.leftOut == [.sessionRemoved(title: "Khai mạc hội chợ")])
            #expect(throws: StoreError.unknownVersion(.programme, number: 3)) {
                try store.restoreProgramme(version: 3)
            }
        }
    }
}
