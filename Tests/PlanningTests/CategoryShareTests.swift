import Planning
import Testing

@Suite("CategoryShare: percentages that add up")
struct CategoryShareTests {
    /// Rows named by data labels, the same in both languages.
    static func named(_ counts: [(String, Int)]) -> [(name: BilingualText, count: Int)] {
        counts.map { (BilingualText(vi: $0.0, en: $0.0), $0.1) }
    }

    @Test("largest remainder rounding sums to 100")
    func rounding() {
        let shares = CategoryShare.shares(named: Self.named([("a", 2), ("b", 1), ("c", 1), ("d", 3)]))
        #expect(shares.map(\.percent).reduce(0, +) == 100)
        #expect(shares.map(\.percent) == [29, 14, 14, 43])
        #expect(
            CategoryShare.shares(named: Self.named([("nông sản", 101), ("thủ công", 11)])).map(\.percent) == [
                90, 10,
            ])
    }

    @Test("equal counts show equal percents, a larger count never a smaller one (QA 38)")
    func ties() {
        #expect(
            CategoryShare.shares(named: Self.named([("a", 1), ("b", 1), ("c", 1)])).map(\.percent) == [
                33, 33, 33,
            ])
        #expect(
            CategoryShare.shares(named: Self.named([("a", 3), ("b", 3), ("c", 2)])).map(\.percent) == [
                37, 37, 25,
            ])
        // A larger remainder tied past the points left stops the rounding: «c» (37.5%) would
        // otherwise pass «a» and «b».
        let shares = CategoryShare.shares(named: Self.named([("a", 5), ("b", 5), ("c", 3), ("d", 3)]))
        #expect(shares[0].percent == shares[1].percent && shares[2].percent == shares[3].percent)
        #expect(shares[0].percent >= shares[2].percent)
    }

    @Test("a group too large for the points left lets the next take one (QA 40)")
    func nextInLine() {
        let shares = CategoryShare.shares(
            named: Self.named([("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1), ("f", 3)]))
        #expect(shares.map(\.percent) == [12, 12, 12, 12, 12, 38])
    }

    @Test("an empty total gives zeros")
    func empty() {
        #expect(CategoryShare.shares(named: Self.named([("a", 0)])).map(\.percent) == [0])
    }
}
