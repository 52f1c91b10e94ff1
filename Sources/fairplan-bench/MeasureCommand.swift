import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension FairPlanBench {
    /// `fairplan-bench measure-command --result FILE -- PROGRAM ARGS…` (not shown in help): runs
    /// one program from this small process and writes its wall time, processor time, peak memory
    /// and exit status to FILE. ``CommandTimer`` starts every measured command this way: on
    /// Linux a child's peak memory (`ru_maxrss`) counts the peak of the process that started it,
    /// and the bench itself holds the whole registry it generated.
    struct MeasureCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "measure-command", abstract: "Run one program and write its figures.",
            shouldDisplay: false)

        @Option(help: "The file the figures go to: seconds, processor seconds, peak bytes, exit status.")
        var result: String

        @Argument(parsing: .captureForPassthrough, help: "The program and its arguments.")
        var command: [String]

        func run() throws {
            let words = command.first == "--" ? Array(command.dropFirst()) : command
            guard let program = words.first else { throw ValidationError("no program to run") }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            let figures = try CommandTimer.spawnAndWait(program, Array(words.dropFirst()), actions: &actions)
            let text = "\(figures.seconds) \(figures.cpuSeconds) \(figures.peakBytes) \(figures.status)"
            try Data(text.utf8).write(to: URL(fileURLWithPath: result))
        }
    }
}
