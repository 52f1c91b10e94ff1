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
    /// equal percents and a larger count never a smaller one: when the rows next in line for a
    /// point are tied and fewer points are left than they are, none of them gets one, and the
    /// total falls short by those points (three equal rows: 33%, 33%, 33%). Rows keep their order.
    public static func shares(named counts: [(name: BilingualText, count: Int)]) -> [CategoryShare] {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else {
            return counts.map { CategoryShare(name: $0.name, count: $0.count, percent: 0) }
        }
        var floors = counts.map { $0.count * 100 / total }
        let remainders = counts.enumerated().map { ($0.offset, $0.element.count * 100 % total) }
        var missing = 100 - floors.reduce(0, +)
        // Rows by remainder, largest first, tied rows together: a tie gets its points together.
        let ties = Dictionary(grouping: remainders, by: \.1).sorted { $0.key > $1.key }
        for (_, rows) in ties where missing > 0 {
            guard rows.count <= missing else { break }
            for (index, _) in rows { floors[index] += 1 }
            missing -= rows.count
        }
        return counts.enumerated().map {
            CategoryShare(name: $0.element.name, count: $0.element.count, percent: floors[$0.offset])
        }
    }
}
