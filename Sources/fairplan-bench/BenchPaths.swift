import Foundation
import Sheets

/// Files and programs the benchmarks use.
enum BenchPaths {
    /// ZIP limits for the benchmark's own large packages: `content.xml` of a million rows is
    /// several hundred MB, beyond the 256 MiB the readers accept from strangers by default.
    static let largeArchiveLimits = ZipReader.Limits(maximumEntrySize: Int(UInt32.max))

    /// The full path of a program on `PATH`, or nil.
    static func executable(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The folder the files go to: `keep` (created if needed) or a new temporary folder.
    static func outputFolder(keep: String?) throws -> (path: String, temporary: Bool) {
        if let keep {
            try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            return (URL(fileURLWithPath: keep).standardizedFileURL.path, false)
        }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("fairplan-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return (path, true)
    }

    /// The size of a file in bytes (0 when it cannot be read).
    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
