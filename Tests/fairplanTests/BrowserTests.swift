import Foundation
import Planning
import Store
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The web portal in a real browser (issue 16): headless Chromium driven by Selenium through the
/// script `Fixtures/browser_test.py`, against `fairplan serve` started from the built binary over a
/// plan made with `fairplan init` and an account made with `fairplan user add`.
///
/// The script registers one cooperative through the form and another by uploading the Excel
/// template it downloads from the portal (filled with openpyxl), signs in as staff, filters,
/// confirms both, allocates and publishes, then opens each private link and checks the booths it
/// names are the ones marked on the exhibitor's floor plan. This test then reads the plan file:
/// both registrations arrived through the portal and the published booths are the ones the
/// browser saw. Screenshots of every step are kept under `Exports/browser/`.
@Suite(
    "fairplan serve: the portal end to end in a real browser",
    .requires(.chromium, .chromeDriver, .selenium, .openpyxl))
struct BrowserTests {
    /// The repository's root.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The script the browser is driven by.
    static let script = repository.appendingPathComponent("Tests/fairplanTests/Fixtures/browser_test.py")

    /// Where the screenshots are kept.
    static let screenshots = repository.appendingPathComponent("Exports/browser", isDirectory: true)

    /// What the script printed at the end.
    struct Report: Decodable {
        /// The booths a party's private link named and its floor plan marked.
        struct Party: Decodable {
            var booths: [String]
            var marked: [String]
        }
        /// One step and its screenshot.
        struct Step: Decodable {
            var step: String
            var screenshot: String
        }
        var steps: [Step]
        var published: String
        var form: Party
        var upload: Party
    }

    @Test("register by form and by upload, sign in, confirm, allocate, publish, see the booths on the plan")
    func registerToPublished() async throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ sản phẩm OCOP và HTX tỉnh Sơn La 2027", "--kind",
            "fair", "--organiser", "Liên minh Hợp tác xã tỉnh Sơn La", "--province", "Sơn La", "--from",
            "10/06/2027", "--to", "12/06/2027", "--venue", LifeCycleTests.venue)
        let passwordFile = cli.folder.appendingPathComponent("mat-khau.txt")
        try Data("mat-khau-can-bo-son-la\n".utf8).write(to: passwordFile)
        try cli.succeed("user", "add", "canbo.sonla", "--role", "staff", "--password-file", passwordFile.path)

        let port = try Self.freePort()
        let (server, serverOutput, serverError) = try cli.start([
            "serve", "--plan", "hoi-cho.fairplan", "--port", String(port), "--registration-closes",
            "31/12/2099",
        ])
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let work = cli.folder.appendingPathComponent("trinh-duyet", isDirectory: true)
        try? FileManager.default.removeItem(at: Self.screenshots)
        for folder in [work, Self.screenshots] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let run = try await FairPlanProcess.run(
            try ExternalTool.selenium.requiredLocation(),
            [
                Self.script.path, "http://127.0.0.1:\(port)", "hoi-cho", "canbo.sonla", passwordFile.path,
                work.path,
                Self.screenshots.path,
            ],
            in: cli.folder, limit: .seconds(300))
        let serverLog =
            ((try? String(contentsOf: serverOutput, encoding: .utf8)) ?? "")
            + ((try? String(contentsOf: serverError, encoding: .utf8)) ?? "")
        try #require(
            run.result.exited && run.result.status == 0,
            "the browser script failed (\(run.timedOut ? "timed out" : "status \(run.result.status)")):\n\(run.result.error.suffix(4000))\n--- fairplan serve ---\n\(serverLog.suffix(2000))"
        )
        let line = try #require(run.result.output.split(separator: "\n").last, "the script printed no report")
        let report = try JSONDecoder().decode(Report.self, from: Data(line.utf8))

        #expect(report.steps.count == 18)
        for step in report.steps {
            #expect(FileManager.default.fileExists(atPath: step.screenshot), "no screenshot of \(step.step)")
        }
        #expect(report.published == "Đã công bố sơ đồ gian hàng, phiên bản số 1.")
        #expect(report.form.booths.count == 2 && report.form.marked == report.form.booths.sorted())
        #expect(report.upload.booths.count == 1 && report.upload.marked == report.upload.booths)

        let store = try PlanStore.open(at: cli.path("hoi-cho.fairplan"), for: .reading)
        defer { try? store.close() }
        let plan = try store.loadPlan()
        let submissions = try store.submissions()
        #expect(submissions.map(\.source).sorted { $0.rawValue < $1.rawValue } == [.form, .upload])
        let published = try store.publishedBoothPlan(1).boothsByParty
        for (name, seen) in [("HTX Chè Mường Chiên", report.form), ("HTX Mận Nà Ngần", report.upload)] {
            let party = try #require(plan.parties.first { $0.name == name }, "\(name) is not in the plan")
            #expect(party.registrationStatus == .placed)
            #expect(published[party.id]?.sorted() == seen.booths.sorted(), "\(name)")
        }
        #expect(plan.organisations.contains { $0.name == "Hợp tác xã Dịch vụ Mận Nà Ngần" })
        #expect(plan.people.contains { $0.name.fullName == "Cầm Thị Hoa" })
    }

    /// A TCP port on the loopback address that nothing listens on now (the kernel picks it).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw PortError.noSocket }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw PortError.noSocket }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The loopback port could not be found.
    enum PortError: Error {
        /// `socket`, `bind` or `getsockname` failed.
        case noSocket
    }
}
