import Foundation
import Planning
import Store
import Testing

/// Two `fairplan` processes writing one plan file at once, and a process killed during an import.
@Suite("fairplan: concurrent processes and a killed import", .serialized)
struct ConcurrencyTests {
    @Test("two register loops in parallel processes: every row lands, the file stays sound")
    func parallelRegistrations() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try PlanLocationTests.initPlan(cli, "chung.fairplan")
        let perLoop = 8
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { loop in
            for index in 1...perLoop {
                let code = String(format: "55%02d%06d", loop, index)
                let result = try? cli.run([
                    "register", "organisation", "--name", "Hợp tác xã Dịch vụ số \(loop)-\(index)",
                    "--province",
                    "Sơn La", "--code", code, "--members", "7",
                ])
                if result?.status != 0 { failures.add(result?.text ?? "not started") }
            }
        }
        #expect(failures.all.isEmpty)
        let store = try PlanStore.open(at: cli.path("chung.fairplan"))
        #expect(try store.organisations().count == 2 * perLoop)
        #expect(try store.checkIntegrity())
    }

    @Test(
        "six processes registering one code at once: exactly one wins, the others get the duplicate message")
    func sameCodeAtOnce() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try PlanLocationTests.initPlan(cli, "chung.fairplan")
        for round in 1...3 {
            let code = "55000000\(round)\(round)"
            let results = ParallelResults()
            DispatchQueue.concurrentPerform(iterations: 6) { index in
                let result = try? cli.run([
                    "register", "organisation", "--name", "Hợp tác xã Cùng Mã \(round)-\(index)",
                    "--province",
                    "Sơn La", "--code", code,
                ])
                results.add(result)
            }
            let all = results.all
            #expect(all.count == 6)
            #expect(all.filter { $0?.status == 0 }.count == 1, "round \(round)")
            for loser in all where loser?.status != 0 {
                // The message of a sequential duplicate: refused by the rules, naming the code.
                #expect(loser?.error.contains("Mã số \(code) trùng với") == true, "\(loser?.text ?? "")")
            }
            let store = try PlanStore.open(at: cli.path("chung.fairplan"), for: .reading)
            #expect(try store.organisations().filter { $0.registrationCode?.description == code }.count == 1)
        }
    }

    @Test("an import killed in the middle of its transaction leaves the plan as it was")
    func killedImport() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try PlanLocationTests.initPlan(cli, "ke-hoach.fairplan")
        try cli.succeed(
            "register", "organisation", "--name", "Hợp tác xã Nông nghiệp Mường Và", "--province", "Sơn La",
            "--code", "5500000001", "--members", "9")
        try cli.succeed("template", "registrations", "--format", "csv", "--out", cli.path("mau"))
        // Enough rows that writing them (in one prepared statement per table since issue 17) lasts
        // longer than the time between noticing the write and the kill, however busy the machine.
        let rows = (1...20_000).map { index in
            [
                "Tên tổ chức": "Hợp tác xã Dịch vụ Nông nghiệp Bản \(index)", "Loại hình": "HTX",
                "Mã số HTX/MST": String(format: "56%08d", index), "Tỉnh/thành phố": "Sơn La",
                "Số thành viên": "8",
            ]
        }
        let file = try FilledTemplate(folder: URL(fileURLWithPath: cli.path("mau"))).fill(
            "to-chuc", rows: rows)
        let plan = cli.path("ke-hoach.fairplan")

        var killedInWrite = false
        for delay in [0.2, 0.05, 0.0] where !killedInWrite {
            let (process, out, _) = try cli.start(["import", file], tag: "kill")
            var writing = false
            while process.isRunning && !writing {
                writing = ((try? String(contentsOf: out, encoding: .utf8)) ?? "").contains(
                    "Đang ghi vào tệp kế hoạch")
                if !writing { Thread.sleep(forTimeInterval: 0.001) }
            }
            if writing {
                Thread.sleep(forTimeInterval: delay)
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            let output = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            killedInWrite =
                writing && process.terminationReason == .uncaughtSignal && !output.contains("Đã nhập")
        }
        #expect(killedInWrite, "no kill landed during the import's write")

        let store = try PlanStore.open(at: plan)
        #expect(try store.organisations().map(\.name) == ["Hợp tác xã Nông nghiệp Mường Và"])
        #expect(try store.checkIntegrity())
        #expect(try cli.succeed("list", "organisations").contains("Tổng: 1 tổ chức."))
    }
}

/// Failures collected from concurrent loops.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    /// Records a failure.
    func add(_ text: String) {
        lock.withLock { collected.append(text) }
    }

    /// Every failure recorded.
    var all: [String] { lock.withLock { collected } }
}
