/// The qualified name of an element or attribute an `XMLWriter` has written: a compile-time
/// literal (the fast path, no allocation) or a string.
enum XMLWriterName {
    /// A literal such as `"table:table-cell"`.
    case literal(StaticString)
    /// A name built at run time (`prefix:name`).
    case string(String)

    /// The name as text, for messages.
    var text: String {
        switch self {
        case .literal(let name): "\(name)"
        case .string(let name): name
        }
    }

    /// Whether two names are spelled the same.
    func sameSpelling(as other: XMLWriterName) -> Bool {
        switch (self, other) {
        case (.string(let left), .string(let right)):
            return left == right
        case (.literal(let left), .literal(let right)):
            if left.hasPointerRepresentation && right.hasPointerRepresentation {
                if left.utf8Start == right.utf8Start { return true }
                guard left.utf8CodeUnitCount == right.utf8CodeUnitCount else { return false }
            }
            return left.withUTF8Buffer { leftBytes in
                right.withUTF8Buffer { leftBytes.elementsEqual($0) }
            }
        case (.literal(let literal), .string(let string)), (.string(let string), .literal(let literal)):
            return literal.withUTF8Buffer { string.utf8.elementsEqual($0) }
        }
    }
}
