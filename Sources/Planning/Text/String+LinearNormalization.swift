import Foundation

extension String {
    /// The text in Unicode Normalization Form C, in time linear in its length.
    ///
    /// Foundation's normalisation slows down more than linearly on long strings (a 1 MB name took
    /// minutes), so text is normalised about 4,096 scalars at a time, each piece cut just before a
    /// character nothing before it combines with (``isNormalizationBoundary(_:)``): the pieces
    /// then normalise independently and the result is the text's NFC. Text made only of ASCII and
    /// precomposed Vietnamese letters is already NFC and returned as it is.
    var linearNFC: String {
        if unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }) {
            return self
        }
        if let composed = LatinDecomposition.composed(self) { return composed }
        return normalizedInPieces { $0.precomposedStringWithCanonicalMapping }
    }

    /// The text in Unicode Normalization Form D, in time linear in its length (see ``linearNFC``).
    var linearNFD: String {
        if unicodeScalars.allSatisfy({ $0.value < 0xC0 }) { return self }
        if let decomposed = LatinDecomposition.decomposed(self) { return decomposed }
        return normalizedInPieces { $0.decomposedStringWithCanonicalMapping }
    }

    /// `normalize` applied to pieces of about 4,096 scalars cut at normalisation boundaries.
    private func normalizedInPieces(_ normalize: (String) -> String) -> String {
        let pieceLength = 4096
        if unicodeScalars.count <= pieceLength { return normalize(self) }
        var result = ""
        var piece = String.UnicodeScalarView()
        var count = 0
        for scalar in unicodeScalars {
            if count >= pieceLength, Self.isNormalizationBoundary(scalar) || count >= 4 * pieceLength {
                result += normalize(String(piece))
                piece = String.UnicodeScalarView()
                count = 0
            }
            piece.append(scalar)
            count += 1
        }
        result += normalize(String(piece))
        return result
    }

    /// Whether normalisation may be cut just before `scalar`: a character of combining class 0
    /// that never composes with a character before it (Latin, Greek, Cyrillic and the scripts
    /// below U+0900, Vietnamese and Greek precomposed letters, punctuation and symbols, CJK and
    /// Hangul syllables, emoji). A piece with no such character is cut after four pieces' length
    /// anyway, which could only matter in text made of thousands of combining marks.
    static func isNormalizationBoundary(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.canonicalCombiningClass == .notReordered else { return false }
        switch scalar.value {
        case 0..<0x0900, 0x1E00...0x1FFF, 0x2000...0x20CF, 0x2100...0x2BFF, 0x3000...0x3098,
            0x30A0...0x9FFF, 0xAC00...0xD7A3, 0x1F000...0x1FFFF:
            return true
        default:
            return false
        }
    }
}
