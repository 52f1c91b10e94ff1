import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs another program as a user would (its own process) and measures it: wall time from spawn to
/// exit, and the child's own peak resident memory from `wait4`'s resource usage.
///
/// Standard output and error go to files beside the bench's other files, so a long output never
/// blocks the child and can be read when a run fails.
enum CommandTimer {
    /// One finished run.
    struct Run {
        /// Seconds from spawn to exit.
        var seconds: Double
        /// The child's processor time, user and system, in seconds: steadier than the wall time
        /// when other work shares the cores.
        var cpuSeconds: Double
        /// The child's peak resident memory in bytes (`ru_maxrss`).
        var peakBytes: Int
        /// The exit status (a signal counts as 128 + its number).
        var status: Int32
        /// Where standard output went.
        var outputPath: String
        /// Where standard error went.
        var errorPath: String

        /// The end of standard error and output, for an error message.
        var tail: String {
            let error = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            return String((error + output).suffix(1_500))
        }
    }

    /// Runs `program` with `arguments` (output to `logStem`.out / .err) and waits for it.
    ///
    /// The program is started by a small process of its own (``MeasureCommand``), which reports
    /// its child's figures: on Linux a child's peak memory counts the peak of the process that
    /// started it, and this bench holds a whole registry in memory.
    static func run(_ program: String, _ arguments: [String], logStem: String) throws -> Run {
        let outputPath = logStem + ".out"
        let errorPath = logStem + ".err"
        let resultPath = logStem + ".rusage"
        try? FileManager.default.removeItem(atPath: resultPath)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let measurer = try ownExecutable()
        let outer = try spawnAndWait(
            measurer, ["measure-command", "--result", resultPath, "--", program] + arguments,
            actions: &actions)
        guard outer.status == 0,
            let fields = try? String(contentsOfFile: resultPath, encoding: .utf8).split(separator: " "),
            fields.count == 4, let seconds = Double(fields[0]), let cpu = Double(fields[1]),
            let peak = Int(fields[2]), let status = Int32(fields[3])
        else {
            throw BenchError(
                "không đo được \(program) (the measuring process failed, status \(outer.status); see \(errorPath))"
            )
        }
        return Run(
            seconds: seconds, cpuSeconds: cpu, peakBytes: peak, status: status, outputPath: outputPath,
            errorPath: errorPath)
    }

    /// Starts `program` with `arguments` and the file actions given, waits for it, and returns its
    /// wall time, processor time, peak resident memory (`ru_maxrss`) and exit status.
    static func spawnAndWait(
        _ program: String, _ arguments: [String], actions: inout posix_spawn_file_actions_t
    ) throws -> (seconds: Double, cpuSeconds: Double, peakBytes: Int, status: Int32) {
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError(
                "không chạy được \(program) (cannot run it): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw BenchError("wait4: \(String(cString: strerror(errno)))") }
        }
        let seconds = Stopwatch.seconds(clock.now - start)
        let exited = status & 0x7f == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func cpu(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return (seconds, cpu(usage.ru_utime) + cpu(usage.ru_stime), usage.ru_maxrss * 1024, code)
    }

    /// This bench's own executable, wherever it was started from (a bare name found through
    /// `PATH` included).
    static func ownExecutable() throws -> String {
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath().path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }
}
