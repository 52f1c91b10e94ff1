import Foundation
import Testing

@testable import Interchange

@Suite("ByteKey: natural keys compared by their bytes")
struct ByteKeyTests {
    @Test("equal bytes are one key; a decomposed spelling is another, though Swift calls them equal")
    func bytes() {
        let composed = "hợp tác xã tân hòa\u{0}40"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(composed == decomposed)
        #expect(ByteKey(composed) == ByteKey(String(decoding: Array(composed.utf8), as: UTF8.self)))
        #expect(ByteKey(composed) != ByteKey(decomposed))
        var keys: Set<ByteKey> = [ByteKey(composed)]
        #expect(!keys.insert(ByteKey("hợp tác xã tân hòa\u{0}40")).inserted)
        #expect(keys.insert(ByteKey(decomposed)).inserted)
        #expect(keys.insert(ByteKey("hợp tác xã tân hoà\u{0}40")).inserted)
    }
}
