import Foundation
import Planning
import Store
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 12: Ctrl-C or a kill during an export left a hidden temporary file beside the target.
/// The export's process now removes its temporary file when SIGINT or SIGTERM arrives, then ends
/// by the signal as before; and `--out` never writes over a device or a pipe.
@Suite("fairplan: an export interrupted by a signal leaves nothing behind (issue 12)", .serialized)
struct InterruptedExportTests {
    /// A plan file with one organisation and `count` products, so that exporting the products
    /// takes long enough to be interrupted.
    static func largePlan(_ cli: FairPlanProcess, products count: Int) throws -> String {
        try PlanLocationTests.initPlan(cli, "lon.fairplan")
        let store = try PlanStore.open(at: cli.path("lon.fairplan"))
        let owner = Organisation(
            id: "tc-htx-tan-hoa", name: "Hợp tác xã Nông nghiệp Tân Hòa", kind: .cooperative,
            sector: .agricultural, registrationCode: "5500000001", province: ProvinceReference("Sơn La"))
        let products = (1...count).map { index in
            Product(id: Identifier("sp-\(index)"), name: "Chè shan tuyết số \(index)", owner: owner.id)
        }
        _ = try store.importBatch(ImportBatch(organisations: [owner], products: products))
        return cli.path("lon.fairplan")
    }

    /// The hidden temporary files beside `name` in the folder.
    static func temporaries(_ cli: FairPlanProcess, of name: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cli.folder.path)) ?? []).filter {
            $0.hasPrefix(".\(name).") && $0.hasSuffix(".tmp")
        }
    }

    /// Starts an export of the products to `name` and sends `signal` while its temporary file
    /// exists (the process is stopped first, so the file is there when the signal comes).
    /// Returns nil when the export finished before its temporary file was seen.
    static func interruptedExport(
        _ cli: FairPlanProcess, plan: String, name: String, format: String, signal: Int32
    ) throws -> Process? {
        let (process, _, _) = try cli.start(
            ["export", "products", "--format", format, "--plan", plan, "--out", cli.path(name)], tag: name)
        while process.isRunning {
            if !temporaries(cli, of: name).isEmpty {
                kill(process.processIdentifier, SIGSTOP)
                if !temporaries(cli, of: name).isEmpty {
                    kill(process.processIdentifier, signal)
                    kill(process.processIdentifier, SIGCONT)
                    process.waitUntilExit()
                    return process
                }
                kill(process.processIdentifier, SIGCONT)
            }
            usleep(200)
        }
        process.waitUntilExit()
        return nil
    }

    @Test(
        "SIGINT and SIGTERM during a large export remove the temporary file; the process ends by the signal",
        arguments: [("fods", SIGINT), ("ods", SIGTERM), ("csv", SIGTERM)])
    func interrupted(format: String, signal: Int32) throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let plan = try Self.largePlan(cli, products: 20_000)
        let name = "san-pham.\(format)"
        var interrupted: Process?
        for _ in 0..<5 where interrupted == nil {
            try? FileManager.default.removeItem(atPath: cli.path(name))
            interrupted = try Self.interruptedExport(
                cli, plan: plan, name: name, format: format, signal: signal)
        }
        let process = try #require(interrupted, "the export always finished before it could be interrupted")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(Self.temporaries(cli, of: name).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cli.path(name)))
    }

    @Test("export --out to a FIFO is refused with the catalogue's message, and the FIFO stays")
    func fifoRefused() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        #expect(mkfifo(cli.path("ong"), 0o600) == 0)
        let result = try cli.run(
            "export", "products", "--format", "xml", "--sample", "fair", "--out", cli.path("ong"))
        #expect(result.status != 0 && result.exited)
        #expect(result.error.contains(cli.path("ong")))
        #expect(FileKindCheck.isFIFO(cli.path("ong")))
    }
}
