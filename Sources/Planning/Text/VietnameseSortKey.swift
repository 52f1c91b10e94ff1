public import Foundation

/// A precomputed Vietnamese collation key: compare keys instead of strings when sorting many times.
///
/// Keys compare level by level: letters (primary), tones per word (secondary), case (tertiary), and
/// finally the NFC code points, so the order is total and two keys are equal exactly when their
/// strings are canonically equivalent. Build keys with ``VietnameseCollation/sortKey(_:)``.
public struct VietnameseSortKey: Comparable, Hashable, Sendable {
    /// Letter weights: whitespace, punctuation and symbols, then digits, then letters.
    let primary: [UInt32]
    /// Diacritic weights grouped by word; each group ends with a zero.
    let secondary: [UInt32]
    /// Case weights, one per primary weight: 0 for lowercase or uncased, 1 for uppercase.
    let tertiary: [UInt8]
    /// The NFC code points, the final tie-break.
    let identical: [UInt32]

    /// Builds the collation key of `string`; NFC and NFD spellings give the same key.
    public init(_ string: String) {
        var builder = Builder()
        let nfc = string.linearNFC
        builder.add(Array(nfc.linearNFD.unicodeScalars))
        primary = builder.primary
        secondary = builder.secondary
        tertiary = builder.tertiary
        identical = nfc.unicodeScalars.map(\.value)
    }

    /// Compares two keys up to the given strength.
    ///
    /// At `.secondary` strength "hoà" and "hòa" are equal (same letters, same tone per word) while
    /// "Hà" and "Hạ" are not; at `.tertiary` strength "an" and "An" differ; `.identical` is total.
    public func compare(
        _ other: VietnameseSortKey,
        strength: VietnameseCollation.Strength = .identical
    ) -> ComparisonResult {
        let primaryOrder = Self.lexicographic(primary, other.primary)
        if primaryOrder != .orderedSame || strength == .primary {
            return primaryOrder
        }
        let secondaryOrder = Self.lexicographic(secondary, other.secondary)
        if secondaryOrder != .orderedSame || strength == .secondary {
            return secondaryOrder
        }
        let tertiaryOrder = Self.lexicographic(tertiary, other.tertiary)
        if tertiaryOrder != .orderedSame || strength == .tertiary {
            return tertiaryOrder
        }
        return Self.lexicographic(identical, other.identical)
    }

    /// Tells whether `lhs` sorts before `rhs` in Vietnamese order.
    public static func < (lhs: VietnameseSortKey, rhs: VietnameseSortKey) -> Bool {
        lhs.compare(rhs) == .orderedAscending
    }

    /// Compares two weight arrays element by element; a proper prefix sorts first.
    private static func lexicographic<T: Comparable>(_ a: [T], _ b: [T]) -> ComparisonResult {
        for (x, y) in zip(a, b) where x != y {
            return x < y ? .orderedAscending : .orderedDescending
        }
        if a.count == b.count {
            return .orderedSame
        }
        return a.count < b.count ? .orderedAscending : .orderedDescending
    }
}

extension VietnameseSortKey {
    /// Accumulates the weights of a decomposed (NFD) string.
    private struct Builder {
        /// Class of whitespace, punctuation and symbols listed in the ICU table.
        static let knownSymbolClass: UInt32 = 1 << 24
        /// Class of other punctuation and symbols, ordered by code point.
        static let otherSymbolClass: UInt32 = 2 << 24
        /// Class of decimal digits, ordered by value.
        static let digitClass: UInt32 = 3 << 24
        /// Class of the Vietnamese (Latin) letters.
        static let latinClass: UInt32 = 4 << 24
        /// Class of letters of other scripts, ordered by lowercase code point.
        static let otherLetterClass: UInt32 = 5 << 24
        /// Secondary weight of unlisted combining marks, above every listed one.
        static let otherMarkBase: UInt32 = 1 << 24

        var primary: [UInt32] = []
        var secondary: [UInt32] = []
        var tertiary: [UInt8] = []
        /// Secondary weights of the word being read.
        var wordMarks: [UInt32] = []
        /// Whether a word (a run of letters) is open.
        var inWord = false

        /// Adds the weights of `scalars`, which must be in NFD.
        mutating func add(_ scalars: [Unicode.Scalar]) {
            var index = 0
            while index < scalars.count {
                let base = scalars[index]
                index += 1
                var marks: [Unicode.Scalar] = []
                while index < scalars.count, VietnameseText.isCombiningMark(scalars[index]) {
                    marks.append(scalars[index])
                    index += 1
                }
                if VietnameseText.isCombiningMark(base) || VietnameseText.isInvisible(base) {
                    // A mark with no base letter, or an ignorable character: only its marks count.
                    appendMarks(VietnameseText.isCombiningMark(base) ? [base] + marks : marks)
                } else if !addLetter(base, marks: marks) {
                    addNonLetter(base, marks: marks)
                }
            }
            closeWord()
        }

