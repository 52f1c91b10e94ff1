import Foundation
import GRDB
import Planning
import Testing

@testable import Store

@Suite("Journal: what is recorded")
struct JournalRecordingTests {
    @Test(
        "every table of a plan file but the journal's and the staff accounts is journaled, with triggers of all its columns"
    )
    func triggersCoverEveryPlanTable() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.read { db in
                let tables = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE type = 'table'
                        AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'journal_%' AND name != 'account'
                        ORDER BY name
                        """)
                #expect(tables == JournalTable.allCases.map(\.rawValue).sorted())
                #expect(JournalTable.allCases.count == 20)
                for table in JournalTable.allCases {
                    let installed = try String.fetchAll(
                        db,
                        sql:
                            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name",
                        arguments: [table.rawValue])
                    let expected = JournalTriggers.statements(for: try JournalColumns(table, db)).sorted()
                    #expect(installed.sorted() == expected, "\(table)")
                    #expect(installed.count == 3)
                }
            }
        }
    }

    @Test("writes without a note (creating the file, the store's own writes) leave the journal empty")
    func unjournaledWrites() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.addOrganisation(StoreFixtures.organisation("org-9", "Hợp tác xã Thử"))
            #expect(try store.journal().isEmpty)
            #expect(try JournalFixtures.changes(store).isEmpty)
            let cursor = try store.read { db in
                try Int.fetchOne(db, sql: "SELECT entry_id FROM journal_cursor")
            }
            #expect(cursor == nil)
        }
    }

    @Test("a command with a note is one entry: who, when, what, done, and the rows it changed")
    func oneEntryPerCommand() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.addOrganisation(StoreFixtures.organisation("org-5", "Hợp tác xã Ô Môn"))
            let note = JournalFixtures.note("register party", subject: "HTX Ô Môn", minute: 30)
            try store.journaling(note).addParty(
                StoreFixtures.party("p-5", "HTX Ô Môn", organisation: "org-5"),
                requests: [
                    BoothRequest(
                        id: "dk-p-5", party: "p-5", boothsWanted: 1,
                        sharingOrganisations: ["org-5", "org-1"],
                        products: ["sp-1"])
                ])
            let journal = try store.journal()
            #expect(journal.count == 1)
            let entry = try #require(journal.first)
            #expect(entry.number == 1)
            #expect(entry.note == note)
            #expect(entry.state == .done)
            #expect(
                entry.counts == [
                    .party: JournalCounts(added: 1), .boothRequest: JournalCounts(added: 1),
                    .requestOrganisation: JournalCounts(added: 2), .requestProduct: JournalCounts(added: 1),
                ])
            #expect(entry.total == JournalCounts(added: 5))
            #expect(
                try store.read { db in try Int.fetchOne(db, sql: "SELECT entry_id FROM journal_cursor") }
                    == nil)
        }
    }

    @Test("a row changed and changed back counts as nothing; a command that changes nothing leaves no entry")
    func noOpLeavesNoEntry() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let organisation = try #require(try store.organisation("org-1"))
            try store.journaling(JournalFixtures.note("edit organisation")).updateOrganisation(organisation)
            try store.journaling(JournalFixtures.note("confirm")).setRegistrationStatus(.placed, of: ["p-1"])
            try store.journaling(JournalFixtures.note("venue use")).setVenue(StoreFixtures.venue)
            try store.journaling(JournalFixtures.note("raw")).write { db in
                try db.execute(sql: "UPDATE party SET priority = 7 WHERE id = 'p-3'")
                try db.execute(sql: "UPDATE party SET priority = 0 WHERE id = 'p-3'")
            }
            #expect(try store.journal().isEmpty)
            #expect(try JournalFixtures.changes(store).isEmpty)

            // a no-op keeps what can be redone
            try store.journaling(JournalFixtures.note("confirm")).setRegistrationStatus(
                .withdrawn, of: ["p-3"])
            try store.undo()
            try store.journaling(JournalFixtures.note("edit organisation")).updateOrganisation(organisation)
            #expect(try store.journal().map(\.state) == [.undone])
            #expect(try store.redo().note.command == "confirm")
        }
    }

    @Test("rows removed or set to NULL by foreign keys are recorded, and undone and redone exactly")
    func cascadesRecorded() throws {
        try StoreFixtures.withPlanPath { path in
            var plan = StoreFixtures.smallFair()
            plan.organisations.append(StoreFixtures.organisation("org-5", "Hợp tác xã Ô Môn"))
            plan.organisations.append(
                Organisation(
                    id: "lh-1", name: "Liên hiệp HTX Cần Thơ", kind: .cooperativeUnion, sector: .agricultural,
                    registrationCode: nil,
                    province: ProvinceReference("Cần Thơ"), memberOrganisations: ["org-5", "org-1"]))
            plan.products.append(
                Product(id: "sp-5", name: "Gạo thơm", owner: "org-5", classification: .productSet(1)))
            plan.people.append(Person(id: "ng-5", fullName: "Lê Văn Năm", organisation: "org-5"))
            plan.boothRequests[1].sharingOrganisations = ["org-2", "org-5"]
            plan.boothRequests[1].products = ["sp-5"]
            let store = try PlanStore.create(at: path, plan: plan)
            let counts = try JournalFixtures.expectExactUndoRedo(store, "remove organisation") { store in
                try JournalFixtures.execute(store, "DELETE FROM organisation WHERE id = 'org-5'")
            }
            #expect(
                counts == [
                    .organisation: JournalCounts(removed: 1), .organisationMember: JournalCounts(removed: 1),
                    .product: JournalCounts(removed: 1), .person: JournalCounts(changed: 1),
                    .requestOrganisation: JournalCounts(removed: 1),
                    .requestProduct: JournalCounts(removed: 1),
                ])
            let recorded = try JournalFixtures.changes(store).map { "\($0.table) \($0.operation)" }
            #expect(recorded.contains("person update"))
            #expect(recorded.last == "organisation delete")
            #expect(try store.person("ng-5")?.organisation == nil)

            // a party's removal takes its request, the request's lists and its booths with it
            let partyCounts = try JournalFixtures.expectExactUndoRedo(store, "remove party") { store in
                try JournalFixtures.execute(store, "DELETE FROM party WHERE id = 'p-1'")
            }
            #expect(partyCounts[.boothAssignment] == JournalCounts(removed: 2))
            #expect(partyCounts[.requestProduct] == JournalCounts(removed: 1))
        }
    }

    @Test("a plan file of schema version 1 is migrated with the journal's triggers and journals at once")
    func migratedFileJournals() throws {
        try StoreFixtures.withPlanPath { path in
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "PRAGMA application_id = \(PlanSchema.applicationID)")
                for statement in PlanSchema.version1.statements { try db.execute(sql: statement) }
                try db.execute(sql: "PRAGMA user_version = 1")
                // The event as a version 1 file holds it: the columns of that version only.
                let event = try EventRecord(StoreFixtures.event)
                try db.execute(
                    sql: """
                        INSERT INTO event (id, name, kind, organiser, province, province_code, province_json, days_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        event.id, event.name, event.kind, event.organiser, event.province, event.provinceCode,
                        event.provinceJson, event.daysJson,
                    ])
            }
            try queue.close()
            let store = try PlanStore.open(at: path)
            #expect(try store.fileSchemaVersion() == PlanStore.schemaVersion)
            // Version 7 gave the event an empty timeslot grid and no pause.
            #expect(try store.event() == StoreFixtures.event)
            try JournalFixtures.expectExactUndoRedo(store, "register organisation") { store in
                try store.addOrganisation(StoreFixtures.organisation("org-1", "Hợp tác xã Ánh Dương"))
            }
        }
    }
}
