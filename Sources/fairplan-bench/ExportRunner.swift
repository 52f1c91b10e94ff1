import Foundation
import Sheets

/// Runs the phases of `fairplan-bench export`: writes the attendee list in each format and
/// reads the ODS and XLSX back, measuring each phase on its own.
struct ExportRunner {
    /// The synthetic list written.
    let list: AttendeeList
    /// The folder the files go to.
    let folder: String
    /// Whether the kernel lets the peak be reset between phases; when not, each phase's peak
    /// is the process's peak so far.
    let peakResetWorks: Bool

    /// Prepares the phases.
    init(list: AttendeeList, folder: String) {
        self.list = list
        self.folder = folder
        peakResetWorks = PeakMemory.resetHighWaterMark()
    }

    /// The file written for a format.
    func path(_ format: FairPlanBench.Export.Format) -> String {
        "\(folder)/danh-sach-dai-bieu.\(format.rawValue)"
    }

    /// Writes the list in one format.
    func write(_ format: FairPlanBench.Export.Format) throws -> BenchPhase {
        let path = path(format)
        let workbook = list.workbook
        let (seconds, peak) = try measure {
            switch format {
            case .ods: try ODSWriter.write(workbook, to: path)
            case .xlsx: try XLSXWriter.write(workbook, to: path)
            case .fods: try FODSWriter.write(workbook, to: path)
            case .csv: try CSVWriter().write(workbook.sheets[0], to: path)
            }
        }
        let fileBytes = BenchPaths.fileSize(path)
        let dataBytes = format == .ods || format == .xlsx ? try uncompressedSize(of: path) : fileBytes
        return BenchPhase(
            name: "write \(format.rawValue)", seconds: seconds, rows: list.rowCount, dataBytes: dataBytes,
            fileBytes: fileBytes, peakBytes: peak)
    }

    /// Reads the ODS or XLSX file back as a stream, checking every body row against the
    /// generator.
    func read(_ format: FairPlanBench.Export.Format) throws -> BenchPhase {
        let path = path(format)
        let bodyStart = list.workbook.sheets[0].headerRowIndex + 2
        var rowsRead = 0
        let forEachRow =
            format == .xlsx
            ? XLSXReader.forEachRow(contentsOf:limits:_:) : ODSReader.forEachRow(contentsOf:limits:_:)
        let (seconds, peak) = try measure {
            let expected = list.makeRows()
            try forEachRow(path, BenchPaths.largeArchiveLimits) { row in
                guard row.rowNumber >= bodyStart else { return }
                guard let wanted = expected.next(), row.cells == wanted else {
                    throw BenchError(
                        "dòng \(row.rowNumber) đọc lại khác dòng đã ghi (row read back differs from the row written)"
                    )
                }
                rowsRead += 1
            }
        }
        guard rowsRead == list.rowCount else {
            throw BenchError("đọc lại \(rowsRead) dòng thay vì \(list.rowCount) (wrong row count read back)")
        }
        let archive = try ZipReader(path: path, limits: BenchPaths.largeArchiveLimits)
        return BenchPhase(
            name: "read \(format.rawValue)", seconds: seconds, rows: rowsRead,
            dataBytes: archive.entry(named: Self.sheetEntry(format))?.uncompressedSize ?? 0,
            fileBytes: BenchPaths.fileSize(path), peakBytes: peak)
    }

    /// The package entry holding the sheet's XML.
    static func sheetEntry(_ format: FairPlanBench.Export.Format) -> String {
        format == .xlsx ? "xl/worksheets/sheet1.xml" : "content.xml"
    }

    /// Times `body` and returns its seconds with the peak resident memory while it ran.
    private func measure(_ body: () throws -> Void) throws -> (seconds: Double, peak: Int?) {
        if peakResetWorks { PeakMemory.resetHighWaterMark() }
        let (_, seconds) = try Stopwatch.time(body)
        return (seconds, PeakMemory.highWaterMark())
    }

    /// The total uncompressed size of a package's entries.
    private func uncompressedSize(of path: String) throws -> Int {
        try ZipReader(path: path, limits: BenchPaths.largeArchiveLimits).entries.reduce(0) {
            $0 + $1.uncompressedSize
        }
    }
}