        /// Adds a letter with its marks; returns false when `base` is not a letter.
        private mutating func addLetter(_ base: Unicode.Scalar, marks: [Unicode.Scalar]) -> Bool {
            let upper: UInt8
            let lower: Unicode.Scalar
            if base.isASCII {
                // ASCII, which decomposed Vietnamese mostly is, without looking up its properties.
                switch base.value {
                case 0x61...0x7A: (upper, lower) = (0, base)
                case 0x41...0x5A: (upper, lower) = (1, Unicode.Scalar(UInt8(base.value + 0x20)))
                default: return false
                }
            } else {
                let properties = base.properties
                guard properties.isAlphabetic, !properties.isWhitespace else {
                    return false
                }
                upper = properties.changesWhenLowercased ? 1 : 0
                let lowerScalars = Array(properties.lowercaseMapping.unicodeScalars)
                lower = lowerScalars.count == 1 ? lowerScalars[0] : base
            }
            inWord = true
            var remaining = marks
            if let (rank, formingIndex) = Self.vietnameseLetter(lower, marks: marks) {
                if let formingIndex {
                    remaining.remove(at: formingIndex)
                }
                primary.append(Self.latinClass | rank)
                tertiary.append(upper)
            } else if let expansion = Self.expansions[lower] {
                for letter in expansion.unicodeScalars {
                    primary.append(Self.latinClass | (VietnameseCollation.letterRanks[letter] ?? 0))
                    tertiary.append(upper + 2)
                }
            } else if let (letter, mark) = Self.strokeLetters[lower] {
                primary.append(Self.latinClass | (VietnameseCollation.letterRanks[letter] ?? 0))
                tertiary.append(upper)
                remaining.insert(mark, at: 0)
            } else {
                primary.append(Self.otherLetterClass | lower.value)
                tertiary.append(upper)
            }
            appendMarks(remaining)
            return true
        }

        /// Adds whitespace, punctuation, a symbol or a digit: each stands between words.
        private mutating func addNonLetter(_ base: Unicode.Scalar, marks: [Unicode.Scalar]) {
            closeWord()
            let properties = base.properties
            var tertiaryWeight: UInt8 = 0
            if let rank = VietnameseCollation.punctuationRanks[base] {
                primary.append(Self.knownSymbolClass | rank)
                tertiaryWeight = VietnameseCollation.punctuationTertiary[base] ?? 0
                if let variant = VietnameseCollation.punctuationSecondary[base] {
                    wordMarks.append(variant)
                }
            } else if let expansion = VietnameseCollation.punctuationExpansions[base] {
                for scalar in expansion.unicodeScalars {
                    primary.append(
                        Self.knownSymbolClass | (VietnameseCollation.punctuationRanks[scalar] ?? 0))
                    tertiary.append(2)
                    secondary.append(0)
                }
                appendMarks(marks)
                closeWord()
                return
            } else if properties.isWhitespace {
                primary.append(Self.knownSymbolClass | (VietnameseCollation.punctuationRanks[" "] ?? 0))
                tertiaryWeight = 3
            } else if properties.numericType == .decimal, let value = properties.numericValue {
                primary.append(Self.digitClass | UInt32(value))
            } else {
                primary.append(Self.otherSymbolClass | base.value)
            }
            tertiary.append(tertiaryWeight)
            appendMarks(marks)
            closeWord(force: true)
        }

        /// Appends the secondary weights of `marks` to the current word.
        private mutating func appendMarks(_ marks: [Unicode.Scalar]) {
            for mark in marks {
                if let rank = VietnameseCollation.markRanks[mark] {
                    wordMarks.append(rank)
                } else if mark != "\u{034F}" {
                    wordMarks.append(Self.otherMarkBase + mark.value)
                }
            }
        }

        /// Ends the current word, writing its marks followed by a zero separator.
        private mutating func closeWord(force: Bool = false) {
            guard inWord || force || !wordMarks.isEmpty else {
                return
            }
            secondary.append(contentsOf: wordMarks)
            secondary.append(0)
            wordMarks.removeAll(keepingCapacity: true)
            inWord = false
        }

        /// Finds the Vietnamese letter formed by `lower` and its marks, with the index of the mark used.
        ///
        /// a + breve is ă, a/e/o + circumflex are â/ê/ô, o/u + horn are ơ/ư; the mark that forms the
        /// letter is not a tone and leaves the secondary level.
        private static func vietnameseLetter(
            _ lower: Unicode.Scalar,
            marks: [Unicode.Scalar]
        ) -> (rank: UInt32, formingIndex: Int?)? {
            guard let plainRank = VietnameseCollation.letterRanks[lower] else {
                return nil
            }
            for (index, mark) in marks.enumerated() {
                if let formed = formedLetters[lower]?[mark],
                    let rank = VietnameseCollation.letterRanks[formed]
                {
                    return (rank, index)
                }
            }
            return (plainRank, nil)
        }

        /// Letters formed by a base letter and a non-tone mark.
        private static let formedLetters: [Unicode.Scalar: [Unicode.Scalar: Unicode.Scalar]] = [
            "a": ["\u{0306}": "\u{0103}", "\u{0302}": "\u{00E2}"],
            "e": ["\u{0302}": "\u{00EA}"],
            "o": ["\u{0302}": "\u{00F4}", "\u{031B}": "\u{01A1}"],
            "u": ["\u{031B}": "\u{01B0}"],
        ]

        /// Ligatures and ß, which sort as the letters they stand for.
        private static let expansions: [Unicode.Scalar: String] = [
            "\u{00E6}": "ae", "\u{0153}": "oe", "\u{00DF}": "ss",
        ]

        /// Letters with a stroke that sort as the plain letter with a secondary difference.
        private static let strokeLetters: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar)] = [
            "\u{00F8}": ("o", "\u{0338}"), "\u{0142}": ("l", "\u{0338}"),
        ]
    }
}
