/// What two sessions have in common, computed once per ordered pair (first, second): counts of
/// shared people and tags, and how they compare.
struct GridPairFacts {
    /// People both sessions have.
    var people: UInt16 = 0
    /// Theme tracks shared.
    var themes: UInt16 = 0
    /// Sectors shared.
    var sectors: UInt16 = 0
    /// Audience types shared.
    var audiences: UInt16 = 0
    /// Content tags shared.
    var content: UInt16 = 0
    /// Mutually exclusive tags shared.
    var exclusive: UInt16 = 0
    /// Whether the first is a prerequisite of the second.
    var firstBeforeSecond = false
    /// Whether the second is a prerequisite of the first.
    var secondBeforeFirst = false
    /// -1 when the first's audience level is lower, 1 when higher, 0 when equal.
    var level: Int8 = 0
    /// -1 when the first is less popular, 1 when more, 0 when equally.
    var popularity: Int8 = 0
    /// Whether their languages differ.
    var languagesDiffer = false

    /// Counts shared items of two sets, iterating over the smaller (capped at `UInt16.max`).
    static func shared(_ left: Set<String>, _ right: Set<String>) -> UInt16 {
        UInt16(clamping: GridTagRules.shared(left, right))
    }
}
