/// A minimal PNG writer for black-and-white pictures (1-bit greyscale, ISO/IEC 15948): the
/// signature, `IHDR`, one `IDAT` holding a zlib stream of stored (uncompressed) deflate blocks
/// with its Adler-32, and `IEND`, each chunk with its CRC-32. No compression library is needed.
enum MonochromePNG {
    /// The PNG of a `width` × `height` picture whose pixel at (`x`, `y`) is black when
    /// `isBlack(x, y)`.
    static func encode(width: Int, height: Int, isBlack: (Int, Int) -> Bool) -> [UInt8] {
        let rowBytes = (width + 7) / 8
        var raw: [UInt8] = []
        raw.reserveCapacity((rowBytes + 1) * height)
        for y in 0..<height {
            raw.append(0)
            var row = [UInt8](repeating: 0xFF, count: rowBytes)
            for x in 0..<width where isBlack(x, y) { row[x >> 3] &= ~(0x80 >> UInt8(x & 7)) }
            raw += row
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(width))
        header += bigEndian(UInt32(height))
        header += [1, 0, 0, 0, 0]
        var result: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        result += chunk("IHDR", header)
        result += chunk("IDAT", zlibStored(raw))
        result += chunk("IEND", [])
        return result
    }

    /// A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951 §3.2.4) of at most 65,535 bytes.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let length = min(65_535, data.count - start)
            let isLast = start + length == data.count
            result.append(isLast ? 1 : 0)
            result += [UInt8(length & 0xFF), UInt8(length >> 8)]
            result += [UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            result += data[start..<(start + length)]
            start += length
        } while start < data.count
        result += bigEndian(adler32(data))
        return result
    }

    /// A chunk: length, type, data and the CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    /// The CRC-32 of ISO 3309 / ITU-T V.42 (polynomial 0xEDB88320, reflected), as PNG uses it.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// The CRC-32 of each byte value.
    static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The Adler-32 checksum of RFC 1950.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    /// Four bytes, most significant first.
    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
