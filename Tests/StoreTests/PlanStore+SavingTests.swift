import Planning
import Store
import Testing

@Suite("PlanStore: saving a booth plan or a timetable, with or without publishing")
struct PlanStoreSavingTests {
    /// The small fair with two more confirmed parties, p-5 and p-6, waiting for booths.
    private static func store(at path: String) throws -> PlanStore {
        let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
        for (id, name) in [("org-5", "Hợp tác xã Ô Môn"), ("org-6", "Hợp tác xã Phong Điền")] {
            try store.addOrganisation(StoreFixtures.organisation(id, name))
        }
        try store.addParty(StoreFixtures.party("p-5", "HTX Ô Môn", organisation: "org-5", status: .confirmed))
        try store.addParty(
            StoreFixtures.party("p-6", "HTX Phong Điền", organisation: "org-6", hour: 12, status: .confirmed))
        return store
    }

    /// An allocation that keeps p-2's booths (A-01 held and pinned), drops p-1, and places p-3 and
    /// p-5; p-6 could not be placed.
    private static let allocation = [
        BoothAssignment(booth: "A-01", party: "p-2", state: .held, pinned: true),
        BoothAssignment(booth: "A-02", party: "p-2"),
        BoothAssignment(booth: "A-03", party: "p-3"), BoothAssignment(booth: "A-04", party: "p-3"),
        BoothAssignment(booth: "A-05", party: "p-5"), BoothAssignment(booth: "A-06", party: "p-5"),
    ]

    /// Every party's registration status, by identifier.
    private static func statuses(_ store: PlanStore) throws -> [Identifier<ExhibitingParty>:
        RegistrationStatus]
    {
        Dictionary(uniqueKeysWithValues: try store.parties().map { ($0.id, $0.registrationStatus) })
    }

