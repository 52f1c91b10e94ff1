import Foundation
import GRDB
import Planning
import Testing

@testable import Store

@Suite("Journal: undo and redo")
struct JournalUndoTests {
    /// Every kind of change the store makes, each run as one journaled command.
    enum Change: String, CaseIterable, CustomTestStringConvertible {
        case addOrganisation, updateOrganisation, addProduct, updateProduct, addPerson, addAttendance
        case addParty, updateParty, addPoint, addSession, updateSession
        case confirm, withdraw, waitlist, setVenue, removeVenue, saveBoothPlan, allocateAndPublish
        case scheduleAndPublish, publishBoothPlan, publishProgramme, importBatch, importReplacing
        case restoreBoothPlan, restoreProgramme

        var testDescription: String { rawValue }

        /// What the change needs first (not journaled).
        func prepare(_ store: PlanStore) throws {
            switch self {
            case .addParty, .confirm:
                try store.addOrganisation(StoreFixtures.organisation("org-5", "Hợp tác xã Ô Môn"))
                if self == .confirm {
                    try store.addParty(StoreFixtures.party("p-5", "HTX Ô Môn", organisation: "org-5"))
                }
            case .removeVenue:
                _ = try store.saveBoothPlan([])
            case .restoreBoothPlan:
                _ = try store.saveBoothPlan([BoothAssignment(booth: "A-03", party: "p-3")])
            case .restoreProgramme:
                var session = try #require(try store.loadPlan().sessions.first)
                session.room = nil
                session.start = nil
                try store.updateSession(session)
            default: break
            }
        }

