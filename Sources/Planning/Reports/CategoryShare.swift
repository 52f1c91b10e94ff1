/// A count and its share of a total, as reports print it.
public struct CategoryShare: Hashable, Codable, Sendable {
    /// The label of the row (a category, a kind).
    public let label: String
    /// The count.
    public let count: Int
    /// The share in whole percent, rounded so the rows of one table add up to 100.
    public let percent: Int

    /// Creates a share.
    public init(label: String, count: Int, percent: Int) {
        self.label = label
        self.count = count
        self.percent = percent
    }

    /// Shares of a total for labelled counts, by largest-remainder rounding so that the percents
    /// add up to exactly 100 (when the total is not 0). Rows keep their order.
    public static func shares(of counts: [(label: String, count: Int)]) -> [CategoryShare] {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else {
            return counts.map { CategoryShare(label: $0.label, count: $0.count, percent: 0) }
        }
        var floors = counts.map { $0.count * 100 / total }
        let remainders = counts.enumerated().map { ($0.offset, $0.element.count * 100 % total) }
        var missing = 100 - floors.reduce(0, +)
        for (index, _) in remainders.sorted(by: { ($1.1, $0.0) < ($0.1, $1.0) }) where missing > 0 {
            floors[index] += 1
            missing -= 1
        }
        return counts.enumerated().map {
            CategoryShare(label: $0.element.label, count: $0.element.count, percent: floors[$0.offset])
        }
    }
}
