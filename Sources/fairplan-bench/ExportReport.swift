import Foundation

/// The results of `fairplan-bench export`: every phase, the gzip baseline and the targets, as
/// a text table or JSON.
struct ExportReport: Codable {
    /// Body rows written.
    var rows: Int
    /// The generator's seed.
    var seed: UInt64
    /// `release` or `debug`.
    var build: String
    /// The process's resident memory before the first phase, in bytes.
    var baselineBytes: Int?
    /// Whether each phase's peak is its own (the high-water mark was reset between phases).
    var peakResetWorks: Bool
    /// The measured phases, in order.
    var phases: [BenchPhase]
    /// `gzip -1` on the ODS's `content.xml`, when ODS was written.
    var gzip: GzipBaseline?
    /// ODS write time divided by the gzip time, when both were measured.
    var odsToGzipRatio: Double?
    /// Whether ODS writing took at most `ExportTargets.gzipRatio` times the gzip time.
    var gzipTargetMet: Bool?
    /// `gzip -1` on the XLSX's `xl/worksheets/sheet1.xml`, when XLSX was written.
    var xlsxGzip: GzipBaseline?
    /// XLSX write time divided by its gzip time, when both were measured.
    var xlsxToGzipRatio: Double?
    /// Whether XLSX writing took at most `ExportTargets.gzipRatio` times its gzip time.
    var xlsxGzipTargetMet: Bool?
    /// openpyxl's write-only mode on the same rows, when XLSX was written and it could run.
    var openpyxl: ExportOpenpyxl?
    /// Why openpyxl was not run, when XLSX was written.
    var openpyxlSkipped: String?
    /// openpyxl's time divided by FairPlan's XLSX write time: how many times faster FairPlan is.
    var openpyxlToXLSXRatio: Double?
    /// Whether FairPlan wrote the XLSX at least `ExportTargets.openpyxlRatio` times faster.
    var openpyxlTargetMet: Bool?
    /// The highest peak of all phases, in bytes.
    var maximumPeakBytes: Int?
    /// Whether every phase stayed under `ExportTargets.peakMegabytes`.
    var memoryTargetMet: Bool?

    /// The build configuration of this executable.
    static var buildConfiguration: String {
        #if DEBUG
            return "debug"
        #else
            return "release"
        #endif
    }

    /// Assembles a report and evaluates the targets.
    init(
        rows: Int, seed: UInt64, baselineBytes: Int?, peakResetWorks: Bool, phases: [BenchPhase],
        gzip: GzipBaseline?, xlsxGzip: GzipBaseline? = nil, openpyxl: ExportOpenpyxl? = nil,
        openpyxlSkipped: String? = nil
    ) {
        self.rows = rows
        self.seed = seed
        build = Self.buildConfiguration
        self.baselineBytes = baselineBytes
        self.peakResetWorks = peakResetWorks
        self.phases = phases
        self.gzip = gzip
        if let gzip, let ods = phases.first(where: { $0.name == "write ods" }), gzip.seconds > 0 {
            let ratio = ods.seconds / gzip.seconds
            odsToGzipRatio = ratio
            gzipTargetMet = ratio <= Double(ExportTargets.gzipRatio)
        }
        self.xlsxGzip = xlsxGzip
        self.openpyxl = openpyxl
        self.openpyxlSkipped = openpyxlSkipped
        if let xlsx = phases.first(where: { $0.name == "write xlsx" }) {
            if let xlsxGzip, xlsxGzip.seconds > 0 {
                xlsxToGzipRatio = xlsx.seconds / xlsxGzip.seconds
                xlsxGzipTargetMet = xlsx.seconds / xlsxGzip.seconds <= Double(ExportTargets.gzipRatio)
            }
            if let openpyxl, xlsx.seconds > 0 {
                openpyxlToXLSXRatio = openpyxl.seconds / xlsx.seconds
                openpyxlTargetMet = openpyxl.seconds / xlsx.seconds >= Double(ExportTargets.openpyxlRatio)
            }
        }
        let peaks = phases.compactMap(\.peakBytes)
        if peaks.count == phases.count, let maximum = peaks.max() {
            maximumPeakBytes = maximum
            memoryTargetMet = maximum < ExportTargets.peakMegabytes * 1_000_000
        }
    }

