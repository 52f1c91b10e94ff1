import Testing

@testable import Sheets

/// NFC with a fast path: text already NFC is kept, anything else is normalised.
@Suite struct StringNFCTests {
    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func keepsTextThatIsAlreadyNFC() {
        for text in ["", "HTX Nông nghiệp", "Nguyễn Thị Ánh", "Đắk Lắk", "Hòa Bình Đông", "ǅ ʘ ˥"] {
            #expect(scalars(text.nfc) == scalars(text), "\(text)")
        }
    }

    @Test func normalisesDecomposedAndSingletonCharacters() {
        // e + circumflex + dot below → ệ; A + ring above → Å; the Angstrom sign → Å; Ω sign → Ω.
        #expect(scalars("Vie\u{302}\u{323}t".nfc) == scalars("Vi\u{1EC7}t"))
        #expect(scalars("A\u{30A}".nfc) == [0xC5])
        #expect(scalars("\u{212B}".nfc) == [0xC5])
        #expect(scalars("\u{2126}".nfc) == [0x3A9])
        // A precomposed letter followed by a combining mark still gets composed where it can.
        #expect(scalars("\u{1EA1}\u{306}".nfc) == [0x1EB7])
    }
}
