/// Reed–Solomon error correction over GF(256) with the QR code's polynomial
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D) and generator roots α⁰ … αⁿ⁻¹ (ISO/IEC 18004 §7.5.2).
struct QRReedSolomon: Sendable {
    /// The generator polynomial's coefficients, highest degree first, the leading 1 left out.
    let divisor: [UInt8]

    /// A code adding `degree` error-correction codewords.
    init(degree: Int) {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = Self.multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = Self.multiply(root, 2)
        }
        divisor = result
    }

    /// The error-correction codewords of `data`: the remainder of data·xⁿ divided by the generator.
    func remainder(_ data: some Collection<UInt8>) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result[0]
            result.removeFirst()
            result.append(0)
            for index in result.indices { result[index] ^= Self.multiply(divisor[index], factor) }
        }
        return result
    }

    /// The product of two elements of GF(256) modulo 0x11D (Russian peasant multiplication).
    static func multiply(_ left: UInt8, _ right: UInt8) -> UInt8 {
        var result = 0
        let x = Int(left)
        for bit in stride(from: 7, through: 0, by: -1) {
            result = (result << 1) ^ ((result >> 7) * 0x11D)
            result ^= ((Int(right) >> bit) & 1) * x
        }
        return UInt8(result & 0xFF)
    }
}
