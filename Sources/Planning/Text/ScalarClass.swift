/// What a scalar is to the text helpers (``VietnameseText``, ``NameKey``), found without the
/// Unicode tables for ASCII and the combining diacritics U+0300–U+036F, which make up nearly all
/// Vietnamese text once decomposed, so that long text is handled quickly.
enum ScalarClass {
    /// Whitespace (any Unicode white space).
    case whitespace
    /// An invisible format or control character that is not whitespace (a byte-order mark, a
    /// zero-width space).
    case invisible
    /// A combining mark (tone, diacritic or other mark).
    case mark
    /// Punctuation or a symbol.
    case punctuationOrSymbol
    /// Anything else: letters, digits, other characters.
    case other

    /// The class of `scalar`.
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: self = .other
            case 0x09...0x0D, 0x20: self = .whitespace
            case 0x00...0x1F, 0x7F: self = .invisible
            default: self = .punctuationOrSymbol
            }
            return
        }
        if (0x300...0x36F).contains(value) {
            self = .mark
            return
        }
        // Latin letters with diacritics (every Vietnamese letter): no Unicode table needed.
        if (0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7
            || (0x1E00...0x1EFF).contains(value)
        {
            self = .other
            return
        }
        if scalar.properties.isWhitespace {
            self = .whitespace
        } else if VietnameseText.isInvisible(scalar) {
            self = .invisible
        } else if VietnameseText.isCombiningMark(scalar) {
            self = .mark
        } else if VietnameseText.isPunctuationOrSymbol(scalar) {
            self = .punctuationOrSymbol
        } else {
            self = .other
        }
    }
}
