extension XMLWriter {
    /// Whether `scalar` may appear in an XML 1.0 document (the `Char` production).
    ///
    /// - Parameter scalar: The Unicode scalar to test.
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` with every character not allowed in XML 1.0 replaced by `replacement`.
    ///
    /// - Parameters:
    ///   - text: Text that may contain control characters (e.g. pasted from a spreadsheet).
    ///   - replacement: Replacement scalar; U+FFFD by default.
    public static func sanitized(_ text: String, replacement: Unicode.Scalar = "\u{FFFD}") -> String {
        guard text.unicodeScalars.contains(where: { !isAllowedInXML($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowedInXML(scalar) ? scalar : replacement)
        }
        return String(scalars)
    }

    /// Throws `LibXMLError.invalidContent` if `text` contains a character not allowed in XML 1.0.
    func checkCharacters(_ text: String, what: @autoclosure () -> String, in element: String) throws {
        // Fast path on UTF-8: only bytes below 0x20 and the sequences for U+FFFE/U+FFFF can be
        // disallowed (Swift strings never contain surrogates).
        var needsScan = false
        for byte in text.utf8 where (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) || byte == 0xEF
        {
            needsScan = true
            break
        }
        guard needsScan else { return }
        var offset = 0
        for scalar in text.unicodeScalars {
            if !Self.isAllowedInXML(scalar) {
                let code = String(scalar.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
                throw LibXMLError.invalidContent(
                    element: element,
                    message:
                        "character U+\(padded) at offset \(offset) of the \(what()) is not allowed in XML 1.0"
                )
            }
            offset += 1
        }
    }
}
