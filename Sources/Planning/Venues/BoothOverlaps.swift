/// The booths of a venue that overlap one another (``Venue/overlappingBooths(listing:)``): the
/// first pairs found, how many pairs there are in all, and the booths that overlap a booth found
/// before them.
public struct BoothOverlaps: Hashable, Sendable {
    /// Two overlapping booths of one hall, as indices into ``Venue/booths``: `first` is the one
    /// further west (smaller `x`; the smaller code when level).
    public struct Pair: Hashable, Sendable {
        /// The western booth's index.
        public let first: Int
        /// The eastern booth's index.
        public let second: Int

        /// Creates a pair.
        public init(first: Int, second: Int) {
            self.first = first
            self.second = second
        }
    }

    /// The pairs listed, at most the number asked for, hall by hall from west to east.
    public let pairs: [Pair]
    /// How many overlapping pairs the venue has in all, listed or not.
    public let total: Int
    /// The indices of the booths that overlap a booth west of them (or level with them and of a
    /// smaller code), ascending: without them no two booths of the venue overlap.
    public let overlappingEarlier: [Int]

    /// Creates the result.
    public init(pairs: [Pair], total: Int, overlappingEarlier: [Int]) {
        self.pairs = pairs
        self.total = total
        self.overlappingEarlier = overlappingEarlier
    }

    /// How many pairs are not listed.
    public var unlisted: Int { total - pairs.count }

    /// Whether no two booths overlap.
    public var isEmpty: Bool { total == 0 }
}
