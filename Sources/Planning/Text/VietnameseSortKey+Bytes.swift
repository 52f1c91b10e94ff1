extension VietnameseSortKey {
    /// The key as bytes that compare, byte by byte (as `memcmp` and SQLite compare blobs), in the
    /// key's own order up to `strength`: equal bytes exactly when ``compare(_:strength:)`` finds
    /// the keys equal, and the first differing byte decides as the keys do.
    ///
    /// Each level's weights are written in turn, each as the byte 1 and then the weight in
    /// big-endian order (4 bytes for letters and tones, 1 for case, 3 for code points), and each
    /// level ends with the byte 0. A level that is a proper prefix of another thus sorts first,
    /// as in ``compare(_:strength:)``, whatever its weights are.
    public func bytes(strength: VietnameseCollation.Strength = .identical) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(
            5 * primary.count + 5 * secondary.count + 2 * tertiary.count + 4 * identical.count + 4)
        func level(_ weights: [UInt32], width: Int) {
            for weight in weights {
                bytes.append(1)
                for shift in stride(from: 8 * (width - 1), through: 0, by: -8) {
                    bytes.append(UInt8(truncatingIfNeeded: weight >> UInt32(shift)))
                }
            }
            bytes.append(0)
        }
        level(primary, width: 4)
        guard strength != .primary else { return bytes }
        level(secondary, width: 4)
        guard strength != .secondary else { return bytes }
        for weight in tertiary {
            bytes.append(1)
            bytes.append(weight)
        }
        bytes.append(0)
        guard strength != .tertiary else { return bytes }
        level(identical, width: 3)
        return bytes
    }
}
