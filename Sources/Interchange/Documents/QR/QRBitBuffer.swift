/// A growing sequence of bits, most significant first, packed into codewords at the end.
struct QRBitBuffer: Sendable {
    /// The bits, one per element.
    private(set) var bits: [Bool] = []

    /// The number of bits.
    var count: Int { bits.count }

    /// Appends the `bits` low bits of `value`, most significant first.
    mutating func append(_ value: Int, bits width: Int) {
        for shift in stride(from: width - 1, through: 0, by: -1) {
            bits.append((value >> shift) & 1 == 1)
        }
    }

    /// The bits as bytes (the last one padded with zero bits).
    var bytes: [UInt8] {
        var result = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (index, bit) in bits.enumerated() where bit {
            result[index >> 3] |= 0x80 >> UInt8(index & 7)
        }
        return result
    }
}
