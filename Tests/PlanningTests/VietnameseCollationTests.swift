import Foundation
import Planning
import TestSupport
import Testing

/// One row of vi_collation_test_cases.csv: the input order and ICU's `vi` order.
struct CollationCase: Sendable, CustomStringConvertible {
    let name: String
    let input: [String]
    let expected: [String]

    var description: String { name }
}

/// Every case of /work/shared/reference/vi_collation_test_cases.csv, as literals.
let collationCases: [CollationCase] = [
    CollationCase(
        name: "tone order, same letters",
        input: ["bạ", "bá", "bã", "bả", "bà", "ba"],
        expected: ["ba", "bà", "bả", "bã", "bá", "bạ"]
    ),
    CollationCase(
        name: "letters before tones",
        input: ["ánh", "anh", "ang", "ảng"],
        expected: ["ang", "ảng", "anh", "ánh"]
    ),
    CollationCase(
        name: "base letters a ă â",
        input: ["âm", "ăn", "an", "ấm", "ắn"],
        expected: ["an", "ăn", "ắn", "âm", "ấm"]
    ),
    CollationCase(
        name: "d before đ",
        input: ["Đào", "Dũng", "Duy", "Đinh", "Diệp"],
        expected: ["Diệp", "Dũng", "Duy", "Đào", "Đinh"]
    ),
    CollationCase(
        name: "o ô ơ, u ư",
        input: ["Ơn", "Ôn", "On", "Ước", "Út", "Uyên"],
        expected: ["On", "Ôn", "Ơn", "Út", "Uyên", "Ước"]
    ),
    CollationCase(
        name: "provinces",
        input: [
            "Hưng Yên", "Huế", "Hồ Chí Minh", "Hải Phòng", "Hà Nội", "Đồng Tháp", "Đắk Lắk", "Điện Biên",
            "Bắc Ninh", "Cà Mau", "An Giang", "Cần Thơ",
        ],
        expected: [
            "An Giang", "Bắc Ninh", "Cà Mau", "Cần Thơ", "Đắk Lắk", "Điện Biên", "Đồng Tháp", "Hà Nội",
            "Hải Phòng", "Hồ Chí Minh", "Huế", "Hưng Yên",
        ]
    ),
    CollationCase(
        name: "digraphs are NOT letters in standard vi (ch/nh/ng/th/tr sort by their letters)",
        input: ["Trang", "Thảo", "Tâm", "Nhung", "Ngọc", "Nam", "Chi", "Cúc"],
        expected: ["Chi", "Cúc", "Nam", "Ngọc", "Nhung", "Tâm", "Thảo", "Trang"]
    ),
    CollationCase(
        name: "lowercase before uppercase (tertiary)",
        input: ["A", "a", "Á", "á"],
        expected: ["a", "A", "á", "Á"]
    ),
]

/// Returns `s` decomposed (NFD).
func nfd(_ s: String) -> String {
    s.decomposedStringWithCanonicalMapping
}

@Suite("VietnameseCollation")
struct VietnameseCollationTests {
    @Test("CSV case sorts as ICU vi does", arguments: collationCases)
    func csvCase(_ testCase: CollationCase) {
        #expect(testCase.input.sortedVietnamese() == testCase.expected)
        #expect(testCase.input.sorted(by: VietnameseCollation.areInIncreasingOrder) == testCase.expected)
    }

    @Test("CSV case sorts the same from shuffled and reversed input", arguments: collationCases)
    func csvCaseShuffled(_ testCase: CollationCase) {
        var random = TestRandom(seed: 2025)
        for _ in 0..<20 {
            #expect(testCase.input.shuffled(using: &random).sortedVietnamese() == testCase.expected)
        }
        #expect(testCase.expected.reversed().sortedVietnamese() == testCase.expected)
    }

    @Test("CSV case sorts the same from NFD input", arguments: collationCases)
    func csvCaseDecomposed(_ testCase: CollationCase) {
        let sorted = testCase.input.map(nfd).sortedVietnamese()
        #expect(sorted.map(\.precomposedStringWithCanonicalMapping) == testCase.expected)
    }

    @Test("Each adjacent pair of every CSV case is strictly ordered", arguments: collationCases)
    func csvCaseStrict(_ testCase: CollationCase) {
        for (a, b) in zip(testCase.expected, testCase.expected.dropFirst()) {
            #expect(VietnameseCollation.compare(a, b) == .orderedAscending)
            #expect(VietnameseCollation.compare(b, a) == .orderedDescending)
            #expect(VietnameseCollation.sortKey(a) < VietnameseCollation.sortKey(b))
        }
    }