        /// Makes the change on `store` (journaled).
        func apply(_ store: PlanStore) throws {
            let at = StoreFixtures.at(12)
            switch self {
            case .addOrganisation:
                try store.addOrganisation(
                    StoreFixtures.organisation("org-5", "Hợp tác xã Ô Môn", code: "9992000005"))
            case .updateOrganisation:
                var organisation = try #require(try store.organisation("org-1"))
                organisation.address = "Số 1, đường 30/4, Ninh Kiều"
                organisation.memberCount = 15
                try store.updateOrganisation(organisation)
            case .addProduct:
                try store.addProduct(Product(id: "sp-2", name: "Mật ong rừng U Minh", owner: "org-2"))
            case .updateProduct:
                var product = try #require(try store.product("sp-1"))
                product.needsColdChain = false
                try store.updateProduct(product)
            case .addPerson:
                try store.addPerson(
                    Person(id: "ng-3", honorific: .mr, fullName: "Phạm Văn Ba", organisation: "org-2"))
            case .addAttendance:
                try store.addAttendance(
                    Attendance(person: "ng-2", event: StoreFixtures.event.id, place: .onSite, role: .guest))
            case .addParty:
                try store.addParty(
                    StoreFixtures.party("p-5", "HTX Ô Môn", organisation: "org-5"),
                    requests: [StoreFixtures.request("p-5", booths: 1)])
            case .updateParty:
                var party = try #require(try store.party("p-3"))
                party.priority = 2
                try store.updateParty(party)
            case .addPoint:
                try store.addConnectionPoint(
                    ConnectionPoint(
                        id: "dc-1", name: "Điểm cầu Cần Thơ", role: .main,
                        province: ProvinceReference("Cần Thơ"),
                        host: "UBND thành phố", hallCapacity: 80))
            case .addSession:
                try store.addSession(
                    Session(
                        id: "hoi-thao", title: "Hội thảo kết nối", kind: .discussion, durationMinutes: 60,
                        participants: [SessionParticipant(person: "ng-1", role: .speaker)]))
            case .updateSession:
                var session = try #require(try store.loadPlan().sessions.first)
                session.start = StoreFixtures.at(9)
                try store.updateSession(session)
            case .confirm:
                try store.setRegistrationStatus(.confirmed, of: ["p-5"])
            case .withdraw:
                _ = try store.withdraw(party: "p-1")
            case .waitlist:
                try store.setRegistrationStatus(.waitlisted, of: ["p-2"])
            case .setVenue:
                var venue = StoreFixtures.venue
                venue.booths.append(
                    Booth(code: "A-07", hall: "A", rect: Rect(x: 18, y: 0, width: 3, depth: 3), zone: "tinh"))
                try store.setVenue(venue)
            case .removeVenue:
                try store.setVenue(nil)
            case .saveBoothPlan:
                _ = try store.saveBoothPlan(
                    [
                        BoothAssignment(booth: "A-01", party: "p-3"),
                        BoothAssignment(booth: "A-02", party: "p-3"),
                    ],
                    waitlisting: [])
            case .allocateAndPublish:
                _ = try store.saveBoothPlan(
                    [
                        BoothAssignment(booth: "A-05", party: "p-4"),
                        BoothAssignment(booth: "A-06", party: "p-4"),
                        BoothAssignment(booth: "A-01", party: "p-2", state: .held, pinned: true),
                    ], waitlisting: ["p-1"], publishing: ("Gửi các tỉnh", at))
            case .scheduleAndPublish:
                var session = try #require(try store.loadPlan().sessions.first)
                session.start = StoreFixtures.at(10)
                _ = try store.saveTimetable([session], publishing: (nil, at))
            case .publishBoothPlan:
                try store.publishBoothPlan(note: "Lần 1", at: at)
            case .publishProgramme:
                try store.publishProgramme(at: at)
            case .importBatch:
                try store.importBatch(
                    ImportBatch(
                        organisations: [StoreFixtures.organisation("org-5", "Hợp tác xã Ô Môn")],
                        products: [Product(id: "sp-5", name: "Gạo thơm", owner: "org-5")],
                        people: [Person(id: "ng-5", fullName: "Lê Văn Năm", organisation: "org-5")],
                        attendances: [
                            Attendance(
                                person: "ng-5", event: StoreFixtures.event.id, place: .onSite, role: .delegate
                            )
                        ],
                        parties: [StoreFixtures.party("p-5", "HTX Ô Môn", organisation: "org-5")],
                        boothRequests: [
                            BoothRequest(
                                id: "dk-p-5", party: "p-5", boothsWanted: 1, sharingOrganisations: ["org-5"],
                                products: ["sp-5"])
                        ]))
            case .importReplacing:
                var organisation = StoreFixtures.organisation(
                    "org-2", "Hợp tác xã Bình An", code: "9992000002")
                organisation.address = "Phong Điền"
                try store.importBatch(
                    ImportBatch(
                        organisations: [organisation],
                        boothRequests: [
                            BoothRequest(
                                id: "dk-p-2", party: "p-2", boothsWanted: 3,
                                sharingOrganisations: ["org-2", "org-3"])
                        ]), replacingExisting: true)
            case .restoreBoothPlan:
                _ = try store.restoreBoothPlan(version: 1)
            case .restoreProgramme:
                _ = try store.restoreProgramme(version: 1)
            }
        }
    }

