import Foundation
import Planning
import Testing

/// Issue 12: text is handled in time linear in its length. A 200 KB organisation name took 8.9 s
/// to check and a 1 MB name ran past 60 s (backtrace in `VietnameseText.searchKey`): Foundation's
/// normalisation and appending a whole string to a scalar view are both quadratic on long text.
@Suite("VietnameseText: linear time on long text (issue 12)")
struct VietnameseTextLinearTimeTests {
    /// A name of about `bytes` bytes of UTF-8, with tones, written decomposed (NFD) when asked.
    static func longName(bytes: Int, decomposed: Bool = false) -> String {
        let unit = "Hợp tác xã Nông nghiệp Dịch vụ Tân Hòa Đắk Lắk "
        let text = String(repeating: unit, count: max(1, bytes / unit.utf8.count))
        return decomposed ? text.decomposedStringWithCanonicalMapping : text
    }

    /// The shortest of three runs of `body`, in seconds (the least disturbed by other work).
    static func seconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            body()
            let elapsed = ContinuousClock.now - start
            best = min(
                best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    /// Whether `work` on text 8 times longer takes far less than the 64 times quadratic work
    /// would: a complexity check, not a speed measurement (speed is `fairplan-bench`'s).
    static func growsLinearly(_ name: String, small: String, large: String, _ work: (String) -> Void) {
        work(small)
        let smallTime = seconds { work(small) }
        let largeTime = seconds { work(large) }
        #expect(largeTime < smallTime * 24 + 0.05, "\(name): \(smallTime) s, then \(largeTime) s")
    }

    @Test("a 1 MB name: searchKey, normalized, NameKey and the sort key give the keys of its words")
    func oneMegabyteName() {
        for decomposed in [false, true] {
            let name = Self.longName(bytes: 1_000_000, decomposed: decomposed)
            #expect(
                VietnameseText.searchKey(name).hasPrefix("hop tac xa nong nghiep dich vu tan hoa dak lak hop")
            )
            #expect(VietnameseText.normalized(name).hasPrefix("Hợp tác xã Nông nghiệp"))
            #expect(NameKey.exact(name) == NameKey.exact(VietnameseText.normalized(name)))
            #expect(NameKey.folded(name) == NameKey.folded(VietnameseText.normalized(name)))
            #expect(VietnameseCollation.sortKey(name) > VietnameseCollation.sortKey("Hợp tác xã"))
        }
    }

    @Test(
        "each text function grows linearly: 8 times the text takes far less than 64 times as long",
        arguments: [false, true])
    func growsLinearly(oneWord: Bool) {
        let small =
            oneWord
            ? String(repeating: "Hòa", count: 30_000).decomposedStringWithCanonicalMapping
            : Self.longName(bytes: 100_000, decomposed: true)
        let large =
            oneWord
            ? String(repeating: "Hòa", count: 240_000).decomposedStringWithCanonicalMapping
            : Self.longName(bytes: 800_000, decomposed: true)
        Self.growsLinearly("searchKey", small: small, large: large) { _ = VietnameseText.searchKey($0) }
        Self.growsLinearly("normalized", small: small, large: large) { _ = VietnameseText.normalized($0) }
        Self.growsLinearly("NameKey.exact", small: small, large: large) { _ = NameKey.exact($0) }
        Self.growsLinearly("NameKey.folded", small: small, large: large) { _ = NameKey.folded($0) }
        Self.growsLinearly("sortKey", small: small, large: large) { _ = VietnameseCollation.sortKey($0) }
    }

    @Test("long text cut into pieces normalises exactly as a whole: NFC, NFD, keys")
    func piecesGiveTheSameResult() {
        let pieces = [
            "Hợp tác xã", "Thuý", "Hoà", "ǅ", "Ωμέγα", "Ĳ", "가각", "に゙", "\u{0301}\u{0323}",
            "e\u{0301}\u{0323}",
            "한국어", "Ｈｏａ", "ﬁ", "Ⅻ",
        ]
        let text = (0..<3_000).map { pieces[$0 % pieces.count] }.joined(separator: " ")
        let short = (0..<40).map { pieces[$0 % pieces.count] }.joined(separator: " ")
        // The normalised text is the piecewise one of the whole; spot-check against short text.
        #expect(VietnameseText.normalized(text).hasPrefix(VietnameseText.normalized(short)))
        #expect(VietnameseText.searchKey(text).hasPrefix(VietnameseText.searchKey(short)))
        #expect(
            Array(VietnameseText.normalized(text).unicodeScalars)
                == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("keys of ordinary names are unchanged")
    func ordinaryNames() {
        #expect(VietnameseText.searchKey("TP. Hồ Chí Minh") == "tp ho chi minh")
        #expect(VietnameseText.searchKey("ĐẮK LẮK") == "dak lak")
        #expect(NameKey.exact("Hợp tác xã Tân Hòa") == NameKey.exact("HTX Tân Hoà"))
        #expect(NameKey.exact("Hợp tác xã Tân Hòa") != NameKey.exact("HTX Tấn Hòa"))
        #expect(NameKey.folded("Hợp tác xã Tân Hòa") == NameKey.folded("htx tan hoa"))
    }
}
