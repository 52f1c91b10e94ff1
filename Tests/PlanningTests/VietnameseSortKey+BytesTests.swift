import Foundation
import Planning
import TestSupport
import Testing

@Suite("Vietnamese sort keys as bytes")
struct VietnameseSortKeyBytesTests {
    /// Every text of the collation cases, plus texts that stress the levels: prefixes, case,
    /// tones, decomposed spellings, digits, symbols, other scripts and empty text.
    static let texts: [String] = {
        var texts = collationCases.flatMap(\.input)
        texts += [
            "", " ", "a", "A", "á", "a\u{301}", "ab", "a b", "a-b", "a1", "a10", "a2", "Hoà", "Hòa", "hoà",
            "HOÀ", "Ho", "Hoa Bình", "Hòa Bình", "Hoà  Bình", "Ðà", "Đà", "đà", "Ωmega", "中文", "!", "?",
            "x\u{10FFFF}", "x\u{FFFF}", "\u{0}", "Nguyễn", "Nguyên", "Nguyen", "nguyễn văn a",
        ]
        var generator = TestRandom(seed: 17)
        let alphabet = Array("aăâbdđeêioôơuưy ÀÁẢÃẠàáảãạĂẮằẳẵặÂấầẩẫậĐđÊếềểễệ19-")
        for _ in 0..<300 {
            texts.append(
                String(
                    (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                        alphabet.randomElement(using: &generator)!
                    }))
        }
        return texts
    }()

    /// The sign of a byte-wise comparison, as `memcmp` and SQLite's blobs compare.
    static func byteOrder(_ a: [UInt8], _ b: [UInt8]) -> ComparisonResult {
        for (x, y) in zip(a, b) where x != y { return x < y ? .orderedAscending : .orderedDescending }
        if a.count == b.count { return .orderedSame }
        return a.count < b.count ? .orderedAscending : .orderedDescending
    }

    @Test("bytes compare as the keys do, at every strength", arguments: VietnameseCollation.Strength.allCases)
    func sameOrder(strength: VietnameseCollation.Strength) {
        let keys = Self.texts.map(VietnameseSortKey.init)
        let bytes = keys.map { $0.bytes(strength: strength) }
        var mismatches: [String] = []
        for i in keys.indices {
            for j in keys.indices {
                let expected = keys[i].compare(keys[j], strength: strength)
                if Self.byteOrder(bytes[i], bytes[j]) != expected {
                    mismatches.append(
                        "\(Self.texts[i].debugDescription) vs \(Self.texts[j].debugDescription)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("sorting by bytes gives the collation cases' expected order")
    func collationCasesByBytes() {
        for testCase in collationCases {
            let sorted = testCase.input.map { (text: $0, bytes: VietnameseSortKey($0).bytes()) }
                .sorted { Self.byteOrder($0.bytes, $1.bytes) == .orderedAscending }.map(\.text)
            #expect(sorted == testCase.expected, "\(testCase.name)")
        }
    }

    @Test("canonically equivalent spellings give the same bytes; case differs only from tertiary strength")
    func equivalence() {
        #expect(VietnameseSortKey("Ho\u{300}a").bytes() == VietnameseSortKey("Hòa").bytes())
        #expect(
            VietnameseSortKey("an").bytes(strength: .secondary)
                == VietnameseSortKey("An").bytes(strength: .secondary))
        #expect(
            VietnameseSortKey("an").bytes(strength: .tertiary)
                != VietnameseSortKey("An").bytes(strength: .tertiary))
    }
}
