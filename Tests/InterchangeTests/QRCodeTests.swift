import TestSupport
import Testing

@testable import Interchange

@Suite("QRCode: the QR code encoder (ISO/IEC 18004)")
struct QRCodeTests {
    /// The symbol of ISO/IEC 18004:2006 and 2015, annex I (figure I.2): "01234567", version 1-M,
    /// data mask 010; the 2000 edition's annex G shows the same data with mask 011. Both matrices
    /// were checked against segno 1.6.6 (`make_qr("01234567", error="m", mask=…)`).
    static let isoAnnexSymbols: [Int: [String]] = [
        2: [
            "#######..#.##.#######", "#.....#..####.#.....#", "#.###.#.#.....#.###.#",
            "#.###.#.##....#.###.#", "#.###.#.#.###.#.###.#", "#.....#.#...#.#.....#",
            "#######.#.#.#.#######", "........#..##........", "#.#####..#..#.#####..",
            "...#.#.##.#.#..#.##..", "..#...##.#.#.#..#####", "....#....#.....####..",
            "...######..#.#..#....", "........#.#####..##..", "#######..##.#.##.....",
            "#.....#.#.#####...#.#", "#.###.#.#...#..#.##..", "#.###.#.##..#..#.....",
            "#.###.#.#.##.#..#.#..", "#.....#........##.##.", "#######.####.#..#.#..",
        ],
        3: [
            "#######.##.##.#######", "#.....#.#.#...#.....#", "#.###.#..##.#.#.###.#",
            "#.###.#.##....#.###.#", "#.###.#..##...#.###.#", "#.....#..##...#.....#",
            "#######.#.#.#.#######", "........##...........", "#.##.###..#...#..#.##",
            "...#.#.##.#.#..#.##..", "#..#.####...#####..#.", "##.#...#..#.##...#.#.",
            "...######..#.#..#....", "........###..#.#....#", "#######.#....##.#.##.",
            "#.....#.#.#####...#.#", "#.###.#..#.#..#.....#", "#.###.#.#.#..#..#.##.",
            "#.###.#.#.##.#..#.#..", "#.....#..#.##.#.##.##", "#######.#..##..#...#.",
        ],
    ]

    /// The modules of a symbol as `#` (dark) and `.` rows.
    static func rows(_ code: QRCode) -> [String] {
        (0..<code.size).map { row in
            String((0..<code.size).map { code.isDark(row: row, column: $0) ? "#" : "." })
        }
    }