    @Test(
        "after a change and undo the plan is exactly as before; redo gives exactly the plan after",
        arguments: Change.allCases)
    func exactUndoRedo(change: Change) throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.publishBoothPlan(at: StoreFixtures.at(8))
            try store.publishProgramme(at: StoreFixtures.at(8))
            try change.prepare(store)
            try JournalFixtures.expectExactUndoRedo(store, change.rawValue) { try change.apply($0) }
        }
    }

    @Test(
        "values of every SQLite type come back exactly: REAL to the bit, BLOB, NULL, large integers, any text"
    )
    func exactValues() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            var generator = SystemRandomNumberGenerator()
            var doubles: [Double] = [
                0.1, 1.0 / 3, .pi, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
                .infinity,
                -.infinity, 1e300, -123.456, 0.5,
            ]
            while doubles.count < 400 {
                let value = Double(bitPattern: generator.next())
                if value.isFinite && value != value.rounded() { doubles.append(value) }
            }
            let texts = [
                "Hòa", "Hoa\u{0300}", "«trích dẫn» \"quote\" 'nháy' \\ /", "dòng 1\ndòng 2\t\r",
                "\u{1}\u{1F}", "🌾🍵",
                "{\"json\": [1, 2]}", "", " ",
            ]
            let before = try store.contentDump()
            try store.journaling(JournalFixtures.note("raw values")).write { db in
                for (index, value) in doubles.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO venue_booth VALUES (?, ?, 'A', NULL, 'standard', ?, 0, '[]')",
                        arguments: ["R-\(index)", 100 + index, value])
                }
                try db.execute(
                    sql: "INSERT INTO venue_booth VALUES ('B-1', ?, 'A', ?, 'standard', ?, ?, '[]')",
                    arguments: [Int64.max, Data([0, 1, 0xFE, 0xFF]), Int64.min, Data()])
                for (index, text) in texts.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO venue_booth VALUES (?, ?, ?, NULL, 'standard', 1, 0, ?)",
                        arguments: ["T-\(index)", 900 + index, text, text])
                }
                try db.execute(
                    sql: "UPDATE product SET stars = 0.25, decision_number = NULL WHERE id = 'sp-1'")
            }
            let after = try store.contentDump()
            let stored = try store.read { db in
                try Double.fetchAll(
                    db, sql: "SELECT standard_units FROM venue_booth WHERE code LIKE 'R-%' ORDER BY seq")
            }
            #expect(stored.map(\.bitPattern) == doubles.map(\.bitPattern))
            try store.undo()
            #expect(try store.contentDump() == before)
            try store.redo()
            #expect(try store.contentDump() == after)
            let again = try store.read { db in
                try Double.fetchAll(
                    db, sql: "SELECT standard_units FROM venue_booth WHERE code LIKE 'R-%' ORDER BY seq")
            }
            #expect(again.map(\.bitPattern) == doubles.map(\.bitPattern))
            try store.undo()
            try store.journaling(JournalFixtures.note("remove values")).write { db in
                try db.execute(sql: "UPDATE product SET stars = 0.75 WHERE id = 'sp-1'")
            }
            let changed = try store.contentDump()
            try store.undo()
            #expect(try store.contentDump() == before)
            #expect(changed != before)
        }
    }

    @Test("the dump tells apart what String comparison would not (NFC and NFD) and every value's type")
    func dumpIsExact() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let dump = try store.contentDump()
            #expect(dump.utf8.allSatisfy { $0 < 0x80 })
            #expect(dump.contains("[booth_offer]"))
            let decomposed = "Hợp tác xã Ánh Dương".decomposedStringWithCanonicalMapping
            for (sql, argument) in [
                ("UPDATE organisation SET name = ? WHERE id = 'org-1'", decomposed.databaseValue),
                ("UPDATE booth_request SET booths_wanted = ? WHERE id = 'dk-p-2'", 2.5.databaseValue),
            ] {
                try JournalFixtures.execute(store.journaling(JournalFixtures.note("raw")), sql, [argument])
                let changed = try store.contentDump()
                #expect(changed != dump, "\(sql)")
                try store.undo()
                #expect(try store.contentDump() == dump)
            }
        }
    }

    @Test("undo N undoes the last N entries newest first; redo applies the oldest undone")
    func undoSeveral() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            var dumps = [try store.contentDump()]
            for (index, name) in ["Hợp tác xã Ô Môn", "Hợp tác xã Phong Điền", "Hợp tác xã Thới Lai"]
                .enumerated()
            {
                try store.journaling(
                    JournalFixtures.note("register organisation", subject: name, minute: index)
                )
                .addOrganisation(StoreFixtures.organisation("org-\(index + 5)", name))
                dumps.append(try store.contentDump())
            }
            #expect(try store.journal().map(\.number) == [3, 2, 1])
            #expect(try store.journal(limit: 2).map(\.number) == [3, 2])
            let undone = try store.undo(count: 2)
            #expect(undone.map(\.number) == [3, 2])
            #expect(undone.allSatisfy { $0.state == .undone })
            #expect(try store.contentDump() == dumps[1])
            #expect(try store.journal().map(\.state) == [.undone, .undone, .done])
            #expect(throws: StoreError.undoBeyondHistory(asked: 2, available: 1)) { try store.undo(count: 2) }
            #expect(try store.contentDump() == dumps[1])
            #expect(try store.redo().number == 2)
            #expect(try store.contentDump() == dumps[2])
            #expect(try store.redo().number == 3)
            #expect(try store.contentDump() == dumps[3])
            #expect(throws: StoreError.nothingToRedo) { try store.redo() }
            #expect(try store.undo(count: 3).map(\.number) == [3, 2, 1])
            #expect(try store.contentDump() == dumps[0])
            #expect(throws: StoreError.undoBeyondHistory(asked: 1, available: 0)) { try store.undo() }
            #expect(try store.undo(count: 0).isEmpty)
        }
    }

    @Test("a new change deletes the undone entries: there is nothing to redo after it")
    func newChangeClearsRedo() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.journaling(JournalFixtures.note("register organisation"))
                .addOrganisation(StoreFixtures.organisation("org-5", "Hợp tác xã Ô Môn"))
            _ = try store.journaling(JournalFixtures.note("withdraw", subject: "p-1")).withdraw(party: "p-1")
            try store.undo()
            try store.journaling(JournalFixtures.note("withdraw", subject: "p-3"))
                .setRegistrationStatus(.withdrawn, of: ["p-3"])
            #expect(throws: StoreError.nothingToRedo) { try store.redo() }
            let journal = try store.journal()
            #expect(journal.map(\.number) == [2, 1])
            #expect(journal.map(\.note.subject) == ["p-3", nil])
            #expect(journal.allSatisfy { $0.state == .done })
            #expect(try store.party("p-1")?.registrationStatus == .placed)
            // the changes of the entry cleared went with it
            #expect(try JournalFixtures.changes(store).allSatisfy { $0.entry <= 2 })
            #expect(try JournalFixtures.changes(store).filter { $0.entry == 2 }.map(\.table) == ["party"])
        }
    }

    @Test("undo and redo work across restarts: the journal is in the file")
    func acrossRestarts() throws {
        try StoreFixtures.withPlanPath { path in
            let before = try PlanStore.create(at: path, plan: StoreFixtures.smallFair()).contentDump()
            do {
                let store = try PlanStore.open(at: path)
                _ = try store.journaling(JournalFixtures.note("withdraw")).withdraw(party: "p-1")
                try store.close()
            }
            let after = try PlanStore.open(at: path).contentDump()
            do {
                let store = try PlanStore.open(at: path)
                #expect(try store.undo().map(\.note.command) == ["withdraw"])
                try store.close()
            }
            #expect(try PlanStore.open(at: path).contentDump() == before)
            do {
                let store = try PlanStore.open(at: path)
                #expect(try store.redo().note.command == "withdraw")
                try store.close()
            }
            #expect(try PlanStore.open(at: path).contentDump() == after)
        }
    }

    @Test("a row changed outside the journal stops undo and redo, changing nothing")
    func outOfStep() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.journaling(JournalFixtures.note("edit party")).write { db in
                try db.execute(sql: "UPDATE party SET priority = 5 WHERE id = 'p-3'")
            }
            try JournalFixtures.execute(store, "UPDATE party SET priority = 6 WHERE id = 'p-3'")
            let dump = try store.contentDump()
            #expect(throws: StoreError.journalOutOfStep(entry: 1, table: "party")) { try store.undo() }
            #expect(try store.contentDump() == dump)
            #expect(try store.journal().map(\.state) == [.done])
            try JournalFixtures.execute(store, "UPDATE party SET priority = 5 WHERE id = 'p-3'")
            try store.undo()
            try JournalFixtures.execute(store, "DELETE FROM booth_assignment")
            try JournalFixtures.execute(store, "DELETE FROM party WHERE id = 'p-3'")
            #expect(throws: StoreError.journalOutOfStep(entry: 1, table: "party")) { try store.redo() }
        }
    }
}
