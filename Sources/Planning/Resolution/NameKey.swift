import Foundation

/// The keys under which names are matched when a person types them.
///
/// Two keys, tried in order by ``NameIndex``:
/// - ``exact(_:)`` keeps every letter and **tone**, so «Tân Hòa» and «Tấn Hòa», «Hà» and «Hạ» stay
///   distinct; it forgives case, spacing, punctuation, NFD input, old and new tone placement
///   («Hoà»/«Hòa», «Thuý»/«Thúy») and the usual abbreviations («Hợp tác xã» = «HTX», «Nông
///   nghiệp» = «NN»).
/// - ``folded(_:)`` also drops tones and diacritics, for people who type without them; a folded
///   match is accepted only when it names a single entity.
///
/// Both run in time linear in the length of the text.
public enum NameKey {
    /// Long forms people abbreviate, as word sequences, with the short form used in keys.
    static let abbreviations: [(long: [String], short: String)] = [
        (["liên", "hiệp", "hợp", "tác", "xã"], "lhhtx"),
        (["liên", "hiệp", "htx"], "lhhtx"),
        (["quỹ", "tín", "dụng", "nhân", "dân"], "qtdnd"),
        (["hợp", "tác", "xã"], "htx"),
        (["tổ", "hợp", "tác"], "tht"),
        (["nông", "nghiệp"], "nn"),
        (["dịch", "vụ"], "dv"),
    ]

    /// The abbreviations as exact-key words, decomposed (NFD) as ``exact(_:)`` compares them:
    /// equal strings in the same form compare byte for byte, without Swift's slower comparison of
    /// canonically equivalent forms.
    static let exactAbbreviations: [(long: [String], short: String)] = abbreviations.map {
        ($0.long.map { decomposedExactWord($0.linearNFD) }, $0.short)
    }

    /// The abbreviations as folded-key words.
    static let foldedAbbreviations: [(long: [String], short: String)] = abbreviations.map {
        ($0.long.map(VietnameseText.searchKey), $0.short)
    }

    /// The tone-keeping key: words in lowercase with their letters and diacritics, the tone of
    /// each word moved to the word's end (so its placement does not matter), abbreviations unified.
    public static func exact(_ text: String) -> String {
        // Decomposed once and composed once, not word by word: each call to Foundation's
        // normalisation costs a few microseconds, which adds up over a long text.
        let words = splitWords(text.linearNFD).map(decomposedExactWord)
        return abbreviate(words, with: exactAbbreviations).joined(separator: " ").linearNFC
    }

    /// The folded key: no tones or diacritics, lowercase, abbreviations unified.
    public static func folded(_ text: String) -> String {
        abbreviate(
            VietnameseText.searchKey(text).split(separator: " ").map(String.init), with: foldedAbbreviations
        )
        .joined(separator: " ")
    }

    /// The folded words of `text`, for matching a distinctive part of a name.
    public static func foldedWords(_ text: String) -> [String] {
        folded(text).split(separator: " ").map(String.init)
    }

    /// The words of `text` with their marks: whitespace, punctuation and symbols separate words;
    /// invisible format characters are dropped.
    static func splitWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ScalarBuffer(capacity: 16)
        for scalar in text.unicodeScalars {
            switch ScalarClass(scalar) {
            case .invisible:
                continue
            case .whitespace, .punctuationOrSymbol:
                if !current.isEmpty { words.append(current.string) }
                current.removeAll()
            case .mark, .other:
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current.string) }
        return words
    }

    /// One word's exact key: its tone mark taken off and written after the word (in NFC).
    static func exactWord(_ word: String) -> String {
        decomposedExactWord(word.linearNFD).linearNFC
    }

    /// The exact key of a word already in NFD, left in NFD (equal, as a Swift string, to its NFC).
    static func decomposedExactWord(_ word: String) -> String {
        var scalars = ScalarBuffer(capacity: word.utf8.count)
        var tone: Unicode.Scalar?
        for scalar in word.unicodeScalars {
            if (0x300...0x341).contains(scalar.value), toneMarks.contains(scalar) {
                tone = scalar
            } else {
                scalars.appendLowercased(scalar)
            }
        }
        if let tone { scalars.append(toneSuffix(tone)) }
        return scalars.string
    }

    /// The five Vietnamese tone marks (huyền, sắc, hỏi, ngã, nặng) as combining characters, and the
    /// two legacy forms of grave and acute.
    static let toneMarks: Set<Unicode.Scalar> = [
        "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}", "\u{0340}", "\u{0341}",
    ]

    /// A private-use character standing for a tone at the end of a word's key.
    static func toneSuffix(_ tone: Unicode.Scalar) -> Unicode.Scalar {
        switch tone {
        case "\u{0300}", "\u{0340}": "\u{E001}"
        case "\u{0301}", "\u{0341}": "\u{E002}"
        case "\u{0309}": "\u{E003}"
        case "\u{0303}": "\u{E004}"
        default: "\u{E005}"
        }
    }

    /// Replaces every long form in `words` by its short form (longest forms first).
    static func abbreviate(_ words: [String], with table: [(long: [String], short: String)]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count)
        var index = 0
        outer: while index < words.count {
            for (long, short) in table where index + long.count <= words.count {
                if words[index..<(index + long.count)].elementsEqual(long) {
                    result.append(short)
                    index += long.count
                    continue outer
                }
            }
            result.append(words[index])
            index += 1
        }
        return result
    }
}
