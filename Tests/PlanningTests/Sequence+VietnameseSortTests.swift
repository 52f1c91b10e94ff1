import Foundation
import Planning
import TestSupport
import Testing

@Suite("Sorting by several texts in Vietnamese order")
struct SequenceVietnameseSortTests {
    @Test("the same order as comparing the texts one by one at each comparison")
    func severalTexts() {
        var random = TestRandom(seed: 5)
        let provinces = ["Cần Thơ", "An Giang", "Đồng Tháp", "", "Hà Nội", "Ha\u{300} Nội"]
        let names = ["HTX Tân Hòa", "HTX Tân Hoà", "HTX An Phú", "htx an phú", "Hợp tác xã Đông"]
        let rows = (0..<500).map { index in
            (
                id: "r-\(Int.random(in: 0..<100_000, using: &random))-\(index)",
                texts: [provinces.randomElement(using: &random)!, names.randomElement(using: &random)!]
            )
        }
        let expected = rows.sorted { lhs, rhs in
            for (a, b) in zip(lhs.texts, rhs.texts) where VietnameseCollation.compare(a, b) != .orderedSame {
                return VietnameseCollation.areInIncreasingOrder(a, b)
            }
            return lhs.id < rhs.id
        }
        #expect(rows.sortedVietnamese(byTexts: \.texts, then: \.id).map(\.id) == expected.map(\.id))
    }
}
