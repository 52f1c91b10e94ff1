import Foundation
import TestSupport
import Testing

@testable import Planning

/// Issue 17: text is normalised without Foundation for Latin letters (a table look-up per letter);
/// the result must be exactly Foundation's NFC and NFD, whatever the letters, marks and order.
@Suite("LatinDecomposition: the same NFC and NFD as Foundation (issue 17)")
struct LatinDecompositionTests {
    /// Letters of the table's ranges, marks and other characters the tests combine.
    static let pieces: [String] = {
        var pieces = (Array(0x41...0x5A) + Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)).compactMap {
            Unicode.Scalar($0).map { String(Character($0)) }
        }
        pieces += [
            "\u{0300}", "\u{0301}", "\u{0302}", "\u{0303}", "\u{0306}", "\u{0309}", "\u{031B}", "\u{0323}",
        ]
        pieces += [" ", "-", "đ", "Đ", "\u{E001}", "Ω", "ά", "\u{212B}", "한", "\u{0344}", "1"]
        return pieces
    }()

    @Test("every letter of the ranges, alone and decomposed, as Foundation normalises it")
    func everyLetter() {
        for piece in Self.pieces {
            #expect(
                Array(piece.linearNFC.unicodeScalars)
                    == Array(piece.precomposedStringWithCanonicalMapping.unicodeScalars))
            #expect(
                Array(piece.linearNFD.unicodeScalars)
                    == Array(piece.decomposedStringWithCanonicalMapping.unicodeScalars))
            let decomposed = piece.decomposedStringWithCanonicalMapping
            #expect(
                Array(decomposed.linearNFC.unicodeScalars)
                    == Array(piece.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test("random texts of letters and marks in any order, as Foundation normalises them", arguments: 0..<4)
    func randomTexts(seed: UInt64) {
        var random = TestRandom(seed: seed)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)!
            }.joined()
            #expect(
                Array(text.linearNFC.unicodeScalars)
                    == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                "NFC of \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(
                Array(text.linearNFD.unicodeScalars)
                    == Array(text.decomposedStringWithCanonicalMapping.unicodeScalars),
                "NFD of \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("text taken as already normalised is what the full normalisation makes of it", arguments: 0..<4)
    func alreadyNormalised(seed: UInt64) {
        var random = TestRandom(seed: seed &+ 100)
        let pieces =
            Self.pieces + [" ", " ", "  ", "\u{00A0}", "\u{00AD}", "\u{200B}", "\t", "Hợp", "tác", "xã"]
        var taken = 0
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                pieces.randomElement(using: &random)!
            }.joined()
            // The reference: NFC by Foundation, invisible characters out, white space collapsed.
            let reference = text.precomposedStringWithCanonicalMapping.unicodeScalars
                .filter { !["\u{00AD}", "\u{200B}"].contains($0) }
                .split(whereSeparator: { $0.properties.isWhitespace })
                .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
            if VietnameseText.isNormalized(text) {
                taken += 1
                #expect(
                    Array(text.unicodeScalars) == Array(reference.unicodeScalars),
                    "\(text.unicodeScalars.map(\.value))")
            }
            #expect(VietnameseText.normalized(text) == reference, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(taken > 100)
    }
}
