import ArgumentParser
import Foundation
import Sheets

extension FairPlanBench {
    /// `fairplan-bench export --rows N`: writes a synthetic attendee list as ODS, XLSX, FODS and
    /// CSV, reads the ODS and XLSX back, and reports time, throughput and peak memory per phase,
    /// with ODS and XLSX writing compared to `gzip -1` on the same sheet XML and XLSX writing to
    /// openpyxl's write-only mode on the same rows.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write N synthetic attendee rows as ODS, XLSX, FODS and CSV, read the ODS and XLSX back, measure.",
            discussion: """
                Targets: peak memory under \(ExportTargets.peakMegabytes) MB in every phase whatever N, \
                ODS and XLSX writing within \(ExportTargets.gzipRatio)× the time gzip -1 takes on the same \
                sheet XML, and XLSX writing at least \(ExportTargets.openpyxlRatio)× faster than openpyxl's \
                write-only mode on the same rows (Benchmarks/openpyxl_write.py; skipped when python3 or \
                openpyxl is missing). Peak memory is the process's VmHWM during each phase (reset between phases \
                through /proc/self/clear_refs), so the process's baseline is included. MB = 10^6 bytes.
                """
        )

        /// The formats that can be written.
        enum Format: String, CaseIterable, ExpressibleByArgument, Codable {
            case ods, xlsx, fods, csv
        }

        @Option(help: "Number of body rows.")
        var rows = 100_000

        @Option(help: "Seed of the synthetic rows (same rows and seed, same bytes).")
        var seed: UInt64 = 2026

        @Option(
            help: "Formats to write, comma-separated (ods,xlsx,fods,csv).",
            transform: { text in
                try text.split(separator: ",").map { name in
                    guard let format = Format(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                        throw ValidationError("unknown format '\(name)'; use ods, xlsx, fods or csv")
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
            for format in [Format.ods, .xlsx] where formats.contains(format) {
                phases.append(try runner.read(format))
            }
            let gzip =
                formats.contains(.ods)
                ? try GzipBaseline.measure(package: runner.path(.ods), folder: folder.path, runs: gzipRuns)
                : nil
            let xlsxGzip =
                formats.contains(.xlsx)
                ? try GzipBaseline.measure(
                    package: runner.path(.xlsx), entry: ExportRunner.sheetEntry(.xlsx), folder: folder.path,
                    runs: gzipRuns)
                : nil
            var openpyxl: ExportOpenpyxl?
            var openpyxlSkipped: String?
            if formats.contains(.xlsx) {
                openpyxlSkipped = ExportOpenpyxl.unavailable()
                if openpyxlSkipped == nil {
                    openpyxl = try ExportOpenpyxl.measure(
                        list: list, csvPath: runner.path(.csv), folder: folder.path)
                }
            }
            let report = ExportReport(
                rows: rows, seed: seed, baselineBytes: baseline, peakResetWorks: runner.peakResetWorks,
                phases: phases, gzip: gzip, xlsxGzip: xlsxGzip, openpyxl: openpyxl,
                openpyxlSkipped: openpyxlSkipped)
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
