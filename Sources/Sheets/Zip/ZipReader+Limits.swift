extension ZipReader {
    /// Bounds that protect against hostile archives (zip bombs, huge directories).
    public struct Limits: Hashable, Sendable {
        /// Largest uncompressed size of one entry, declared or produced (default 256 MiB).
        public var maximumEntrySize: Int
        /// Most entries in the central directory (default 10,000).
        public var maximumEntryCount: Int
        /// Highest ratio of uncompressed to compressed bytes (default 200, i.e. 200:1) ...
        public var maximumCompressionRatio: Int
        /// ... enforced once an entry has produced more than this many bytes (default 1 MiB).
        public var compressionRatioThreshold: Int

        /// Creates limits; the defaults suit spreadsheets.
        public init(
            maximumEntrySize: Int = 256 * 1024 * 1024,
            maximumEntryCount: Int = 10_000,
            maximumCompressionRatio: Int = 200,
            compressionRatioThreshold: Int = 1024 * 1024
        ) {
            self.maximumEntrySize = maximumEntrySize
            self.maximumEntryCount = maximumEntryCount
            self.maximumCompressionRatio = maximumCompressionRatio
            self.compressionRatioThreshold = compressionRatioThreshold
        }
    }
}
