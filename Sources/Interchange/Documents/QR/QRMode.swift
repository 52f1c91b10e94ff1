/// The encoding mode of a QR code's data segment (ISO/IEC 18004 §7.4): the densest one the whole
/// text allows.
enum QRMode: Hashable, Sendable {
    /// Digits 0–9, three per 10 bits.
    case numeric
    /// Digits, upper-case letters and ` $%*+-./:`, two per 11 bits.
    case alphanumeric
    /// Bytes (the text's UTF-8), 8 bits each.
    case byte

    /// The characters of the alphanumeric mode, in code order.
    static let alphanumericCharacters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)

    /// The alphanumeric code of each byte, or nil when the byte is not in the set.
    static let alphanumericCodes: [UInt8: Int] = Dictionary(
        uniqueKeysWithValues: alphanumericCharacters.enumerated().map { ($0.element, $0.offset) })

    /// The densest mode that encodes every byte of `bytes`.
    static func best(for bytes: [UInt8]) -> QRMode {
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .numeric }
        if bytes.allSatisfy({ alphanumericCodes[$0] != nil }) { return .alphanumeric }
        return .byte
    }

    /// The 4-bit mode indicator.
    var indicator: Int {
        switch self {
        case .numeric: 0b0001
        case .alphanumeric: 0b0010
        case .byte: 0b0100
        }
    }

    /// The width of the character count indicator in `version` (§7.4.1, table 3).
    func countBits(version: Int) -> Int {
        let group = version <= 9 ? 0 : (version <= 26 ? 1 : 2)
        switch self {
        case .numeric: return [10, 12, 14][group]
        case .alphanumeric: return [9, 11, 13][group]
        case .byte: return [8, 16, 16][group]
        }
    }

    /// The number of bits the data of `count` characters takes (without indicators).
    func dataBits(count: Int) -> Int {
        switch self {
        case .numeric: count / 3 * 10 + [0, 4, 7][count % 3]
        case .alphanumeric: count / 2 * 11 + (count % 2) * 6
        case .byte: count * 8
        }
    }

    /// Appends the data bits of `bytes` (already checked to fit the mode) to `buffer`.
    func append(_ bytes: [UInt8], to buffer: inout QRBitBuffer) {
        switch self {
        case .numeric:
            var index = 0
            while index < bytes.count {
                let end = min(index + 3, bytes.count)
                let value = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                buffer.append(value, bits: [0, 4, 7, 10][end - index])
                index = end
            }
        case .alphanumeric:
            var index = 0
            while index + 1 < bytes.count {
                let first = Self.alphanumericCodes[bytes[index]] ?? 0
                let second = Self.alphanumericCodes[bytes[index + 1]] ?? 0
                buffer.append(first * 45 + second, bits: 11)
                index += 2
            }
            if index < bytes.count { buffer.append(Self.alphanumericCodes[bytes[index]] ?? 0, bits: 6) }
        case .byte:
            for byte in bytes { buffer.append(Int(byte), bits: 8) }
        }
    }
}
