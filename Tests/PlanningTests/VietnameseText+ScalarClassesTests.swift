import Testing

@testable import Planning

@Suite("VietnameseText: combining marks and invisible characters, with and without the fast paths")
struct VietnameseTextScalarClassesTests {
    @Test("every scalar up to U+2FFF is classed as its Unicode properties say")
    func sameAsProperties() {
        var checked = 0
        for value in 0...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category = scalar.properties.generalCategory
            let mark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(category)
            let invisible = !scalar.properties.isWhitespace && [.format, .control].contains(category)
            #expect(VietnameseText.isCombiningMark(scalar) == mark, "U+\(String(value, radix: 16))")
            #expect(VietnameseText.isInvisible(scalar) == invisible, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked == 0x3000)
    }

    @Test("ASCII letters sort as the rest of the alphabet does: case after letters, words apart")
    func asciiLetters() {
        let words = ["a", "A", "b", "B", "z", "Z", "aB", "Ab", "ab", "AB", "a b", "a-b", "a1", "ă", "Ă", "đ"]
        let sorted = words.sorted { VietnameseSortKey($0) < VietnameseSortKey($1) }
        #expect(
            sorted == [
                "a", "A", "a b", "a-b", "a1", "ab", "aB", "Ab", "AB", "ă", "Ă", "b", "B", "đ", "z", "Z",
            ])
    }
}
