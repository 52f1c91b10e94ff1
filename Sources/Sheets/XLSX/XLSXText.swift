/// Text in SpreadsheetML: Excel reads `_xHHHH_` (four hexadecimal digits between underscores) in
/// a string as the character U+HHHH, so text that holds such a sequence literally is written with
/// its underscore escaped (`_x005F_`), and readers decode the sequences.
enum XLSXText {
    /// `text` with the `_` of every `_xHHHH_` sequence written `_x005F_`, so Excel shows the text
    /// as it is; text without `_x` is returned as it is.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(0x5F) else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            if escapeLength(bytes, at: index) != nil {
                result.append(contentsOf: Array("_x005F".utf8))
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `text` with every `_xHHHH_` sequence replaced by its character (a surrogate pair of two
    /// sequences gives one character; a lone surrogate or a character XML forbids is kept as
    /// written); text without `_x` is returned as it is. Runs in time linear in the text.
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(0x5F) else { return text }
        let bytes = Array(text.utf8)
        var result = String.UnicodeScalarView()
        var pending: [UInt8] = []
        var index = 0
        func flush() {
            result.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
            pending.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            if let value = escapeLength(bytes, at: index).map({ _ in hexValue(bytes, at: index + 2) }) {
                if (0xD800...0xDBFF).contains(value), escapeLength(bytes, at: index + 7) != nil {
                    let low = hexValue(bytes, at: index + 9)
                    if (0xDC00...0xDFFF).contains(low),
                        let scalar = Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00))
                    {
                        flush()
                        result.append(scalar)
                        index += 14
                        continue
                    }
                }
                if let scalar = Unicode.Scalar(value), isAllowedInXML(scalar) {
                    flush()
                    result.append(scalar)
                    index += 7
                    continue
                }
            }
            pending.append(bytes[index])
            index += 1
        }
        flush()
        return String(result)
    }

    /// What one pass over a text's UTF-8 bytes tells the writer.
    struct Scan {
        /// `<t>` needs `xml:space="preserve"`: white space at either end, or a line break or a
        /// tab anywhere.
        var needsPreserve = false
        /// The text holds `_`, so it may hold an `_xHHHH_` sequence to escape.
        var hasUnderscore = false
        /// The text holds a control character or U+FFFE/U+FFFF-like bytes (XML may forbid it).
        var mayHoldForbiddenCharacter = false
        /// The text holds a character at or above U+0300 outside U+1E00–U+1EFF (every
        /// Vietnamese precomposed letter), so it may not be NFC.
        var mayNeedNormalization = false
    }

    /// Scans a text's UTF-8 bytes once (the usual cell: Vietnamese text, NFC, nothing to
    /// escape, so nothing more is done with it).
    static func scan(_ text: String) -> Scan {
        var result = Scan()
        var text = text
        text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return }
            if isSpace(first) || isSpace(last) { result.needsPreserve = true }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09, 0x0A, 0x0D:
                    result.needsPreserve = true
                case 0..<0x20:
                    result.mayHoldForbiddenCharacter = true
                case 0x5F:
                    result.hasUnderscore = true
                case 0xCC...0xFF:
                    // U+0300 and above; E1 B8–BB is U+1E00–U+1EFF; EF BF is U+FFC0–U+FFFF.
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    if byte == 0xEF && next == 0xBF { result.mayHoldForbiddenCharacter = true }
                    if !(byte == 0xE1 && (0xB8...0xBB).contains(next)) { result.mayNeedNormalization = true }
                default:
                    break
                }
                index += 1
            }
        }
        return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// 7 when an `_xHHHH_` sequence starts at `index`, else nil.
    private static func escapeLength(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index + 7 <= bytes.count, bytes[index] == 0x5F,
            bytes[index + 1] == 0x78 || bytes[index + 1] == 0x58,
            bytes[index + 6] == 0x5F
        else { return nil }
        for offset in 2...5 where hexDigit(bytes[index + offset]) == nil { return nil }
        return 7
    }

    /// The value of the four hexadecimal digits at `index`.
    private static func hexValue(_ bytes: [UInt8], at index: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { value, offset in value << 4 | UInt32(hexDigit(bytes[index + offset]) ?? 0)
        }
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
