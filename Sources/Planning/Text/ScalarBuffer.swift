/// Text built one Unicode scalar at a time, kept as UTF-8 bytes until it is done.
///
/// Appending to a `String.UnicodeScalarView` re-examines the string's storage on every scalar;
/// the text functions (normalising, search keys, name keys) append every scalar of every name of
/// a registry, so they build into bytes and make the string once.
struct ScalarBuffer {
    /// The UTF-8 bytes so far.
    private var bytes: [UInt8] = []

    /// An empty buffer with room for about `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Whether nothing has been appended.
    var isEmpty: Bool { bytes.isEmpty }

    /// Appends `scalar`.
    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Appends the lowercase form of `scalar`; ASCII letters and scalars that have no lowercase
    /// form skip the Unicode tables.
    mutating func appendLowercased(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            let value = UInt8(truncatingIfNeeded: scalar.value)
            bytes.append((65...90).contains(value) ? value + 32 : value)
            return
        }
        let properties = scalar.properties
        guard properties.changesWhenLowercased else {
            append(scalar)
            return
        }
        for lower in properties.lowercaseMapping.unicodeScalars {
            append(lower)
        }
    }

    /// Empties the buffer, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// The text.
    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
