import Crypto

/// The token of a submission's private link: 32 random bytes from the system's generator, in
/// base64url without padding (43 characters), found again by its SHA-256 digest, which is all the
/// plan file keeps.
struct SubmissionToken: Hashable, Sendable {
    /// The token as it appears in the link.
    let text: String

    /// A new random token.
    static func random() -> SubmissionToken {
        var generator = SystemRandomNumberGenerator()
        return SubmissionToken(
            text: Base64URL.encode((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    }

    /// The token of a link, nil unless it has the form of one (43 base64url characters).
    init?(link text: String) {
        guard text.utf8.count == 43, text.utf8.allSatisfy(Base64URL.isDigit) else { return nil }
        self.text = text
    }

    /// A token.
    private init(text: String) {
        self.text = text
    }

    /// The SHA-256 digest of the token's text, as 64 lowercase hexadecimal digits.
    var digest: String {
        Self.hex(SHA256.hash(data: Array(text.utf8)))
    }

    /// `bytes` as lowercase hexadecimal digits.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var text = ""
        for byte in bytes {
            text.unicodeScalars.append(digits[Int(byte >> 4)])
            text.unicodeScalars.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
