import Foundation
import Testing

@testable import Sheets

@Suite("ColumnWidth: widths of Vietnamese text")
struct ColumnWidthTests {
    @Test("the table of Latin base letters gives each scalar's canonical decomposition's first scalar")
    func latinBases() {
        var checked = 0
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
                .first!
            let expected = scalar == "đ" ? "d" : scalar == "Đ" ? "D" : Character(decomposed)
            #expect(ColumnWidth.baseLetter(scalar) == expected, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked == 400 + 256)
        #expect(ColumnWidth.baseLetter("ế") == "e")
        #expect(ColumnWidth.baseLetter("Ư") == "U")
        #expect(ColumnWidth.baseLetter("Ω") == "Ω")
    }

    @Test("letters are as wide as their base letter; marks take no room; narrow, wide and CJK apart")
    func widths() {
        #expect(ColumnWidth.centimetres(of: "Ấp Đông") == ColumnWidth.centimetres(of: "Ap Dong"))
        #expect(ColumnWidth.centimetres(of: "Hoa\u{300}") == ColumnWidth.centimetres(of: "Hoa"))
        #expect(ColumnWidth.width(of: "i") == 0.11)
        #expect(ColumnWidth.width(of: "ỉ") == 0.11)
        #expect(ColumnWidth.width(of: "m") == 0.3)
        #expect(ColumnWidth.width(of: "W") == 0.34)
        #expect(ColumnWidth.width(of: "Ế") == 0.25)
        #expect(ColumnWidth.width(of: "7") == 0.2)
        #expect(ColumnWidth.width(of: "中") == 0.37)
        #expect(ColumnWidth.width(of: "ß") == 0.19)
        #expect(ColumnWidth.centimetres(of: "ab\nabcd") == ColumnWidth.centimetres(of: "abcd"))
    }
}
