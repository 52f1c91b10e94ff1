/// A QR code symbol (ISO/IEC 18004) of a text, for badges and other documents.
///
/// The whole text is one segment in the densest mode it allows: numeric (digits only),
/// alphanumeric (digits, upper-case letters and ` $%*+-./:`) or byte (its UTF-8). Text beyond
/// ASCII is preceded by the ECI designator 26 (UTF-8, §7.4.2), so that readers do not guess
/// another encoding (ZBar reads Vietnamese without it as Shift JIS). The smallest version (1–40) that holds it at the chosen error-correction
/// level is used, the data is padded, split into blocks with their Reed–Solomon codewords and
/// interleaved, and of the eight data masks the one with the lowest penalty score is kept.
///
/// ```swift
/// let code = try QRCode(text: "dai-bieu-nguyen-van-a")
/// let png = code.png(moduleSize: 4, quietZone: 4)
/// ```
public struct QRCode: Sendable {
    /// The version, 1–40.
    public let version: Int
    /// The error-correction level.
    public let correction: QRCorrection
    /// The data mask used, 0–7.
    let mask: Int
    /// The modules, row by row; `true` is dark.
    let modules: [Bool]

    /// Encodes `text` at `correction`, in the smallest version that holds it.
    ///
    /// - Throws: ``InterchangeError/qrTextTooLong(bytes:limit:)`` when not even version 40 holds it.
    public init(text: String, correction: QRCorrection = .medium) throws(InterchangeError) {
        try self.init(text: text, correction: correction, mask: nil)
    }

    /// Encodes `text` with a given data mask (0–7), or the best one when `mask` is nil; the
    /// standard's worked examples name their mask.
    init(text: String, correction: QRCorrection, mask forcedMask: Int?) throws(InterchangeError) {
        let bytes = Array(text.utf8)
        let (mode, version, eci) = try Self.layout(bytes, correction: correction)
        let data = Self.dataCodewords(
            bytes, mode: mode, version: version, correction: correction, utf8ECI: eci)
        var matrix = QRMatrix(version: version)
        matrix.place(Self.interleaved(data, version: version, correction: correction))
        var best = 0
        if let forcedMask {
            best = forcedMask
        } else {
            var lowest = Int.max
            for candidate in 0..<8 {
                matrix.apply(mask: candidate)
                matrix.drawFormat(correction: correction, mask: candidate)
                let penalty = matrix.penalty
                if penalty < lowest {
                    lowest = penalty
                    best = candidate
                }
                matrix.apply(mask: candidate)
            }
        }
        matrix.apply(mask: best)
        matrix.drawFormat(correction: correction, mask: best)
        self.version = version
        self.correction = correction
        self.mask = best
        self.modules = matrix.modules
    }

    /// The mode of `bytes`, the smallest version that holds them at `correction`, and whether they
    /// need the UTF-8 ECI designator (any byte beyond ASCII).
    ///
    /// - Throws: ``InterchangeError/qrTextTooLong(bytes:limit:)`` when not even version 40 holds them.
    static func layout(
        _ bytes: [UInt8], correction: QRCorrection
    ) throws(InterchangeError) -> (mode: QRMode, version: Int, utf8ECI: Bool) {
        let mode = QRMode.best(for: bytes)
        let eci = bytes.contains { $0 >= 0x80 }
        let extraBits = eci ? 12 : 0
        guard
            let version = QRVersion.range.first(where: {
                QRVersion.capacity($0, correction, mode: mode, extraBits: extraBits) >= bytes.count
            })
        else {
            throw .qrTextTooLong(
                bytes: bytes.count,
                limit: QRVersion.capacity(40, correction, mode: mode, extraBits: extraBits))
        }
        return (mode, version, eci)
    }

    /// Modules per side (21 for version 1, 177 for version 40), without the quiet zone.
    public var size: Int { QRVersion.size(version) }

    /// Whether the module at `row`, `column` (0-based from the top left) is dark; false outside
    /// the symbol.
    public func isDark(row: Int, column: Int) -> Bool {
        guard (0..<size).contains(row), (0..<size).contains(column) else { return false }
        return modules[row * size + column]
    }

    /// The data codewords: the ECI designator 26 when `utf8ECI`, mode indicator, character count,
    /// data, terminator, bit padding and the pad codewords 0xEC 0x11 up to the capacity of
    /// `version` (§7.4.10).
    static func dataCodewords(
        _ bytes: [UInt8], mode: QRMode, version: Int, correction: QRCorrection, utf8ECI: Bool = false
    ) -> [UInt8] {
        let capacity = QRVersion.dataCodewords(version, correction) * 8
        var buffer = QRBitBuffer()
        if utf8ECI {
            buffer.append(0b0111, bits: 4)
            buffer.append(26, bits: 8)
        }
        buffer.append(mode.indicator, bits: 4)
        buffer.append(bytes.count, bits: mode.countBits(version: version))
        mode.append(bytes, to: &buffer)
        buffer.append(0, bits: min(4, capacity - buffer.count))
        buffer.append(0, bits: (8 - buffer.count % 8) % 8)
        var codewords = buffer.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// The data split into blocks (the short ones first), each followed by its error-correction
    /// codewords, then interleaved codeword by codeword (§7.6).
    static func interleaved(_ data: [UInt8], version: Int, correction: QRCorrection) -> [UInt8] {
        let blocks = errorCorrectedBlocks(data, version: version, correction: correction)
        let longest = blocks.map(\.data.count).max() ?? 0
        var result: [UInt8] = []
        for index in 0..<longest {
            for block in blocks where index < block.data.count { result.append(block.data[index]) }
        }
        for index in 0..<(blocks.first?.ecc.count ?? 0) {
            for block in blocks { result.append(block.ecc[index]) }
        }
        return result
    }

    /// The blocks of `data` with their error-correction codewords.
    static func errorCorrectedBlocks(
        _ data: [UInt8], version: Int, correction: QRCorrection
    ) -> [(data: [UInt8], ecc: [UInt8])] {
        let level = correction.tableIndex
        let blockCount = QRVersion.blockCounts[level][version]
        let eccLength = QRVersion.eccCodewordsPerBlock[level][version]
        let total = QRVersion.totalCodewords(version)
        let shortBlocks = blockCount - total % blockCount
        let shortData = total / blockCount - eccLength
        let code = QRReedSolomon(degree: eccLength)
        var blocks: [(data: [UInt8], ecc: [UInt8])] = []
        var start = 0
        for index in 0..<blockCount {
            let length = shortData + (index < shortBlocks ? 0 : 1)
            let slice = data[start..<(start + length)]
            blocks.append((Array(slice), code.remainder(slice)))
            start += length
        }
        return blocks
    }
}
