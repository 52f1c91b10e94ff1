import Foundation

/// The process's resident memory as Linux reports it in `/proc/self/status`.
///
/// `VmHWM` is the peak resident set size ("high-water mark") and `VmRSS` the current one.
/// Writing `5` to `/proc/self/clear_refs` resets the high-water mark to the current resident
/// size, so a phase's peak can be measured on its own; the memory the process already holds
/// (its baseline) is part of every phase's peak.
enum PeakMemory {
    /// The peak resident set size since start or since the last reset, in bytes.
    static func highWaterMark() -> Int? {
        statusField("VmHWM")
    }

    /// The current resident set size, in bytes.
    static func resident() -> Int? {
        statusField("VmRSS")
    }

    /// Resets the high-water mark to the current resident size; false when the kernel refuses.
    @discardableResult
    static func resetHighWaterMark() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
        } catch {
            return false
        }
        return true
    }

    /// A `Name:   1234 kB` field of `/proc/self/status`, in bytes.
    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return nil
        }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
