/// Deterministic UUID-formatted identifiers, so the same plan always exports the same GUIDs and
/// UIDs (apps recognise a session across updates).
enum StableUUID {
    /// A UUID string derived from the text with two FNV-1a 64-bit hashes (version 5 and variant
    /// bits set so validators accept it).
    static func make(_ text: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        var high = fnv(0xcbf2_9ce4_8422_2325)
        var low = fnv(0x8422_2325_cbf2_9ce4)
        high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_5000
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = hexString(high) + hexString(low)
        let characters = Array(hex)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return parts.joined(separator: "-")
    }

    static func hexString(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
