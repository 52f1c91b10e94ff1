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
        let shares = CategoryShare.shares(named: Self.named([("a", 1), ("b", 1), ("c", 1)]))
        #expect(shares.map(\.percent).reduce(0, +) == 100)
        #expect(shares.map(\.percent) == [34, 33, 33])
        #expect(
            CategoryShare.shares(named: Self.named([("nông sản", 101), ("thủ công", 11)])).map(\.percent) == [
                90, 10,
            ])
    }

    @Test("an empty total gives zeros")
    func empty() {
        #expect(CategoryShare.shares(named: Self.named([("a", 0)])).map(\.percent) == [0])
    }
}
