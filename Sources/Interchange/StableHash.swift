/// A hash that is the same on every machine and every run (unlike Swift's `Hasher`, seeded per
/// process), for what must not change between exports: a party's colour, a frab event's number.
enum StableHash {
    /// FNV-1a, 64 bits, of the UTF-8 bytes of `text`.
    static func fnv1a(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        return value
    }
}
