import Foundation
import Planning
import Store
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 12: reads waited for writes (`list` failed with «database is locked» while an import
/// ran), and opening a plan to read it wrote to it. A plan opened for reading is now a read-only
/// snapshot: never written, never blocked by a writer, refusing writes with the catalogue's error.
@Suite("PlanStore: opened for reading (issue 12)", .serialized)
struct PlanStoreAccessTests {
    @Test("opening, loading and closing for reading leaves the file identical to the byte")
    func readingWritesNothing() throws {
        try StoreFixtures.withPlanPath { path in
            try PlanStore.create(at: path, plan: StoreFixtures.smallFair()).close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            for _ in 0..<2 {
                let store = try PlanStore.open(at: path, for: .reading)
                #expect(
                    try store.loadPlan().organisations.count == StoreFixtures.smallFair().organisations.count)
                try store.close()
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test("a store opened for reading refuses a write with readOnlyFile, and the plan is unchanged")
    func readingRefusesWrites() throws {
        try StoreFixtures.withPlanPath { path in
            try PlanStore.create(at: path, plan: StoreFixtures.smallFair()).close()
            let store = try PlanStore.open(at: path, for: .reading)
            #expect(throws: StoreError.readOnlyFile(path: path)) {
                try store.addOrganisation(StoreFixtures.organisation("tc-moi", "Hợp tác xã Mới"))
            }
            try store.close()
            let reopened = try PlanStore.open(at: path, for: .reading)
            #expect(try reopened.organisation("tc-moi") == nil)
        }
    }

    @Test("a reader is not blocked by another process's open write transaction")
    func readerNotBlocked() throws {
        try StoreFixtures.withPlanPath { path in
            try PlanStore.create(at: path, plan: StoreFixtures.smallFair()).close()
            // Another process takes the write lock and holds it past the busy timeout (10 s):
            // a reader that waited for it would fail with «database is locked».
            let ready = path + ".ready"
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            writer.arguments = [
                "python3", "-c",
                """
                import sqlite3, sys, time, pathlib
                db = sqlite3.connect(sys.argv[1], isolation_level=None)
                db.execute("BEGIN IMMEDIATE")
                db.execute("UPDATE event SET name = name || ' (đang sửa)'")
                pathlib.Path(sys.argv[2]).touch()
                time.sleep(30)
                """,
                path, ready,
            ]
            try writer.run()
            defer {
                kill(writer.processIdentifier, SIGKILL)
                writer.waitUntilExit()
            }
            while !FileManager.default.fileExists(atPath: ready) {
                #expect(writer.isRunning, "the writer process ended before taking the lock")
                if !writer.isRunning { return }
                usleep(20_000)
            }
            let store = try PlanStore.open(at: path, for: .reading)
            let names = try store.loadPlan().organisations.map(\.name)
            #expect(names == StoreFixtures.smallFair().organisations.map(\.name))
            #expect(writer.isRunning)
            try store.close()
            // A writer waits out the busy timeout, then gets the catalogue's own message (not
            // SQLite's English «database is locked»), nothing written.
            #expect(throws: StoreError.busy(path: path, seconds: 10)) {
                let writing = try PlanStore.open(at: path)
                defer { try? writing.close() }
                try writing.publishProgramme(at: StoreFixtures.at(8))
            }
            #expect(writer.isRunning)
            #expect(
                StoreError.busy(path: path, seconds: 10).text(.vietnamese).contains(
                    "đang được một chương trình khác ghi"))
        }
    }
}