    @Test("NFC and NFD compare identically")
    func nfcEqualsNfd() {
        for word in ["Nguyễn", "Đắk Lắk", "Hồ Chí Minh", "ặ", "Ước", "Thanh Hoá", "Quảng Ngãi"] {
            #expect(VietnameseCollation.compare(word, nfd(word)) == .orderedSame)
            #expect(VietnameseCollation.sortKey(word) == VietnameseCollation.sortKey(nfd(word)))
            #expect(
                VietnameseCollation.sortKey(word).hashValue
                    == VietnameseCollation.sortKey(nfd(word)).hashValue)
        }
    }

    @Test("Hà and Hạ differ in sort, only primary strength ignores the tone")
    func toneMatters() {
        #expect(VietnameseCollation.compare("Hà", "Hạ") == .orderedAscending)
        #expect(VietnameseCollation.compare("Hà", "Hạ", strength: .secondary) == .orderedAscending)
        #expect(VietnameseCollation.compare("Hà", "Hạ", strength: .primary) == .orderedSame)
        #expect(["Hạ", "Hà", "Ha"].sortedVietnamese() == ["Ha", "Hà", "Hạ"])
    }

    @Test("Old and new tone placement are equal at primary, secondary and tertiary strength")
    func tonePlacement() {
        for (old, new) in [
            ("hoà", "hòa"), ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"), ("thuỷ", "thủy"),
        ] {
            #expect(VietnameseCollation.compare(old, new, strength: .primary) == .orderedSame)
            #expect(VietnameseCollation.compare(old, new, strength: .secondary) == .orderedSame)
            #expect(VietnameseCollation.compare(old, new, strength: .tertiary) == .orderedSame)
            #expect(VietnameseCollation.compare(old, new) != .orderedSame)
        }
        // Both placements still sort after the toneless and before the heavier tones.
        #expect(["hóa", "hòa", "hoa", "hoà"].sortedVietnamese().first == "hoa")
        #expect(["hóa", "hòa", "hoa", "hoà"].sortedVietnamese().last == "hóa")
    }

    @Test("Spaces and punctuation sort before letters; digits between them")
    func spacesAndPunctuation() {
        #expect(VietnameseCollation.areInIncreasingOrder("An Giang", "Anh"))
        #expect(VietnameseCollation.areInIncreasingOrder("Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu"))
        #expect(VietnameseCollation.areInIncreasingOrder("Bà Rịa Vũng Tàu", "BàRịa"))
        #expect(VietnameseCollation.areInIncreasingOrder("HTX 2", "HTX A"))
        #expect(VietnameseCollation.areInIncreasingOrder("HTX-A", "HTX2"))
        #expect(VietnameseCollation.areInIncreasingOrder("An", "An Giang"))
        #expect(["Gian 10", "Gian 9", "Gian 1"].sortedVietnamese() == ["Gian 1", "Gian 10", "Gian 9"])
    }

    @Test("Loanword letters f j w z keep their Latin places")
    func loanwordLetters() {
        let words = ["zô", "wifi", "phở", "jazz", "fan", "giò", "yến", "xôi", "vải", "em", "ê"]
        #expect(
            words.sortedVietnamese() == [
                "em", "ê", "fan", "giò", "jazz", "phở", "vải", "wifi", "xôi", "yến", "zô",
            ])
    }

    @Test("Full alphabet order")
    func alphabet() {
        let letters = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split(
            separator: " "
        ).map(String.init)
        var random = TestRandom(seed: 7)
        #expect(letters.shuffled(using: &random).sortedVietnamese() == letters)
        let upper = letters.map { $0.uppercased() }
        #expect(upper.shuffled(using: &random).sortedVietnamese() == upper)
    }

    @Test("Tones decide word by word, before case")
    func tonesBeforeCase() {
        #expect(["Ba", "bà", "ba", "BA"].sortedVietnamese() == ["ba", "Ba", "BA", "bà"])
        #expect(VietnameseCollation.areInIncreasingOrder("an bá", "án ba"))
        #expect(VietnameseCollation.areInIncreasingOrder("Thị", "thịt"))
    }

    @Test("Strength levels")
    func strengths() {
        #expect(VietnameseCollation.compare("an", "An", strength: .secondary) == .orderedSame)
        #expect(VietnameseCollation.compare("an", "An", strength: .tertiary) == .orderedAscending)
        #expect(VietnameseCollation.compare("đa", "da", strength: .primary) == .orderedDescending)
        #expect(VietnameseCollation.compare("", "a") == .orderedAscending)
        #expect(VietnameseCollation.compare("", "") == .orderedSame)
    }

    @Test("The order is total and consistent with the sort key")
    func totalOrder() {
        let words = [
            "Nguyễn", "nguyễn", "NGUYỄN", "Nguyen", "Ngô", "Ngo", "hoà", "hòa", "Hoà", "Hòa", "hoa", "", " ",
            "A-B", "A B", "A\u{00A0}B", "A’B", "A'B", "ß", "ss", "Ánh", "Anh", "1", "10", "２",
        ]
        for a in words {
            for b in words {
                let ab = VietnameseCollation.compare(a, b)
                let ba = VietnameseCollation.compare(b, a)
                // Swift's String equality is canonical equivalence, like the collation's last level.
                #expect((ab == .orderedSame) == (a == b))
                #expect(ab.rawValue == -ba.rawValue)
                #expect(
                    (VietnameseCollation.sortKey(a) < VietnameseCollation.sortKey(b))
                        == (ab == .orderedAscending))
            }
        }
    }

    @Test("sortedVietnamese(by:) sorts elements by a key and keeps equal elements in order")
    func sortedByKey() {
        struct Row: Equatable {
            let name: String
            let index: Int
        }
        let rows = [Row(name: "Huế", index: 0), Row(name: "Hà Nội", index: 1), Row(name: "Huế", index: 2)]
        let sorted = rows.sortedVietnamese(by: \.name)
        #expect(sorted.map(\.index) == [1, 0, 2])
    }
}
