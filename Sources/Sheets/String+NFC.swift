import Foundation

extension String {
    /// The text in Unicode Normalization Form C, in time linear in its length.
    ///
    /// Text already NFC for certain is returned as it is: text whose scalars are all below U+0300
    /// (ASCII, Latin-1, Latin Extended A and B, spacing modifiers) or precomposed Latin letters of
    /// U+1E00–U+1EFF (every Vietnamese letter with its tone mark), since composition only happens
    /// around combining marks and those characters are their own NFC forms. Other text is
    /// normalised about 4,096 scalars at a time (Foundation's normalisation slows down more than
    /// linearly on long strings), each piece cut just before a character that nothing before it
    /// combines with (``isNormalizationBoundary(_:)``), so the pieces normalise independently.
    var nfc: String {
        var isNFC = true
        for scalar in unicodeScalars where scalar.value >= 0x300 && !(0x1E00...0x1EFF).contains(scalar.value)
        {
            isNFC = false
            break
        }
        if isNFC { return self }
        var result = ""
        var piece = String.UnicodeScalarView()
        var count = 0
        for scalar in unicodeScalars {
            if count >= Self.normalizationPiece,
                Self.isNormalizationBoundary(scalar) || count >= 4 * Self.normalizationPiece
            {
                result += String(piece).precomposedStringWithCanonicalMapping
                piece = String.UnicodeScalarView()
                count = 0
            }
            piece.append(scalar)
            count += 1
        }
        result += String(piece).precomposedStringWithCanonicalMapping
        return result
    }

    /// The number of scalars normalised at once (at least).
    static let normalizationPiece = 4096

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
