import Foundation
import Sheets

/// The yardstick for ODS and XLSX writing: how long `gzip -1` takes to compress the same sheet
/// XML (`content.xml`, `xl/worksheets/sheet1.xml`).
///
/// The entry is inflated from the written package (with `ZipReader`) into a file, then
/// `gzip -1 -c FILE > /dev/null` runs several times as a child process; the median time is the
/// baseline.
struct GzipBaseline: Codable, Sendable {
    /// The size of the sheet XML, in bytes.
    var contentBytes: Int
    /// The seconds of every run, in order.
    var runs: [Double]
    /// The median of `runs`.
    var seconds: Double

    /// Uncompressed megabytes per second of the median run.
    var megabytesPerSecond: Double { seconds > 0 ? Double(contentBytes) / 1e6 / seconds : 0 }

    /// Extracts `entry` (`content.xml` by default) from `package` into `folder` and times
    /// `gzip -1` on it `runs` times.
    ///
    /// - Throws: `SheetsError` when the package cannot be read, `BenchError` when gzip is missing
    ///   or fails.
    static func measure(package: String, entry: String = "content.xml", folder: String, runs: Int) throws
        -> GzipBaseline
    {
        let contentPath = folder + "/sheet-xml.xml"
        let contentBytes = try extractContent(of: package, entry: entry, to: contentPath)
        defer { try? FileManager.default.removeItem(atPath: contentPath) }
        guard let gzip = BenchPaths.executable("gzip") else {
            throw BenchError("gzip không có trong PATH (gzip not found)")
        }
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            times.append(try time(gzip: gzip, file: contentPath))
        }
        let sorted = times.sorted()
        return GzipBaseline(contentBytes: contentBytes, runs: times, seconds: sorted[sorted.count / 2])
    }

    /// Inflates the package's `entry` to `path`, 1 MiB at a time; returns its size.
    private static func extractContent(of package: String, entry name: String, to path: String) throws -> Int
    {
        let archive = try ZipReader(path: package, limits: BenchPaths.largeArchiveLimits)
        guard let entry = archive.entry(named: name) else {
            throw SheetsError.missingEntry(file: archive.fileName, entry: name)
        }
        let stream = try archive.openEntry(entry)
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let output = FileHandle(forWritingAtPath: path)
        else {
            throw BenchError("không tạo được \(path) (cannot create)")
        }
        defer { try? output.close() }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let count = try stream.read(into: buffer)
            if count == 0 { break }
            try output.write(
                contentsOf: Data(bytesNoCopy: buffer.baseAddress!, count: count, deallocator: .none))
            total += count
        }
        return total
    }

    /// The wall-clock seconds of one `gzip -1 -c file > /dev/null`.
    private static func time(gzip: String, file: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip)
        process.arguments = ["-1", "-c", file]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let (_, seconds) = try Stopwatch.time {
            try process.run()
            process.waitUntilExit()
        }
        guard process.terminationStatus == 0 else {
            throw BenchError("gzip kết thúc với mã \(process.terminationStatus) (gzip failed)")
        }
        return seconds
    }
}
