extension CSVReader {
    /// The UTF-8 bytes of UTF-16 text that starts with its byte-order mark (`FF FE` little-endian,
    /// `FE FF` big-endian), the mark left out; in linear time. A lone surrogate or an odd last
    /// byte is refused, naming the line (``SheetsError/invalidUTF16(file:row:)``): nothing is
    /// replaced silently.
    public static func utf8(fromUTF16 bytes: [UInt8], fileName: String) throws -> [UInt8] {
        let littleEndian = bytes.starts(with: [0xFF, 0xFE])
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        var line = 1
        func refuse() -> SheetsError { .invalidUTF16(file: fileName, row: line) }
        guard index == bytes.count else {
            line += units.count { $0 == 0x0A }
            throw refuse()
        }
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                UTF8.encode(scalar) { output.append($0) }
            case .emptyInput: break loop
            case .error: throw refuse()
            }
        }
        return output
    }
}
