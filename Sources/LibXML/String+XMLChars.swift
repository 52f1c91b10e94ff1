import CLibXML2

extension String {
    /// Calls `body` with the string as a NUL-terminated `xmlChar` (UTF-8) pointer.
    func withXMLChars<Result>(_ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
        try withCString { pointer in
            try pointer.withMemoryRebound(to: xmlChar.self, capacity: utf8.count + 1, body)
        }
    }
}

extension String? {
    /// Calls `body` with the string as an `xmlChar` pointer, or `nil`.
    func withXMLChars<Result>(_ body: (UnsafePointer<xmlChar>?) throws -> Result) rethrows -> Result {
        switch self {
        case .some(let string): return try string.withXMLChars { try body($0) }
        case .none: return try body(nil)
        }
    }
}

extension String? {
    /// Calls `body` with a C string pointer, or `nil`.
    func withCString<Result>(_ body: (UnsafePointer<CChar>?) throws -> Result) rethrows -> Result {
        switch self {
        case .some(let string): return try string.withCString { try body($0) }
        case .none: return try body(nil)
        }
    }
}
