/// The targets `fairplan-bench export` checks (from the benchmark issue).
enum ExportTargets {
    /// Peak resident memory of every phase stays under this many MB (10^6 bytes), whatever N.
    static let peakMegabytes = 64
    /// Writing the ODS (XLSX) takes at most this many times what `gzip -1` takes on its
    /// `content.xml` (`xl/worksheets/sheet1.xml`).
    static let gzipRatio = 2
    /// Writing the XLSX is at least this many times faster than openpyxl's write-only mode.
    static let openpyxlRatio = 20
}
