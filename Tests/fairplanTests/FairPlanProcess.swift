import Foundation
import Testing

/// Runs the built `fairplan` binary in a folder, as organisers do, for the end-to-end tests.
///
/// The binary is found in the build products folder, the parent of the `.xctest` bundle the tests
/// run in (on Linux the test executable itself, found through `/proc/self/exe`).
struct FairPlanProcess {
    /// The result of one run.
    struct Result {
        /// The exit status (the signal number when killed).
        var status: Int32
        /// Whether the process ended with `exit` (false when killed by a signal).
        var exited: Bool
        /// Standard output.
        var output: String
        /// Standard error.
        var error: String

        /// Output and error together, for messages.
        var text: String { output + error }
    }

    /// The folder the commands run in.
    let folder: URL

    /// The built `fairplan` executable.
    static let executable: URL = {
        #if os(Linux)
            let running = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        #else
            let running =
                Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
                ?? URL(fileURLWithPath: CommandLine.arguments[0])
        #endif
        var folder = running.deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("fairplan").path)
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("fairplan")
    }()

    /// A new temporary folder to run in.
    static func temporary() throws -> FairPlanProcess {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return FairPlanProcess(folder: folder)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A path inside the folder.
    func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    /// A process for `arguments`, with output and error going to files in the folder.
    func start(_ arguments: [String], tag: String = UUID().uuidString) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = folder.appendingPathComponent(".out-\(tag)")
        let err = folder.appendingPathComponent(".err-\(tag)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    /// Runs `fairplan` with `arguments` to the end.
    @discardableResult
    func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    /// Runs `fairplan` with `arguments` to the end.
    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        let (process, out, err) = try start(arguments)
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Runs `fairplan` and records an issue unless it exits 0.
    @discardableResult
    func succeed(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments)
        #expect(
            result.status == 0 && result.exited,
            "fairplan \(arguments.joined(separator: " ")) failed: \(result.text)",
            sourceLocation: sourceLocation)
        return result.output
    }
}