    @Test("saving without publishing replaces the plan, moves the statuses and publishes nothing")
    func saveWithoutPublishing() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.store(at: path)
            // p-5 holds booths, so it is placed although listed; p-4 is already waiting
            let saved = try store.saveBoothPlan(Self.allocation, waitlisting: ["p-6", "p-4", "p-5"])
            #expect(saved.version == nil)
            #expect(
                saved.changed == ["p-1": .waitlisted, "p-3": .placed, "p-5": .placed, "p-6": .waitlisted])
            #expect(try store.boothAssignments() == Self.allocation)
            #expect(
                try Self.statuses(store) == [
                    "p-1": .waitlisted, "p-2": .placed, "p-3": .placed, "p-4": .waitlisted, "p-5": .placed,
                    "p-6": .waitlisted,
                ])
            #expect(try store.publishedVersions(kind: .boothPlan).isEmpty)
            #expect(try store.boothPlanChanges().fromVersion == nil)
        }
    }

    @Test("kept assignments keep their state and pin, and an unchanged plan changes no status")
    func keptAssignments() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.store(at: path)
            let current = try store.boothAssignments()
            let saved = try store.saveBoothPlan(current)
            #expect(saved.changed.isEmpty && saved.version == nil)
            #expect(try store.boothAssignments() == current)
            let held = try #require(try store.boothAssignments().first { $0.booth == "A-01" })
            #expect(held.state == .held && held.pinned)
            // a waiting-list entry for a party that keeps its booths is ignored
            #expect(try store.saveBoothPlan(current, waitlisting: ["p-1"]).changed.isEmpty)
            #expect(try store.party("p-1")?.registrationStatus == .placed)
        }
    }

    @Test("saving and publishing numbers the next version with its note and time, in the same step")
    func saveAndPublish() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.store(at: path)
            #expect(try store.publishBoothPlan(note: "Gửi lần 1", at: StoreFixtures.at(9)) == 1)
            let saved = try store.saveBoothPlan(
                Self.allocation, waitlisting: ["p-6"],
                publishing: (note: "Gửi lần 2", at: StoreFixtures.at(15)))
            #expect(saved.version == 2)
            #expect(saved.changed["p-6"] == .waitlisted)
            let versions = try store.publishedVersions(kind: .boothPlan)
            #expect(versions.map(\.number) == [1, 2])
            #expect(versions.map(\.note) == ["Gửi lần 1", "Gửi lần 2"])
            #expect(versions.map(\.publishedAt) == [StoreFixtures.at(9), StoreFixtures.at(15)])
            let published = try store.publishedBoothPlan(2)
            #expect(published.assignments == Self.allocation)
            #expect(published.partyNames["p-5"] == "HTX Ô Môn")
            #expect(try store.boothPlanChanges().isEmpty)
            let changes = try store.boothPlanChanges(from: 1, to: 2)
            #expect(changes.removed.map(\.party) == ["p-1"])
            #expect(Set(changes.added.map(\.party)) == ["p-3", "p-5"])
            #expect(try store.publishedVersions(kind: .programme).isEmpty)
        }
    }

    @Test("a failing save leaves the plan file as it was, published versions included")
    func failureLeavesTheFileUnchanged() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.store(at: path)
            let before = try store.loadPlan()
            // the unknown booth comes last, after the old plan was deleted and five rows written
            #expect(
                throws: StoreError.missingReference(
                    .boothAssignment, id: "Z-99", refersTo: .booth, referenceID: "Z-99")
            ) {
                try store.saveBoothPlan(
                    Self.allocation.dropLast() + [BoothAssignment(booth: "Z-99", party: "p-5")],
                    waitlisting: ["p-6"], publishing: (note: "Không gửi", at: StoreFixtures.at(10)))
            }
            #expect(throws: StoreError.boothAssignedTwice(["A-03"])) {
                try store.saveBoothPlan(
                    Self.allocation + [BoothAssignment(booth: "A-03", party: "p-6")],
                    publishing: (note: nil, at: StoreFixtures.at(10)))
            }
            #expect(try store.loadPlan() == before)
            #expect(try store.publishedVersions(kind: .boothPlan).isEmpty)
            try store.close()
            let reopened = try PlanStore.open(at: path)
            #expect(try reopened.loadPlan() == before)
            _ = try reopened.withdraw(party: "p-3")
            let withdrawn = try reopened.loadPlan()
            #expect(throws: StoreError.withdrawnPartyAssigned(party: "HTX Cái Răng")) {
                try reopened.saveBoothPlan(Self.allocation, publishing: (note: nil, at: StoreFixtures.at(11)))
            }
            #expect(try reopened.loadPlan() == withdrawn)
            #expect(try reopened.publishedVersions(kind: .boothPlan).isEmpty)
        }
    }

    @Test("a timetable is saved, then saved and published, and read back from the version")
    func timetableRoundTrip() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.store(at: path)
            try store.addSession(
                Session(id: "ket-noi", title: "Kết nối cung cầu", kind: .matchmaking, durationMinutes: 60))
            var opening = try #require(try store.sessions().first { $0.id == "khai-mac" })
            var matchmaking = try #require(try store.sessions().first { $0.id == "ket-noi" })
            #expect(matchmaking.start == nil && matchmaking.room == nil)
            opening.start = StoreFixtures.at(8, 30)
            matchmaking.room = "phong-1"
            matchmaking.start = StoreFixtures.at(14)
            #expect(try store.saveTimetable([opening, matchmaking]) == nil)
            #expect(try store.sessions() == [opening, matchmaking])
            #expect(try store.publishedVersions(kind: .programme).isEmpty)

            matchmaking.start = StoreFixtures.at(15)
            let version = try store.saveTimetable(
                [opening, matchmaking],
                publishing: (note: "Chương trình chính thức", at: StoreFixtures.at(16)))
            #expect(version == 1)
            let versions = try store.publishedVersions(kind: .programme)
            #expect(versions.map(\.note) == ["Chương trình chính thức"])
            #expect(versions.map(\.publishedAt) == [StoreFixtures.at(16)])
            let published = try store.publishedProgramme(1)
            #expect(published.sessions == [opening, matchmaking])
            #expect(published.roomName("phong-1") == "Phòng họp 1")
            #expect(try store.programmeChanges().isEmpty)
            #expect(try store.publishedVersions(kind: .boothPlan).isEmpty)
        }
    }

    @Test("a timetable with an unknown session saves nothing and publishes nothing")
    func timetableFailure() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try Self.store(at: path)
            let before = try store.sessions()
            var opening = try #require(before.first)
            opening.start = StoreFixtures.at(9)
            let unknown = Session(
                id: "khong-co", title: "Không có", kind: .report, durationMinutes: 20, room: "phong-1",
                start: StoreFixtures.at(10))
            #expect(throws: StoreError.notFound(.session, id: "khong-co")) {
                try store.saveTimetable(
                    [opening, unknown], publishing: (note: nil, at: StoreFixtures.at(11)))
            }
            #expect(try store.sessions() == before)
            #expect(try store.publishedVersions(kind: .programme).isEmpty)
        }
    }
}
