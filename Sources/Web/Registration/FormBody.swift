import Planning

/// The fields of an `application/x-www-form-urlencoded` body, read with limits: at most
/// ``fieldLimit`` fields, each name at most 100 bytes and each value at most ``valueLimit``
/// characters; `+` is a space and `%XX` a byte; text that is not UTF-8 is refused. A field given
/// twice keeps its last value.
struct FormBody: Sendable {
    /// The most fields a form may send.
    static let fieldLimit = 2_000

    /// The longest value taken, in characters: the longest text FairPlan stores
    /// (``Limits/maximumTextLength``), as the «request not readable» page says. Counted in
    /// characters, not bytes: a Vietnamese letter takes two or three bytes.
    static let valueLimit = Limits.maximumTextLength

    /// The values, by field name.
    let values: [String: String]

    /// The body's fields, nil when it is not a well-formed form body within the limits.
    init?(_ bytes: some Collection<UInt8>) {
        var values: [String: String] = [:]
        var count = 0
        for pair in bytes.split(separator: 0x26, omittingEmptySubsequences: true) {
            count += 1
            guard count <= Self.fieldLimit else { return nil }
            let parts = pair.split(separator: 0x3D, maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty, name.utf8.count <= 100,
                let value = parts.count > 1 ? Self.decode(parts[1]) : "", value.count <= Self.valueLimit
            else { return nil }
            values[name] = value
        }
        self.values = values
    }

    /// The value of `name`, nil when absent.
    subscript(_ name: String) -> String? { values[name] }

    /// Percent-decoded text, nil when an escape is malformed or the bytes are not UTF-8.
    static func decode(_ bytes: some Collection<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0x2B: output.append(0x20)
            case 0x25:
                guard let high = iterator.next().flatMap(hexValue),
                    let low = iterator.next().flatMap(hexValue)
                else { return nil }
                output.append(high << 4 | low)
            default: output.append(byte)
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    /// The value of a hexadecimal digit.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
