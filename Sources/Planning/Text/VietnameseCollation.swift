public import Foundation

/// Vietnamese alphabetical order as ICU's standard `vi` collation defines it, without locale data.
///
/// Letters decide first (primary level): a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// with f, j, w, z at their Latin places; ch, nh, ng, th, tr are not single letters. Whitespace sorts
/// before punctuation and symbols, which sort before digits, which sort before letters, so
/// "An Giang" < "Anh" and "Bà Rịa - Vũng Tàu" < "Bà Rịa Vũng Tàu". Tones then break ties word by word
/// (secondary level) in the order none, huyền, hỏi, ngã, sắc, nặng; then case (tertiary level),
/// lowercase first; then the NFC code points, so the order is total and deterministic.
///
/// NFC and NFD input compare identically. The old and new tone placements ("hoà", "hòa") are equal
/// at the primary and secondary levels: the tone belongs to the word, wherever the mark sits. (ICU
/// itself weighs the mark's position, and puts "hoà" before "hòa" at the secondary level; here the
/// code-point tie-break gives the same order between two such spellings.)
public enum VietnameseCollation {
    /// How many levels a comparison looks at.
    public enum Strength: Int, CaseIterable, Codable, Hashable, Sendable {
        /// Letters only: "ha" = "Hà" = "hạ".
        case primary
        /// Letters and tones: "ha" < "hạ", but "Hà" = "hà".
        case secondary
        /// Letters, tones and case: "hà" < "Hà"; "hoà" = "hòa".
        case tertiary
        /// All levels and then the code points: equal only for canonically equivalent strings.
        case identical
    }

    /// Returns the collation key of `s`, to sort many strings without recomputing.
    public static func sortKey(_ s: String) -> VietnameseSortKey {
        VietnameseSortKey(s)
    }

    /// Compares two strings in Vietnamese order, by default totally (`.identical` strength).
    public static func compare(
        _ a: String,
        _ b: String,
        strength: Strength = .identical
    ) -> ComparisonResult {
        sortKey(a).compare(sortKey(b), strength: strength)
    }

    /// Tells whether `a` sorts strictly before `b`; usable directly with `sorted(by:)`.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        compare(a, b) == .orderedAscending
    }
}
