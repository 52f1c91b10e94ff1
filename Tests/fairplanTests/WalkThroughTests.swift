import Foundation
import Testing

/// The README's walk-through runs as written.
@Suite("fairplan: README walk-through")
struct WalkThroughTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shell block under "## Walk-through" in README.md.
    static func block() throws -> String {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Walk-through"))
        let rest = readme[section.upperBound...]
        let start = try #require(rest.range(of: "```sh\n"))
        let end = try #require(rest[start.upperBound...].range(of: "\n```"))
        return String(rest[start.upperBound..<end.lowerBound])
    }

    @Test("every command of the walk-through succeeds, in a copy of the project layout")
    func walkThrough() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try FileManager.default.createSymbolicLink(
            at: cli.folder.appendingPathComponent("Venues"),
            withDestinationURL: Self.root.appendingPathComponent("Venues"))
        let script = """
            set -euo pipefail
            fairplan() { "\(FairPlanProcess.executable.path)" "$@"; }
            \(try Self.block())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = cli.folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "walk-through failed:\n\(text.suffix(3000))")
        #expect(text.contains("Đã lưu và công bố sơ đồ gian hàng, phiên bản 1."))
        #expect(text.contains("Kết quả: hợp lệ — sẽ nhập 1 tổ chức"))
        let plan = cli.folder.appendingPathComponent("Exports/walk-through/hoi-cho.fairplan")
        #expect(FileManager.default.fileExists(atPath: plan.path))
    }
}