    @Test("the standard's annex example: codewords and the whole matrix, for both editions' masks")
    func isoAnnexExample() throws {
        let data = QRCode.dataCodewords(
            Array("01234567".utf8), mode: .numeric, version: 1, correction: .medium)
        #expect(
            data == [
                0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC,
                0x11,
            ])
        #expect(
            QRReedSolomon(degree: 10).remainder(data)
                == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
        for (mask, expected) in Self.isoAnnexSymbols {
            let code = try QRCode(text: "01234567", correction: .medium, mask: mask)
            #expect(code.version == 1 && code.size == 21)
            #expect(Self.rows(code) == expected, "mask \(mask)")
        }
    }

    @Test("Reed–Solomon: a known block, and every codeword is a multiple of the generator")
    func reedSolomon() {
        // "HELLO WORLD" as version 1-M (16 data codewords, 10 error-correction codewords).
        let block: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(QRReedSolomon(degree: 10).remainder(block) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
        var random = TestRandom(seed: 15)
        for degree in [7, 10, 13, 17, 22, 28, 30] {
            let data = (0..<(20 + degree)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let codeword = data + QRReedSolomon(degree: degree).remainder(data)
            var root: UInt8 = 1
            for _ in 0..<degree {
                let value = codeword.reduce(UInt8(0)) { QRReedSolomon.multiply($0, root) ^ $1 }
                #expect(value == 0, "degree \(degree)")
                root = QRReedSolomon.multiply(root, 2)
            }
        }
        #expect(QRReedSolomon.multiply(0x80, 2) == 0x1D)
        var power: UInt8 = 1
        for _ in 0..<255 { power = QRReedSolomon.multiply(power, 2) }
        #expect(power == 1)
    }

    @Test("format and version information: the standard's table values, both copies in the symbol")
    func formatAndVersionBits() throws {
        let format: [(QRCorrection, Int, Int)] = [
            (.low, 0, 0b1110111_11000100), (.medium, 0, 0b1010100_00010010),
            (.quartile, 0, 0b0110101_01011111), (.high, 0, 0b0010110_10001001),
            (.medium, 5, 0b1000000_11001110), (.low, 7, 0b1101001_01110110),
            (.high, 7, 0b0001000_00111011),
        ]
        for (correction, mask, bits) in format {
            #expect(QRMatrix.formatBits(correction: correction, mask: mask) == bits, "\(correction) \(mask)")
        }
        #expect(QRMatrix.versionBits(7) == 0x07C94)
        #expect(QRMatrix.versionBits(21) == 0x15683)
        #expect(QRMatrix.versionBits(40) == 0x28C69)
        for correction in QRCorrection.allCases {
            let code = try QRCode(text: String(repeating: "fair-plan ", count: 20), correction: correction)
            let expected = QRMatrix.formatBits(correction: correction, mask: code.mask)
            let size = code.size
            var first = 0
            var second = 0
            let around: [(Int, Int)] =
                (0...5).map { ($0, 8) } + [(7, 8), (8, 8), (8, 7)] + (9..<15).map { (8, 14 - $0) }
            for (index, (row, column)) in around.enumerated() where code.isDark(row: row, column: column) {
                first |= 1 << index
            }
            let split: [(Int, Int)] =
                (0..<8).map { (8, size - 1 - $0) } + (8..<15).map { (size - 15 + $0, 8) }
            for (index, (row, column)) in split.enumerated() where code.isDark(row: row, column: column) {
                second |= 1 << index
            }
            #expect(first == expected && second == expected, "\(correction)")
            #expect(code.isDark(row: size - 8, column: 8))
            let version = QRMatrix.versionBits(code.version)
            for index in 0..<18 {
                let dark = (version >> index) & 1 == 1
                #expect(code.isDark(row: index / 3, column: size - 11 + index % 3) == dark)
                #expect(code.isDark(row: size - 11 + index % 3, column: index / 3) == dark)
            }
        }
    }

    @Test("capacities match the standard's table 7")
    func capacities() {
        let table: [(Int, QRCorrection, QRMode, Int)] = [
            (1, .low, .numeric, 41), (1, .medium, .alphanumeric, 20), (1, .quartile, .byte, 11),
            (1, .high, .numeric, 17), (1, .high, .byte, 7), (2, .medium, .byte, 26), (7, .low, .byte, 154),
            (9, .medium, .alphanumeric, 262), (10, .medium, .numeric, 513), (10, .medium, .byte, 213),
            (26, .quartile, .byte, 751), (27, .low, .byte, 1465), (40, .low, .numeric, 7089),
            (40, .low, .alphanumeric, 4296), (40, .low, .byte, 2953), (40, .medium, .byte, 2331),
            (40, .quartile, .byte, 1663), (40, .high, .byte, 1273), (40, .high, .numeric, 3057),
        ]
        for (version, correction, mode, capacity) in table {
            #expect(
                QRVersion.capacity(version, correction, mode: mode) == capacity,
                "\(version) \(correction) \(mode)")
        }
        #expect(QRVersion.totalCodewords(1) == 26 && QRVersion.totalCodewords(40) == 3706)
        #expect(QRVersion.alignmentPositions(1).isEmpty)
        #expect(QRVersion.alignmentPositions(7) == [6, 22, 38])
        #expect(QRVersion.alignmentPositions(32) == [6, 34, 60, 86, 112, 138])
        #expect(QRVersion.alignmentPositions(40) == [6, 30, 58, 86, 114, 142, 170])
    }

    @Test("the densest mode the text allows, and the smallest version at each capacity boundary")
    func modeAndVersion() throws {
        #expect(QRMode.best(for: Array("0305100001".utf8)) == .numeric)
        #expect(QRMode.best(for: Array("HTX-0305100001 $%*+./:".utf8)) == .alphanumeric)
        #expect(QRMode.best(for: Array("dai-bieu-nguyen-van-a".utf8)) == .byte)
        #expect(QRMode.best(for: Array("Hà Nội".utf8)) == .byte)
        let samples: [(QRMode, Character)] = [(.numeric, "7"), (.alphanumeric, "K"), (.byte, "k")]
        for correction in QRCorrection.allCases {
            for (mode, character) in samples {
                for version in 1...39 {
                    let capacity = QRVersion.capacity(version, correction, mode: mode)
                    let fits = try QRCode.layout(
                        Array(String(repeating: character, count: capacity).utf8), correction: correction)
                    #expect(fits.mode == mode && fits.version == version, "\(correction) \(mode) \(version)")
                    let over = try QRCode.layout(
                        Array(String(repeating: character, count: capacity + 1).utf8), correction: correction)
                    #expect(over.version == version + 1, "\(correction) \(mode) \(version)+1")
                }
                // A whole symbol at the boundary between the small and middle count widths.
                let capacity = QRVersion.capacity(9, correction, mode: mode)
                let symbol = try QRCode(
                    text: String(repeating: character, count: capacity + 1), correction: correction)
                #expect(symbol.version == 10 && symbol.size == 57)
            }
        }
        // A Vietnamese letter takes three bytes of UTF-8 in byte mode, after the 12 bits of the
        // UTF-8 ECI designator: 13 bytes fit in version 1-M.
        #expect(try QRCode(text: String(repeating: "ễ", count: 4) + "a").version == 1)
        #expect(try QRCode(text: String(repeating: "ễ", count: 4) + "ab").version == 2)
        let header = QRCode.dataCodewords(
            Array("Hà".utf8), mode: .byte, version: 1, correction: .medium, utf8ECI: true)
        // 0111 00011010 (ECI 26), 0100 (byte mode), 00000011 (three bytes), then 'H' = 0x48.
        #expect(Array(header.prefix(5)) == [0b0111_0001, 0b1010_0100, 0b0000_0011, 0x48, 0xC3])
    }

    @Test("text too long for version 40 is a typed error naming the limit")
    func tooLong() throws {
        #expect(try QRCode(text: String(repeating: "k", count: 2_331)).version == 40)
        #expect(throws: InterchangeError.qrTextTooLong(bytes: 2_332, limit: 2_331)) {
            try QRCode(text: String(repeating: "k", count: 2_332))
        }
        #expect(throws: InterchangeError.qrTextTooLong(bytes: 7_090, limit: 7_089)) {
            try QRCode(text: String(repeating: "1", count: 7_090), correction: .low)
        }
        #expect(throws: InterchangeError.qrTextTooLong(bytes: 1_275, limit: 1_272)) {
            try QRCode(text: String(repeating: "ễ", count: 425), correction: .high)
        }
    }

    @Test("function patterns: finders with separators, timing, alignment; nothing outside the symbol")
    func functionPatterns() throws {
        let code = try QRCode(text: String(repeating: "dai-bieu ", count: 30))
        let size = code.size
        #expect(size == 17 + 4 * code.version && code.version >= 7)
        for (top, left) in [(0, 0), (0, size - 7), (size - 7, 0)] {
            for row in -1...7 {
                for column in -1...7 {
                    let distance = max(abs(row - 3), abs(column - 3))
                    #expect(
                        code.isDark(row: top + row, column: left + column)
                            == (distance != 2 && distance <= 3))
                }
            }
        }
        for index in 8..<(size - 8) {
            #expect(code.isDark(row: 6, column: index) == (index % 2 == 0))
            #expect(code.isDark(row: index, column: 6) == (index % 2 == 0))
        }
        let last = QRVersion.alignmentPositions(code.version).last ?? 0
        #expect(code.isDark(row: last, column: last) && !code.isDark(row: last - 1, column: last))
        #expect(code.isDark(row: last - 2, column: last + 2))
        #expect(!code.isDark(row: -1, column: 0) && !code.isDark(row: 0, column: size))
    }

    @Test("the mask kept has the lowest penalty of the eight")
    func maskChoice() throws {
        for text in [
            "01234567", "HELLO WORLD", "dai-bieu-nguyen-van-a", "Hợp tác xã Tân Hòa, tỉnh Đồng Tháp",
        ] {
            let code = try QRCode(text: text)
            let penalties = try (0..<8).map { mask in
                let forced = try QRCode(text: text, correction: .medium, mask: mask)
                return QRMatrix(version: forced.version, modules: forced.modules).penalty
            }
            #expect(penalties[code.mask] == penalties.min(), "\(text): \(penalties)")
        }
    }
}
