import Planning
import Testing

@Suite("Planning: binary search in sorted arrays")
struct ArraySortedSearchTests {
    @Test("firstIndex(notBelow:) and firstIndex(above:) count the smaller and the not-larger elements")
    func againstCounting() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 7, 64] {
            let sorted = (0..<size).map { _ in Int.random(in: 0...20, using: &generator) }.sorted()
            for value in -1...21 {
                #expect(sorted.firstIndex(notBelow: value) == sorted.filter { $0 < value }.count)
                #expect(sorted.firstIndex(above: value) == sorted.filter { $0 <= value }.count)
            }
        }
        #expect([0.5, 1.5, 1.5, 3].firstIndex(notBelow: 1.5) == 1)
        #expect([0.5, 1.5, 1.5, 3].firstIndex(above: 1.5) == 3)
    }
}
