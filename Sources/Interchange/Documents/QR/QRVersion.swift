/// The sizes of each QR code version (1–40) from ISO/IEC 18004 (§6.4, tables 1 and 9): modules,
/// codewords, error-correction blocks and alignment patterns.
enum QRVersion {
    /// The versions of the standard.
    static let range = 1...40

    /// Error-correction codewords per block, by level (L, M, Q, H) and version (index 0 unused).
    static let eccCodewordsPerBlock: [[Int]] = [
        [
            0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30,
            26,
            28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
        [
            0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
        ],
        [
            0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30,
            30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
        [
            0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
    ]

    /// Error-correction blocks, by level (L, M, Q, H) and version (index 0 unused).
    static let blockCounts: [[Int]] = [
        [
            0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14,
            15,
            16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
        ],
        [
            0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25,
            26,
            28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
        ],
        [
            0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34,
            34,
            35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
        ],
        [
            0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37,
            40,
            42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
        ],
    ]

    /// Modules per side: 21 for version 1, 4 more per version.
    static func size(_ version: Int) -> Int { 17 + 4 * version }

    /// The modules left for data and error correction once the function patterns and the format
    /// and version information are placed (remainder bits included).
    static func rawDataModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    /// All codewords of the symbol (data and error correction).
    static func totalCodewords(_ version: Int) -> Int { rawDataModules(version) / 8 }

    /// The data codewords of `version` at `correction`.
    static func dataCodewords(_ version: Int, _ correction: QRCorrection) -> Int {
        let level = correction.tableIndex
        return totalCodewords(version) - eccCodewordsPerBlock[level][version] * blockCounts[level][version]
    }

    /// The centres of the alignment patterns along each axis (§6.3.6, annex E), ascending.
    static func alignmentPositions(_ version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        var result: [Int] = []
        var position = size(version) - 7
        for _ in 0..<(count - 1) {
            result.insert(position, at: 0)
            position -= step
        }
        return [6] + result
    }

    /// The characters of `mode` that fit in `version` at `correction` (the capacity table 7), after
    /// `extraBits` of header (an ECI designator).
    static func capacity(_ version: Int, _ correction: QRCorrection, mode: QRMode, extraBits: Int = 0) -> Int
    {
        let available =
            dataCodewords(version, correction) * 8 - 4 - mode.countBits(version: version) - extraBits
        var low = 0
        var high = (1 << mode.countBits(version: version)) - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if mode.dataBits(count: middle) <= available { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
