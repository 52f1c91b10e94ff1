/// A count and its share of a total, as reports print it.
public struct CategoryShare: Hashable, Codable, Sendable {
    /// The name of the row (a category, a kind) in both languages.
    public let name: BilingualText
    /// The count.
    public let count: Int
    /// The share in whole percent, rounded so the rows of one table add up to 100 when equal
    /// counts allow it (see ``shares(named:)``).
    public let percent: Int

    /// The label of the row in `language`.
    public func label(_ language: Language) -> String { name.text(language) }

    /// Shares of a total for counts named in both languages, by largest-remainder rounding so that
    /// the percents add up to 100 (when the total is not 0), except that equal counts always show
    /// equal percents and a larger count never a smaller one: rows of one count get their points
    /// together, a group larger than the points left gets none and the next in line may, and the
    /// total falls short by the points no group could take (three equal rows: 33%, 33%, 33%).
    /// Rows keep their order.
    public static func shares(named counts: [(name: BilingualText, count: Int)]) -> [CategoryShare] {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else {
            return counts.map { CategoryShare(name: $0.name, count: $0.count, percent: 0) }
        }
        var floors = counts.map { $0.count * 100 / total }
        let remainders = counts.enumerated().map { ($0.offset, $0.element.count * 100 % total) }
        var missing = 100 - floors.reduce(0, +)
        // Rows of equal counts together (their remainders are equal too), largest remainder
        // first, then largest count: a group gets its points together or not at all, and only
        // when no larger count would then show a smaller percent.
        let groups = Dictionary(grouping: remainders, by: { counts[$0.0].count }).sorted {
            ($0.value[0].1, $0.key) > ($1.value[0].1, $1.key)
        }
        for (count, rows) in groups where missing > 0 && rows[0].1 > 0 && rows.count <= missing {
            let raised = floors[rows[0].0] + 1
            let passes = counts.indices.contains { counts[$0].count > count && floors[$0] < raised }
            guard !passes else { continue }
            for (index, _) in rows { floors[index] += 1 }
            missing -= rows.count
        }
        return counts.enumerated().map {
            CategoryShare(name: $0.element.name, count: $0.element.count, percent: floors[$0.offset])
        }
    }
}
