/// A count and its share of a total, as reports print it.
public struct CategoryShare: Hashable, Codable, Sendable {
    /// The name of the row (a category, a kind) in both languages.
    public let name: BilingualText
    /// The count.
    public let count: Int
    /// The share in whole percent, rounded so the rows of one table add up to 100.
    public let percent: Int

    /// The label of the row in `language`.
    public func label(_ language: Language) -> String { name.text(language) }

    /// Shares of a total for counts named in both languages, by largest-remainder rounding so that
    /// the percents add up to exactly 100 (when the total is not 0). Rows keep their order.
    public static func shares(named counts: [(name: BilingualText, count: Int)]) -> [CategoryShare] {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else {
            return counts.map { CategoryShare(name: $0.name, count: $0.count, percent: 0) }
        }
        var floors = counts.map { $0.count * 100 / total }
        let remainders = counts.enumerated().map { ($0.offset, $0.element.count * 100 % total) }
        var missing = 100 - floors.reduce(0, +)
        for (index, _) in remainders.sorted(by: { ($1.1, $0.0) < ($0.1, $1.0) }) where missing > 0 {
            floors[index] += 1
            missing -= 1
        }
        return counts.enumerated().map {
            CategoryShare(name: $0.element.name, count: $0.element.count, percent: floors[$0.offset])
        }
    }
}
