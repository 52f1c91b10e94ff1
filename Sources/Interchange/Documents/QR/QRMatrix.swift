/// The modules of a QR code symbol while it is built (ISO/IEC 18004 §7.7–7.9): function patterns,
/// data placement, masking and format and version information.
///
/// Modules are stored row by row; `true` is dark.
struct QRMatrix: Sendable {
    /// The version, 1–40.
    let version: Int
    /// Modules per side.
    let size: Int
    /// The modules, row by row.
    private(set) var modules: [Bool]
    /// Whether each module belongs to a function pattern or the format or version information
    /// (never masked, never holding data).
    private(set) var isFunction: [Bool]

    /// An empty symbol of `version` with its function patterns drawn and the format information
    /// reserved.
    init(version: Int) {
        self.version = version
        size = QRVersion.size(version)
        modules = [Bool](repeating: false, count: size * size)
        isFunction = [Bool](repeating: false, count: size * size)
        drawFunctionPatterns()
    }

    /// A finished symbol's modules (row by row) over the function patterns of `version`, to score
    /// it.
    init(version: Int, modules: [Bool]) {
        self.init(version: version)
        if modules.count == self.modules.count { self.modules = modules }
    }

    /// Whether the module at `row`, `column` is dark.
    func isDark(_ row: Int, _ column: Int) -> Bool { modules[row * size + column] }

    /// Sets a module of a function pattern.
    private mutating func setFunction(_ row: Int, _ column: Int, _ dark: Bool) {
        modules[row * size + column] = dark
        isFunction[row * size + column] = true
    }

    /// Timing patterns, finder patterns with separators, alignment patterns, the reserved format
    /// areas (with the dark module) and the version information.
    private mutating func drawFunctionPatterns() {
        for index in 0..<size {
            setFunction(6, index, index % 2 == 0)
            setFunction(index, 6, index % 2 == 0)
        }
        for (row, column) in [(3, 3), (3, size - 4), (size - 4, 3)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(row + dy) && (0..<size).contains(column + dx) {
                    let distance = max(abs(dx), abs(dy))
                    setFunction(row + dy, column + dx, distance != 2 && distance != 4)
                }
            }
        }
        let positions = QRVersion.alignmentPositions(version)
        let last = positions.count - 1
        for (i, row) in positions.enumerated() {
            for (j, column) in positions.enumerated() {
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { setFunction(row + dy, column + dx, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        drawFormat(correction: .medium, mask: 0)
        drawVersion()
    }

    /// The 15 format bits of `correction` and `mask`: 5 data bits, a BCH(15,5) remainder, XOR 0x5412.
    static func formatBits(correction: QRCorrection, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// The 18 version bits of `version`: 6 data bits and a BCH(18,6) remainder.
    static func versionBits(_ version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return version << 12 | remainder
    }

    /// Draws both copies of the format information, and the dark module.
    mutating func drawFormat(correction: QRCorrection, mask: Int) {
        let bits = Self.formatBits(correction: correction, mask: mask)
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { setFunction(index, 8, bit(index)) }
        setFunction(7, 8, bit(6))
        setFunction(8, 8, bit(7))
        setFunction(8, 7, bit(8))
        for index in 9..<15 { setFunction(8, 14 - index, bit(index)) }
        for index in 0..<8 { setFunction(8, size - 1 - index, bit(index)) }
        for index in 8..<15 { setFunction(size - 15 + index, 8, bit(index)) }
        setFunction(size - 8, 8, true)
    }

    /// Draws both copies of the version information (versions 7 and up).
    private mutating func drawVersion() {
        guard version >= 7 else { return }
        let bits = Self.versionBits(version)
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3
            let b = index / 3
            setFunction(b, a, dark)
            setFunction(a, b, dark)
        }
    }

    /// Places the codewords in the two-module-wide zigzag from the bottom right (§7.7.3), skipping
    /// function modules and the vertical timing pattern's column.
    mutating func place(_ codewords: [UInt8]) {
        var bitIndex = 0
        let total = codewords.count * 8
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for vertical in 0..<size {
                let row = upward ? size - 1 - vertical : vertical
                for offset in 0..<2 {
                    let column = right - offset
                    let index = row * size + column
                    guard !isFunction[index], bitIndex < total else { continue }
                    modules[index] = (codewords[bitIndex >> 3] >> (7 - UInt8(bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// Whether data mask `mask` (0–7, §7.8.2 table 10) inverts the module at `row`, `column`.
    static func masks(_ mask: Int, row i: Int, column j: Int) -> Bool {
        switch mask {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }

    /// Inverts the data modules `mask` selects (applying it twice undoes it).
    mutating func apply(mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row * size + column] {
                if Self.masks(mask, row: row, column: column) { modules[row * size + column].toggle() }
            }
        }
    }
}