    /// Whether every target that was measured holds.
    var targetsMet: Bool {
        gzipTargetMet != false && memoryTargetMet != false && xlsxGzipTargetMet != false
            && openpyxlTargetMet != false
    }

    /// The report as pretty-printed JSON with sorted keys.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The report as a table followed by the gzip comparison and the memory verdict.
    var text: String {
        var table = BenchTable(headers: [
            "phase", "seconds", "rows/s", "MB/s", "data MB", "file MB", "peak MB",
        ])
        for phase in phases {
            table.rows.append([
                phase.name, BenchTable.number(phase.seconds, decimals: 2),
                BenchTable.number(phase.rowsPerSecond),
                BenchTable.number(phase.megabytesPerSecond, decimals: 1),
                BenchTable.megabytes(phase.dataBytes),
                BenchTable.megabytes(phase.fileBytes), BenchTable.megabytes(phase.peakBytes),
            ])
        }
        var lines = [
            "",
            table.text,
            "",
            "MB = 10^6 bytes; data MB = uncompressed bytes (every part of the ODS or XLSX package; the file "
                + "for FODS and CSV); MB/s = data MB per second.",
            "peak MB = VmHWM during the phase"
                + (peakResetWorks
                    ? " (reset between phases)" : " (cumulative: /proc/self/clear_refs refused)")
                + ", the process's baseline of \(BenchTable.megabytes(baselineBytes)) MB included.",
        ]
        if let gzip, let ratio = odsToGzipRatio, let met = gzipTargetMet {
            let runs = gzip.runs.map { BenchTable.number($0, decimals: 2) }.joined(separator: ", ")
            lines.append(
                "gzip -1 content.xml (\(BenchTable.megabytes(gzip.contentBytes)) MB): "
                    + "\(BenchTable.number(gzip.seconds, decimals: 2)) s median of [\(runs)], "
                    + "\(BenchTable.number(gzip.megabytesPerSecond, decimals: 1)) MB/s; "
                    + "write ods / gzip -1 = \(BenchTable.number(ratio, decimals: 2)) "
                    + "(target ≤ \(ExportTargets.gzipRatio): \(met ? "met" : "MISSED"))")
        }
        if let gzip = xlsxGzip, let ratio = xlsxToGzipRatio, let met = xlsxGzipTargetMet {
            lines.append(
                "gzip -1 xl/worksheets/sheet1.xml (\(BenchTable.megabytes(gzip.contentBytes)) MB): "
                    + "\(BenchTable.number(gzip.seconds, decimals: 2)) s median; "
                    + "write xlsx / gzip -1 = \(BenchTable.number(ratio, decimals: 2)) "
                    + "(target ≤ \(ExportTargets.gzipRatio): \(met ? "met" : "MISSED"))")
        }
        if let openpyxl, let ratio = openpyxlToXLSXRatio, let met = openpyxlTargetMet {
            lines.append(
                "openpyxl write-only, same \(BenchTable.number(Double(openpyxl.rows))) rows: "
                    + "\(BenchTable.number(openpyxl.seconds, decimals: 2)) s, "
                    + "\(BenchTable.megabytes(openpyxl.fileBytes)) MB file; openpyxl / write xlsx = "
                    + "\(BenchTable.number(ratio, decimals: 1))× (target ≥ \(ExportTargets.openpyxlRatio)×: "
                    + "\(met ? "met" : "MISSED"))")
        } else if let openpyxlSkipped {
            lines.append("openpyxl comparison skipped: \(openpyxlSkipped)")
        }
        if let maximum = maximumPeakBytes, let met = memoryTargetMet {
            lines.append(
                "highest peak: \(BenchTable.megabytes(maximum)) MB "
                    + "(target < \(ExportTargets.peakMegabytes) MB: \(met ? "met" : "MISSED"))")
        }
        return lines.joined(separator: "\n")
    }
}
