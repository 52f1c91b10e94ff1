import Foundation
import Planning
import Testing

@testable import Store

@Suite("PlanStore: files, schema, round trips")
struct PlanStoreTests {
    @Test("a new file is migrated from empty to the current schema and holds the event")
    func createFromEmpty() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, event: StoreFixtures.event)
            #expect(try store.fileSchemaVersion() == PlanStore.schemaVersion)
            #expect(PlanStore.schemaVersion >= 1)
            #expect(try store.loadPlan() == Plan(event: StoreFixtures.event))
            #expect(try store.checkIntegrity())
            try store.close()
            let reopened = try PlanStore.open(at: path)
            #expect(try reopened.event() == StoreFixtures.event)
        }
    }

    @Test("create refuses an existing file and leaves it alone")
    func createRefusesExisting() throws {
        try StoreFixtures.withPlanPath { path in
            try Data("giữ nguyên".utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.fileExists(path: path)) {
                try PlanStore.create(at: path, event: StoreFixtures.event)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("giữ nguyên".utf8))
        }
    }

    @Test("open refuses a missing file, an empty file and a file that is not a database")
    func openRefusesNonPlans() throws {
        try StoreFixtures.withPlanPath { path in
            #expect(throws: StoreError.fileNotFound(path: path)) { try PlanStore.open(at: path) }
            _ = FileManager.default.createFile(atPath: path, contents: Data())
            #expect(throws: StoreError.notAPlanFile(path: path, reason: .emptyDatabase)) {
                try PlanStore.open(at: path)
            }
            try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
            #expect {
                try PlanStore.open(at: path)
            } throws: { error in
                if case .notAPlanFile = error as? StoreError { return true }
                return false
            }
        }
    }

    @Test("a folder and a plan file cut short are named as such, not with SQLite's words (QA 41)")
    func folderAndDamagedFile() throws {
        try StoreFixtures.withPlanPath { path in
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            #expect(throws: StoreError.notAPlanFile(path: path, reason: .folder)) {
                try PlanStore.open(at: path, for: .reading)
            }
            try FileManager.default.removeItem(atPath: path)
            try PlanStore.create(at: path, plan: StoreFixtures.smallFair()).close()
            let whole = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(whole.count > 16_384)
            try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.notAPlanFile(path: path, reason: .damagedDatabase)) {
                _ = try PlanStore.open(at: path, for: .reading).loadPlan()
            }
            // The failed read leaves no -wal or -shm beside the damaged file (QA 41b #7).
            for suffix in ["-wal", "-shm"] {
                #expect(!FileManager.default.fileExists(atPath: path + suffix), "\(suffix)")
            }
            // A file that is no database at all, likewise.
            try Data(repeating: 0x41, count: 8_192).write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.self) { _ = try PlanStore.open(at: path, for: .reading).loadPlan() }
            for suffix in ["-wal", "-shm"] {
                #expect(!FileManager.default.fileExists(atPath: path + suffix), "\(suffix)")
            }
        }
    }

    @Test("a plan file named with one character: its folder is found without a trap")
    func oneCharacterName() {
        // NSString's deletingLastPathComponent trapped on «7» (`--plan 7`).
        #expect(PlanStore.folderIsWritable("7") == (access(".", W_OK) == 0))
        #expect(PlanStore.folderIsWritable("/") == (access("/", W_OK) == 0))
    }

    @Test("a file from a newer FairPlan is refused untouched with newerSchema")
    func newerSchemaRefused() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            try store.close()
            let newer = PlanStore.schemaVersion + 5
            try Self.patchHeader(path, offset: 60, value: UInt32(newer))  // user_version
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(
                throws: StoreError.newerSchema(path: path, found: newer, supported: PlanStore.schemaVersion)
            ) {
                try PlanStore.open(at: path)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test("a SQLite file of another program is refused")
    func otherApplicationRefused() throws {
        try StoreFixtures.withPlanPath { path in
            try PlanStore.create(at: path, event: StoreFixtures.event).close()
            try Self.patchHeader(path, offset: 68, value: 0x1234_5678)  // application_id
            #expect(
                throws: StoreError.notAPlanFile(path: path, reason: .otherProgramDatabase)
            ) {
                try PlanStore.open(at: path)
            }
        }
    }

    @Test(
        "a plan reads back equal, also after closing and reopening", .serialized,
        arguments: [
            "fair", "briefing", "small",
        ])
    func roundTrip(sample: String) throws {
        let plan: Plan =
            switch sample {
            case "fair": SampleData.nationalFair()
            case "briefing": SampleData.hybridBriefing()
            default: StoreFixtures.smallFair()
            }
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: plan)
            #expect(try store.loadPlan() == plan)
            try store.close()
            let loaded = try PlanStore.open(at: path).loadPlan()
            #expect(loaded.event == plan.event)
            #expect(loaded.venue == plan.venue)
            #expect(loaded.organisations == plan.organisations)
            #expect(loaded.products == plan.products)
            #expect(loaded.people == plan.people)
            #expect(loaded.parties == plan.parties)
            #expect(loaded.boothRequests == plan.boothRequests)
            #expect(loaded.boothAssignments == plan.boothAssignments)
            #expect(loaded.connectionPoints == plan.connectionPoints)
            #expect(loaded.sessions == plan.sessions)
            #expect(loaded.attendances == plan.attendances)
            #expect(loaded == plan)
        }
    }

    @Test("the sample plans are not trivially empty, so the round trip means something")
    func samplesHaveContent() {
        let fair = SampleData.nationalFair()
        #expect(fair.organisations.count > 61 && fair.products.count > 112 && !fair.boothRequests.isEmpty)
        let briefing = SampleData.hybridBriefing()
        #expect(briefing.connectionPoints.count == 10 && !briefing.sessions.isEmpty && briefing.venue != nil)
    }

    @Test("a plan with a dangling reference is refused and no file is left behind")
    func createWithDanglingReference() throws {
        var plan = StoreFixtures.smallFair()
        plan.products.append(Product(id: "sp-x", name: "Mật ong", owner: "org-khong-co"))
        try StoreFixtures.withPlanPath { path in
            #expect(
                throws: StoreError.missingReference(
                    .product, id: "sp-x", refersTo: .organisation, referenceID: "org-khong-co")
            ) {
                try PlanStore.create(at: path, plan: plan)
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    /// Writes a big-endian 32-bit value into the SQLite header of a closed file.
    static func patchHeader(_ path: String, offset: UInt64, value: UInt32) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: withUnsafeBytes(of: value.bigEndian) { Data($0) })
    }
}
