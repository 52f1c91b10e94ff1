import Foundation
import Planning
import Testing

@testable import Store

@Suite("ProvinceJSONMemo: a batch's provinces encoded once")
struct ProvinceJSONMemoTests {
    @Test("each reference gets the JSON encoding it gives, byte for byte, however often it comes")
    func sameAsEncoding() throws {
        // Spellings of one province share its code; each keeps its own JSON.
        let written = ["TP. Cần Thơ", "Cần Thơ", "Hà Nội", "Tỉnh không có", "Thừa Thiên Huế"]
        let composed = written.map { ProvinceReference($0) }
        // The same references with their text decomposed (NFD), as a file read back may hold them:
        // Swift compares them equal to the composed ones, their bytes differ.
        let decomposed = try composed.map { province in
            let json = try JSONColumn.encode(province)
            let nfd = json.replacingOccurrences(
                of: province.written, with: province.written.decomposedStringWithCanonicalMapping)
            return try JSONDecoder().decode(ProvinceReference.self, from: Data(nfd.utf8))
        }
        #expect(decomposed[0] == composed[0])
        #expect(
            try Array(JSONColumn.encode(decomposed[0]).utf8) != Array(JSONColumn.encode(composed[0]).utf8))
        let provinces = composed + decomposed + composed
        var memo = ProvinceJSONMemo()
        for province in provinces {
            // Compared by bytes: String equality would take NFC and NFD for the same.
            #expect(
                try Array(memo.json(province).utf8) == Array(JSONColumn.encode(province).utf8),
                "\(province.written)")
        }
    }
}
