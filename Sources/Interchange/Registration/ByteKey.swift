/// A key text compared and hashed by its UTF-8 bytes.
///
/// Swift hashes and compares a `String` under canonical equivalence: a Vietnamese text is put in
/// NFC on the fly each time, which a national registry's natural keys pay for several times a
/// row. Natural keys are made in NFC (``NaturalKey``, from ``NameKey/exact(_:)`` and normalised
/// cells), so their bytes compare as their texts do.
struct ByteKey: Hashable, Sendable {
    /// The text, in NFC.
    let text: String

    /// The key of a text already in NFC.
    init(_ text: String) {
        self.text = text
    }

    static func == (left: ByteKey, right: ByteKey) -> Bool {
        left.text.utf8.elementsEqual(right.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
