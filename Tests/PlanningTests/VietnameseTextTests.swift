import Foundation
import Planning
import Testing

@Suite("VietnameseText")
struct VietnameseTextTests {
    @Test("normalized: NFC, trimmed, single spaces")
    func normalized() {
        #expect(VietnameseText.normalized("  Nguyễn \t Văn\n\nAn  ") == "Nguyễn Văn An")
        let decomposed = "Thanh Hoá".decomposedStringWithCanonicalMapping
        #expect(
            VietnameseText.normalized(decomposed).unicodeScalars.elementsEqual("Thanh Hoá".unicodeScalars))
        #expect(VietnameseText.normalized("Hà\u{00A0}Nội") == "Hà Nội")
        #expect(VietnameseText.normalized("\u{FEFF}Huế\u{200B}") == "Huế")
        #expect(VietnameseText.normalized("   ") == "")
    }

    @Test("normalized keeps old and new tone placement as written")
    func normalizedKeepsTonePlacement() {
        #expect(VietnameseText.normalized("Hoà Bình") == "Hoà Bình")
        #expect(VietnameseText.normalized("Hòa Bình") == "Hòa Bình")
        #expect(VietnameseText.normalized("Hoà Bình") != VietnameseText.normalized("Hòa Bình"))
    }

    @Test("searchKey removes diacritics, case and punctuation")
    func searchKey() {
        #expect(VietnameseText.searchKey("Đắk Lắk") == "dak lak")
        #expect(VietnameseText.searchKey("TP. Hồ Chí Minh") == "tp ho chi minh")
        #expect(VietnameseText.searchKey("Tp.Hồ  Chí Minh") == "tp ho chi minh")
        #expect(VietnameseText.searchKey("Bà Rịa - Vũng Tàu") == "ba ria vung tau")
        #expect(VietnameseText.searchKey("ƯỚC, ƠN, ÂN, Ăn, ÊM, ÔNG") == "uoc on an an em ong")
        #expect(VietnameseText.searchKey("Rau, củ, quả, hạt tươi") == "rau cu qua hat tuoi")
        #expect(VietnameseText.searchKey("2919/QĐ-UBND") == "2919 qd ubnd")
    }

    @Test("searchKey is the same for NFC, NFD and both tone placements")
    func searchKeyVariants() {
        let variants = [
            "Hoà Bình", "Hòa Bình", "hoa binh", "HOÀ BÌNH", "Hoà Bình".decomposedStringWithCanonicalMapping,
        ]
        #expect(Set(variants.map(VietnameseText.searchKey)) == ["hoa binh"])
    }

    @Test("searchKey treats Hà and Hạ alike (search only, never sort)")
    func searchKeyIgnoresTones() {
        #expect(VietnameseText.searchKey("Hà") == VietnameseText.searchKey("Hạ"))
        #expect(VietnameseCollation.compare("Hà", "Hạ") != .orderedSame)
    }
}
