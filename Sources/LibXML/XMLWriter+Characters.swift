import CLibXML2

extension XMLWriter {
    /// Whether `scalar` may appear in an XML 1.0 document (the `Char` production).
    ///
    /// - Parameter scalar: The Unicode scalar to test.
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
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
        guard hasForbiddenCharacter(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowedInXML(scalar) ? scalar : replacement)
        }
        return String(scalars)
    }

    /// Whether `text` holds a character not allowed in XML 1.0 (a scan over its UTF-8 bytes).
    static func hasForbiddenCharacter(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { forbiddenOffset(in: $0) != nil }
            ?? text.unicodeScalars.contains { !isAllowedInXML($0) }
    }

    /// Throws `LibXMLError.invalidContent` if `text` contains a character not allowed in XML 1.0.
    func checkCharacters(_ text: String, what: @autoclosure () -> String, in element: String) throws {
        if Self.hasForbiddenCharacter(text) {
            throw forbiddenCharacter(in: text, what: what(), element: element)
        }
    }

    /// Calls `body` with `text` as a NUL-terminated UTF-8 string (no copy for a native string)
    /// after checking that every character is allowed in XML 1.0.
    @inline(__always)
    func withCheckedCharacters<Result>(
        _ text: String, what: @autoclosure () -> String, element: @autoclosure () -> String? = nil,
        _ body: (UnsafePointer<xmlChar>) throws -> Result
    ) throws -> Result {
        let count = text.utf8.count
        return try text.withCString { pointer in
            let bytes = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
            if Self.forbiddenOffset(in: UnsafeBufferPointer(start: bytes, count: count)) != nil {
                throw forbiddenCharacter(in: text, what: what(), element: element() ?? innermostName)
            }
            return try body(bytes)
        }
    }

    /// The error for `text`, which holds a character not allowed in XML 1.0.
    private func forbiddenCharacter(in text: String, what: String, element: String) -> LibXMLError {
        var offset = 0
        for scalar in text.unicodeScalars {
            if !Self.isAllowedInXML(scalar) {
                let code = String(scalar.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
                return invalid(
                    "character U+\(padded) at offset \(offset) of the \(what) is not allowed in XML 1.0",
                    in: element)
            }
            offset += 1
        }
        return invalid("the \(what) is not allowed in XML 1.0", in: element)
    }

    /// The offset of the first byte starting a character XML 1.0 forbids, or nil.
    ///
    /// Valid UTF-8 (as every Swift string is) can only hold forbidden characters as bytes below
    /// 0x20 other than tab, LF and CR, or as EF BF BE / EF BF BF (U+FFFE, U+FFFF): surrogates are
    /// not representable. Eight bytes are tested at a time; only a word holding a control byte or
    /// 0xEF is looked at byte by byte.
    static func forbiddenOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte below 0x20, or a byte equal to 0xEF (zero after the XOR), sets its high bit.
            let control = (word &- ones &* 0x20) & ~word & highs
            let flipped = word ^ (ones &* 0xEF)
            let marker = (flipped &- ones) & ~flipped & highs
            if control | marker != 0,
                let offset = forbiddenByte(base, from: index, to: index + 8, count: count)
            {
                return offset
            }
            index += 8
        }
        return forbiddenByte(base, from: index, to: count, count: count)
    }

    /// The first forbidden character's offset among bytes `start..<end`, or nil.
    private static func forbiddenByte(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, count: Int)
        -> Int?
    {
        var index = start
        while index < end {
            let byte = base[index]
            if byte < 0x20 {
                if byte != 0x9 && byte != 0xA && byte != 0xD { return index }
            } else if byte == 0xEF, index + 2 < count, base[index + 1] == 0xBF, base[index + 2] >= 0xBE {
                return index
            }
            index += 1
        }
        return nil
    }
}
