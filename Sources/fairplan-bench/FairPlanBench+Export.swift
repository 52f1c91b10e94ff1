import ArgumentParser
import Foundation
import Sheets

extension FairPlanBench {
    /// `fairplan-bench export --rows N`: writes a synthetic attendee list as ODS, FODS and CSV,
    /// reads the ODS back, and reports time, throughput and peak memory per phase, with ODS
    /// writing compared to `gzip -1` on the same `content.xml`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write N synthetic attendee rows as ODS, FODS and CSV, read the ODS back, measure.",
            discussion: """
                Targets: peak memory under \(ExportTargets.peakMegabytes) MB in every phase whatever N, \
                and ODS writing within \(ExportTargets.gzipRatio)× the time gzip -1 takes on the same \
                content.xml. Peak memory is the process's VmHWM during each phase (reset between phases \
                through /proc/self/clear_refs), so the process's baseline is included. MB = 10^6 bytes.
                """
        )

        /// The formats that can be written.
        enum Format: String, CaseIterable, ExpressibleByArgument, Codable {
            case ods, fods, csv
        }

        @Option(help: "Number of body rows.")
        var rows = 100_000

        @Option(help: "Seed of the synthetic rows (same rows and seed, same bytes).")
        var seed: UInt64 = 2026

        @Option(
            help: "Formats to write, comma-separated (ods,fods,csv).",
            transform: { text in
                try text.split(separator: ",").map { name in
                    guard let format = Format(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                        throw ValidationError("unknown format '\(name)'; use ods, fods or csv")
                    }
                    return format
                }
            })
        var formats: [Format] = Format.allCases

        @Option(help: "Keep the written files in this folder (default: a temporary folder, deleted).")
        var keep: String?

        @Option(help: "How many times gzip -1 runs; the median counts.")
        var gzipRuns = 3

        @Flag(help: "Print the results as JSON.")
        var json = false

        @Flag(help: "Exit with status 1 when a target is missed.")
        var check = false

        func validate() throws {
            guard rows >= 0 else { throw ValidationError("--rows must be 0 or more") }
            guard !formats.isEmpty else { throw ValidationError("--formats needs at least one format") }
        }

        func run() async throws {
            let baseline = PeakMemory.resident()
            let folder = try BenchPaths.outputFolder(keep: keep)
            defer {
                if folder.temporary { try? FileManager.default.removeItem(atPath: folder.path) }
            }
            let list = AttendeeList(rowCount: rows, seed: seed)
            let runner = ExportRunner(list: list, folder: folder.path)
            if !json {
                print(
                    "fairplan-bench export: \(BenchTable.number(Double(rows))) rows × 8 columns, seed \(seed), "
                        + "\(ExportReport.buildConfiguration) build, files in \(folder.path)"
                        + (folder.temporary ? " (deleted at the end)" : ""))
            }
            var phases: [BenchPhase] = []
            for format in formats {
                phases.append(try runner.write(format))
            }
            if formats.contains(.ods) {
                phases.append(try runner.readODS())
            }
            let gzip =
                formats.contains(.ods)
                ? try GzipBaseline.measure(package: runner.path(.ods), folder: folder.path, runs: gzipRuns)
                : nil
            let report = ExportReport(
                rows: rows, seed: seed, baselineBytes: baseline, peakResetWorks: runner.peakResetWorks,
                phases: phases, gzip: gzip)
            if json {
                print(try report.json())
            } else {
                print(report.text)
            }
            if check, !report.targetsMet {
                throw ExitCode(1)
            }
        }
    }
}
