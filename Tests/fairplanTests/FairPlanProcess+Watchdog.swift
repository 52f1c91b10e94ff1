import Foundation

extension FairPlanProcess {
    /// The result of a run under a watchdog: the process's result, how long it took, and whether
    /// the watchdog killed it.
    struct WatchedResult {
        /// What the process did (`exited` is false when it was killed or trapped).
        var result: Result
        /// The time from start to end.
        var elapsed: Duration
        /// Whether the watchdog killed it for running past its time.
        var timedOut: Bool
    }

    /// Runs `fairplan` with `arguments` in the folder, standard input empty (`/dev/null`, so a
    /// command that asks first never waits), and kills it (SIGKILL) once it has run for `limit`.
    ///
    /// Waits without blocking a thread, so many runs can be in flight together.
    func run(_ arguments: [String], limit: Duration) async throws -> WatchedResult {
        try await Self.run(Self.executable, arguments, in: folder, limit: limit)
    }

    /// Runs `program` with `arguments` in `folder` under the watchdog, as
    /// ``run(_:limit:)`` runs `fairplan` (the browser test runs its script this way).
    static func run(_ program: URL, _ arguments: [String], in folder: URL, limit: Duration) async throws
        -> WatchedResult
    {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let tag = UUID().uuidString
        let out = folder.appendingPathComponent(".out-\(tag)")
        let err = folder.appendingPathComponent(".err-\(tag)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let output = try FileHandle(forWritingTo: out)
        let error = try FileHandle(forWritingTo: err)
        defer {
            try? output.close()
            try? error.close()
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error

        let (ends, ending) = AsyncStream.makeStream(of: (status: Int32, exited: Bool).self)
        process.terminationHandler = { ended in
            ending.yield((ended.terminationStatus, ended.terminationReason == .exit))
            ending.finish()
        }
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let identifier = process.processIdentifier
        let watchdog = Task {
            do { try await Task.sleep(for: limit) } catch { return }
            kill(identifier, SIGKILL)  // only this run's process, by its identifier
        }
        var ended: (status: Int32, exited: Bool) = (-1, false)
        for await end in ends { ended = end }
        watchdog.cancel()
        let elapsed = clock.now - start
        let result = Result(
            status: ended.status, exited: ended.exited,
            output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
        return WatchedResult(result: result, elapsed: elapsed, timedOut: !ended.exited && elapsed >= limit)
    }
}
