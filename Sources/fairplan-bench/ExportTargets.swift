/// The targets `fairplan-bench export` checks (from the benchmark issue).
enum ExportTargets {
    /// Peak resident memory of every phase stays under this many MB (10^6 bytes), whatever N.
    static let peakMegabytes = 64
    /// Writing the ODS takes at most this many times what `gzip -1` takes on its `content.xml`.
    static let gzipRatio = 2
}
