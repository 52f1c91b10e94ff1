import CLibXML2

/// Conversions between libxml2 strings (`xmlChar *`, UTF-8) and Swift strings.
enum XMLString {
    /// Converts a libxml2 string that must not be freed (const) to a Swift string.
    static func from(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Converts and frees a libxml2-allocated string.
    static func consume(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { fp_xmlFree(pointer) }
        return String(cString: pointer)
    }

    /// Whether `name` is an XML NCName (a name without a colon), per libxml2's `xmlValidateNCName`.
    static func isNCName(_ name: String) -> Bool {
        // Fast path for ASCII names: a letter or '_', then letters, digits, '.', '-', '_'.
        let ascii: Bool? = name.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, isASCIINameStart(first) else { return false }
            for byte in bytes.dropFirst() where !isASCIINameStart(byte) {
                guard (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E else { return false }
            }
            return true
        }
        if ascii == true { return true }
        if name.isEmpty { return false }
        return name.withXMLChars { xmlValidateNCName($0, 0) } == 0
    }

    private static func isASCIINameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }
}
