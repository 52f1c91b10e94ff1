import ArgumentParser
import Foundation
import Interchange

extension FairPlanBench {
    /// `fairplan-bench import --organisations N --products M --people K`: imports a synthetic
    /// national registry with the `fairplan` command, at that size and at twice that size, beside
    /// the floor (reading the same files with Sheets and inserting the same rows into SQLite in one
    /// transaction), and times `register organisation` on the filled plan.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import a synthetic national registry with fairplan, beside the floor; print the scaling.",
            discussion: """
                Each fairplan command runs as its own process (as a user runs it); its time is from \
                start to exit and its peak memory the process's own (wait4). Targets at 30,000 \
                organisations, 15,000 products and 10,000 people: import --check ≤ \(Targets.checkSeconds) s, \
                import ≤ \(Targets.importSeconds) s, peak memory < \(Targets.peakMegabytes) MB, import within \
                \(Targets.floorRatio)× the floor, twice the rows at most \(Targets.scaling)× the time, \
                register organisation ≤ \(Targets.registerSeconds) s. On the filled plan it then times \
                lists, exports and the report; the streamed ones should keep their peak memory within \
                \(Int(((Targets.flatMemory - 1) * 100).rounded()))% when the rows double. Last it registers \
                a person, parties, a connection point and a session, and times commands on one entity \
                (register, confirm, edit, withdraw): each ≤ \(Targets.entitySeconds) s. Build both programs \
                in release first: swift build -c release. MB = 10^6 bytes.
                """
        )

        /// The formats the registry can be written in.
        enum FileFormat: String, ExpressibleByArgument {
            case csv, ods
        }

        /// The targets.
        enum Targets {
            static let checkSeconds = 1.5
            static let importSeconds = 3.0
            static let peakMegabytes = 150
            static let floorRatio = 10.0
            static let scaling = 2.2
            static let registerSeconds = 0.1
            /// Each command on one entity (register, edit, confirm, withdraw) on the filled plan.
            static let entitySeconds = 0.1
            /// Streamed lists and exports: peak memory at twice the rows at most this times one
            /// size's.
            static let flatMemory = 1.1
        }

        @Option(help: "Organisations (Tổ chức rows).")
        var organisations = 30_000

        @Option(help: "Products (Sản phẩm rows).")
        var products = 15_000

        @Option(help: "Delegates (Đại biểu rows).")
        var people = 10_000

        @Option(help: "The files' format: csv (one file per sheet) or ods.")
        var format: FileFormat = .csv

        @Option(help: "Seed of the synthetic registry.")
        var seed: UInt64 = 2026

        @Option(help: "How many register organisation commands to time on the filled plan.")
        var registrations = 5

        @Flag(help: "Measure only the given size, not twice it.")
        var noScaling = false

        @Option(help: "The fairplan executable (default: the one beside fairplan-bench).")
        var fairplan: String?

        @Option(help: "Keep the files in this folder (default: a temporary folder, deleted).")
        var keep: String?

        @Flag(help: "Exit with status 1 when a target is missed.")
        var check = false

        func validate() throws {
            for (name, value) in [
                ("organisations", organisations), ("products", products), ("people", people),
            ] {
                guard (0...1_000_000).contains(value) else {
                    throw ValidationError("--\(name) must be between 0 and 1,000,000")
                }
            }
            guard organisations > 0 || products + people == 0 else {
                throw ValidationError("products and people need at least one organisation")
            }
            guard (0...100).contains(registrations) else {
                throw ValidationError("--registrations must be between 0 and 100")
            }
        }

        func run() async throws {
            let program = try fairplanExecutable()
            let folder = try BenchPaths.outputFolder(keep: keep)
            defer {
                if folder.temporary { try? FileManager.default.removeItem(atPath: folder.path) }
            }
            print(
                "fairplan-bench import: \(format.rawValue) files, seed \(seed), \(ExportReport.buildConfiguration) "
                    + "build, \(program), files in \(folder.path)"
                    + (folder.temporary ? " (deleted at the end)" : ""))
            var figures: [ImportRunner.Figures] = []
            for factor in noScaling ? [1] : [1, 2] {
                let generator = RegistryGenerator(
                    organisations: organisations * factor, products: products * factor,
                    people: people * factor,
                    seed: seed)
                let runner = ImportRunner(
                    generator: generator, format: format, folder: folder.path, fairplan: program)
                figures.append(try runner.run(registrations: registrations))
            }
            let report = ImportReport(figures: figures)
            print(report.text)
            if check, !report.targetsMet(at: figures[0]) {
                throw ExitCode(1)
            }
        }

        /// The fairplan executable named, or the one built beside this program.
        private func fairplanExecutable() throws -> String {
            if let fairplan { return fairplan }
            let own = URL(fileURLWithPath: try CommandTimer.ownExecutable())
            let beside = own.deletingLastPathComponent().appendingPathComponent("fairplan").path
            guard FileManager.default.isExecutableFile(atPath: beside) else {
                throw BenchError(
                    "không thấy \(beside): hãy chạy swift build -c release trước (fairplan not built; run swift build -c release)"
                )
            }
            return beside
        }
    }
}
