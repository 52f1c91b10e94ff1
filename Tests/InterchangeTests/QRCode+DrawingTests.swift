import Testing

@testable import Interchange

@Suite("QRCode drawing: PNG and SVG")
struct QRCodeDrawingTests {
    /// A PNG's chunks: type and data, in order.
    static func chunks(_ png: [UInt8]) -> [(type: String, data: [UInt8], crc: UInt32)] {
        var result: [(String, [UInt8], UInt32)] = []
        var offset = 8
        func integer(_ at: Int) -> Int {
            png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) }
        }
        while offset + 12 <= png.count {
            let length = integer(offset)
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let data = Array(png[(offset + 8)..<(offset + 8 + length)])
            result.append((type, data, UInt32(integer(offset + 8 + length))))
            offset += 12 + length
        }
        return result
    }

    /// The bytes of a zlib stream made of stored deflate blocks.
    static func inflateStored(_ stream: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var offset = 2
        while offset < stream.count - 4 {
            let final = stream[offset] & 1 == 1
            let length = Int(stream[offset + 1]) | Int(stream[offset + 2]) << 8
            let complement = Int(stream[offset + 3]) | Int(stream[offset + 4]) << 8
            #expect(length ^ complement == 0xFFFF)
            result += stream[(offset + 5)..<(offset + 5 + length)]
            offset += 5 + length
            if final { break }
        }
        return result
    }

    @Test("checksums: CRC-32 and Adler-32 known values")
    func checksums() {
        #expect(MonochromePNG.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(MonochromePNG.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(MonochromePNG.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    }

    @Test("the PNG: signature, IHDR of a 1-bit greyscale picture, checksums, pixels as the modules")
    func png() throws {
        let code = try QRCode(text: "dai-bieu-nguyen-van-a")
        let scale = 3
        let margin = 4
        let png = code.png(moduleSize: scale, quietZone: margin)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let chunks = Self.chunks(png)
        #expect(chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
        for chunk in chunks {
            #expect(MonochromePNG.crc32(Array(chunk.type.utf8) + chunk.data) == chunk.crc)
        }
        let side = (code.size + 2 * margin) * scale
        #expect(
            chunks[0].data == MonochromePNG.bigEndian(UInt32(side)) + MonochromePNG.bigEndian(UInt32(side))
                + [1, 0, 0, 0, 0])
        let stream = chunks[1].data
        let raw = Self.inflateStored(stream)
        #expect(Array(stream.suffix(4)) == MonochromePNG.bigEndian(MonochromePNG.adler32(raw)))
        let rowBytes = (side + 7) / 8
        #expect(raw.count == (rowBytes + 1) * side)
        for y in 0..<side {
            #expect(raw[y * (rowBytes + 1)] == 0)
            for x in 0..<side {
                let byte = raw[y * (rowBytes + 1) + 1 + x / 8]
                let black = (byte >> (7 - UInt8(x % 8))) & 1 == 0
                #expect(black == code.isDark(row: y / scale - margin, column: x / scale - margin))
            }
        }
    }

    @Test("a picture larger than one stored block is split into several")
    func largePicture() throws {
        let code = try QRCode(text: String(repeating: "k", count: 1_000))
        let chunks = Self.chunks(code.png(moduleSize: 8, quietZone: 4))
        let raw = Self.inflateStored(chunks[1].data)
        let side = (code.size + 8) * 8
        #expect(raw.count == ((side + 7) / 8 + 1) * side && raw.count > 65_535)
    }

    @Test("sizes out of range are brought into range")
    func clamped() throws {
        let code = try QRCode(text: "HTX")
        #expect(code.png(moduleSize: 0, quietZone: -3) == code.png(moduleSize: 1, quietZone: 0))
        #expect(code.png(moduleSize: 1_000, quietZone: 99) == code.png(moduleSize: 64, quietZone: 16))
    }

    @Test("the SVG path has one rectangle per run of dark modules, covering exactly the dark modules")
    func svgPath() throws {
        let code = try QRCode(text: "01234567")
        let path = code.svgPath(moduleSize: 2)
        #expect(path.hasPrefix("M0 0h14v2h-14z"))
        var runs = 0
        var dark = 0
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                dark += 1
                if !code.isDark(row: row, column: column - 1) { runs += 1 }
            }
        }
        #expect(path.filter { $0 == "M" }.count == runs)
        let widths = path.split(separator: "h").compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(widths.reduce(0, +) == dark * 2)
        #expect(code.svgPath(moduleSize: 0.5).hasPrefix("M0 0h3.5v0.5h-3.5z"))
        #expect(code.svgPath(moduleSize: .nan) == code.svgPath(moduleSize: 1))
    }
}
