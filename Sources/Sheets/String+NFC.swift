import Foundation

extension String {
    /// The text in Unicode Normalization Form C, without the cost of normalising text that is
    /// already NFC for certain: text whose scalars are all below U+0300 (ASCII, Latin-1, Latin
    /// Extended A and B, spacing modifiers) or precomposed Latin letters of U+1E00–U+1EFF (every
    /// Vietnamese letter with its tone mark) is NFC as it is, since composition only happens
    /// around combining marks and those characters are their own NFC forms.
    var nfc: String {
        var isNFC = true
        for scalar in unicodeScalars where scalar.value >= 0x300 && !(0x1E00...0x1EFF).contains(scalar.value)
        {
            isNFC = false
            break
        }
        return isNFC ? self : precomposedStringWithCanonicalMapping
    }
}
