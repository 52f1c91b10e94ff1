import Planning
import Testing

@Suite("CategoryShare: percentages that add up")
struct CategoryShareTests {
    @Test("largest remainder rounding sums to 100")
    func rounding() {
        let shares = CategoryShare.shares(of: [("a", 1), ("b", 1), ("c", 1)])
        #expect(shares.map(\.percent).reduce(0, +) == 100)
        #expect(shares.map(\.percent) == [34, 33, 33])
        #expect(CategoryShare.shares(of: [("nông sản", 101), ("thủ công", 11)]).map(\.percent) == [90, 10])
    }

    @Test("an empty total gives zeros")
    func empty() {
        #expect(CategoryShare.shares(of: [("a", 0)]).map(\.percent) == [0])
    }
}
