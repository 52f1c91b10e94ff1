import Foundation

/// Canonical decomposition (NFD) of text written in Latin letters, Vietnamese included, without
/// Foundation: each precomposed letter of Latin-1, Latin Extended-A and B and Latin Extended
/// Additional (U+00C0–U+024F, U+1E00–U+1EFF) is replaced by its decomposition, read from a table
/// made once from Foundation's own decomposition of those letters.
///
/// Text that holds a combining mark already, or any other character of U+00C0 and above, is left
/// to Foundation (nil): only then could canonical reordering of marks matter. For the rest the
/// result equals Foundation's NFD, and costs a table look-up per character instead of a bridge to
/// `NSString` (names are decomposed for every search key, tens of thousands per import).
enum LatinDecomposition {
    /// The decomposition of each scalar of the two ranges (the scalar itself when it has none).
    private static let table: [Unicode.Scalar: [Unicode.Scalar]] = {
        var table: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = Array(
                String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars)
            if decomposed != [scalar] { table[scalar] = decomposed }
        }
        return table
    }()

    /// The precomposed letter of each full decomposition in ``table`` whose composition gives the
    /// letter back (checked with Foundation when the table is made).
    private static let compositions: [[Unicode.Scalar]: Unicode.Scalar] = {
        var compositions: [[Unicode.Scalar]: Unicode.Scalar] = [:]
        for (letter, parts) in table {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: parts)
            if Array(String(text).precomposedStringWithCanonicalMapping.unicodeScalars) == [letter] {
                compositions[parts] = letter
            }
        }
        return compositions
    }()

    /// Whether `value` is in one of the two ranges the table covers.
    private static func covers(_ value: UInt32) -> Bool {
        (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value)
    }

    /// The NFC of `text`, or nil when Foundation must compose it: every character followed by
    /// combining marks (U+0300–U+036F) must form, with them, the full decomposition of one letter
    /// of the table, and every other character must be one NFC leaves as it is (below U+0300,
    /// U+1E00–U+1EFF, or private use).
    static func composed(_ text: String) -> String? {
        var result = ScalarBuffer(capacity: text.utf8.count)
        var cluster: [Unicode.Scalar] = []
        func flush() -> Bool {
            if cluster.count == 1 {
                result.append(cluster[0])
            } else if !cluster.isEmpty {
                guard let letter = compositions[cluster] else { return false }
                result.append(letter)
            }
            cluster.removeAll(keepingCapacity: true)
            return true
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) {
                guard !cluster.isEmpty else { return nil }
                cluster.append(scalar)
                continue
            }
            guard value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0xE000...0xF8FF).contains(value)
            else { return nil }
            guard flush() else { return nil }
            cluster.append(scalar)
        }
        guard flush() else { return nil }
        return result.string
    }

    /// The NFD of `text`, or nil when the text is not only ASCII and the covered letters.
    static func decomposed(_ text: String) -> String? {
        var result = ScalarBuffer(capacity: text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0xC0 {
                result.append(scalar)
            } else if covers(value) {
                if let parts = table[scalar] {
                    for part in parts { result.append(part) }
                } else {
                    result.append(scalar)
                }
            } else {
                return nil
            }
        }
        return result.string
    }
}
