import Foundation

/// Normalisation helpers for Vietnamese text typed or imported by users.
///
/// `normalized(_:)` keeps every letter and tone and is meant for storing and printing;
/// `searchKey(_:)` throws tones and diacritics away and is meant only for forgiving look-ups
/// (never sort by it: use ``VietnameseCollation``). Both take time linear in the length of the
/// text (a 1 MB name takes a fraction of a second), whatever the text holds.
public enum VietnameseText {
    /// Returns `s` in NFC with whitespace trimmed and internal whitespace runs collapsed to one space.
    ///
    /// Any Unicode whitespace (tabs, newlines, no-break spaces) counts as whitespace. Byte-order marks
    /// and zero-width spaces, which often come along when text is pasted from spreadsheets, are
    /// removed.
    public static func normalized(_ s: String) -> String {
        if isNormalized(s) { return s }
        var result = ScalarBuffer(capacity: s.utf8.count)
        var pendingSpace = false
        for scalar in s.linearNFC.unicodeScalars {
            switch ScalarClass(scalar) {
            case .invisible:
                continue
            case .whitespace:
                pendingSpace = !result.isEmpty
                continue
            case .mark, .punctuationOrSymbol, .other:
                break
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return result.string
    }

    /// Whether `s` is already what ``normalized(_:)`` makes of it: printable ASCII, Latin letters
    /// in precomposed form (every Vietnamese letter) and single spaces between words. Most cells
    /// of a registry are; they are returned without being rebuilt.
    static func isNormalized(_ s: String) -> Bool {
        var previousWasSpace = true
        for scalar in s.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            switch value {
            case 0x21...0x7E, 0xA1...0xAC, 0xAE...0x24F, 0x1E00...0x1EFF: continue
            default: return false
            }
        }
        return !previousWasSpace || s.isEmpty
    }

    /// Returns a key for forgiving matching: no diacritics, lowercase, punctuation as word breaks.
    ///
    /// The text is decomposed (NFD), every combining mark is removed (tones as well as the marks of
    /// ă, â, ê, ô, ơ, ư), đ and Đ become d, letters are lowercased, and punctuation and symbols such
    /// as `.`, `-`, `,` and `/` become word breaks. Runs of spaces collapse to one and the result is
    /// trimmed, so "TP. Hồ Chí Minh", "tp ho chi minh" and "Tp.Hồ  Chí Minh" share the key
    /// "tp ho chi minh". Use it to match, never to sort.
    public static func searchKey(_ s: String) -> String {
        var result = ScalarBuffer(capacity: s.utf8.count)
        var pendingSpace = false
        for scalar in s.linearNFD.unicodeScalars {
            switch ScalarClass(scalar) {
            case .invisible, .mark:
                continue
            case .whitespace, .punctuationOrSymbol:
                pendingSpace = !result.isEmpty
                continue
            case .other:
                break
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            if scalar == "đ" || scalar == "Đ" {
                result.append("d")
            } else {
                result.appendLowercased(scalar)
            }
        }
        return result.string
    }

    /// Tells whether `scalar` is a combining mark (tone, diacritic or other non-spacing mark).
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        // No combining mark comes before U+0300; most text is below it.
        if scalar.value < 0x0300 { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Tells whether `scalar` is punctuation or a symbol.
    static func isPunctuationOrSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
            .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Tells whether `scalar` is an invisible format or control character that is not whitespace.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII is neither a format nor a control character.
        if (0x20...0x7E).contains(scalar.value) { return false }
        if scalar.properties.isWhitespace {
            return false
        }
        switch scalar.properties.generalCategory {
        case .format, .control:
            return true
        default:
            return false
        }
    }
}
