/// One measured phase of a benchmark: what was done, how long it took, how much it moved and
/// the peak resident memory while it ran.
///
/// MB are decimal megabytes (1,000,000 bytes) throughout.
struct BenchPhase: Codable, Sendable {
    /// The phase's name, e.g. `write ods`.
    var name: String
    /// Wall-clock seconds.
    var seconds: Double
    /// Rows written or read.
    var rows: Int
    /// Uncompressed bytes produced or consumed (for ODS, the `content.xml` and other parts;
    /// for FODS and CSV, the file).
    var dataBytes: Int
    /// The file's size on disk.
    var fileBytes: Int
    /// The peak resident set size during the phase (`VmHWM`), including the process's
    /// baseline; nil when the platform does not report it.
    var peakBytes: Int?

    /// Rows per second.
    var rowsPerSecond: Double { seconds > 0 ? Double(rows) / seconds : 0 }

    /// Uncompressed megabytes per second.
    var megabytesPerSecond: Double { seconds > 0 ? Double(dataBytes) / 1e6 / seconds : 0 }
}
