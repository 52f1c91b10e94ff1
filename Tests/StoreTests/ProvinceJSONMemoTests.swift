import Foundation
import Planning
import Testing

@testable import Store

@Suite("ProvinceJSONMemo: a batch's provinces encoded once")
struct ProvinceJSONMemoTests {
    @Test("each reference gets the JSON encoding it gives, byte for byte, however often it comes")
    func sameAsEncoding() throws {
        let written = ["TP. Cần Thơ", "Cần Thơ", "Hà Nội", "Tỉnh không có", "Thừa Thiên Huế"]
        // The same names decomposed (NFD): Swift compares them equal, their bytes differ.
        let decomposed = written.map { $0.decomposedStringWithCanonicalMapping }
        let provinces = (written + decomposed + written).map { ProvinceReference($0) }
        var memo = ProvinceJSONMemo()
        for province in provinces {
            #expect(try memo.json(province) == JSONColumn.encode(province), "\(province.written)")
        }
    }
}
