/// A little-endian byte builder for ZIP headers.
struct ZipWriterBytes {
    /// The bytes built so far.
    private(set) var bytes: [UInt8] = []

    /// Appends a 16-bit value.
    mutating func u16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xff))
        bytes.append(UInt8(value >> 8))
    }

    /// Appends a 32-bit value.
    mutating func u32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) {
            bytes.append(UInt8((value >> UInt32(shift)) & 0xff))
        }
    }

    /// Appends raw bytes.
    mutating func append(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }
}
