public import Foundation

extension PersonName: Comparable {
    /// Compares two names for an alphabetical list: given name, then family name, then middle names.
    ///
    /// Each part is compared with ``VietnameseCollation`` (letters, then tones, then case). Returns
    /// `.orderedSame` when all three parts collate equal, even if they are spelt differently (for
    /// example "Hoà" and "Hòa"), so that the caller can break the tie, usually by date of birth.
    public static func compareForList(_ a: PersonName, _ b: PersonName) -> ComparisonResult {
        for (x, y) in [(a.given, b.given), (a.family, b.family), (a.middle, b.middle)] {
            let order = VietnameseCollation.compare(x, y, strength: .tertiary)
            if order != .orderedSame {
                return order
            }
        }
        return .orderedSame
    }

    /// Tells whether `lhs` comes before `rhs` in an alphabetical list; a total order.
    ///
    /// Uses ``compareForList(_:_:)`` and, when that finds the names equal, the code points of the
    /// given, family and middle names, so that distinct names never compare equal.
    public static func < (lhs: PersonName, rhs: PersonName) -> Bool {
        let order = compareForList(lhs, rhs)
        if order != .orderedSame {
            return order == .orderedAscending
        }
        for (x, y) in [(lhs.given, rhs.given), (lhs.family, rhs.family), (lhs.middle, rhs.middle)] {
            let tieBreak = VietnameseCollation.compare(x, y)
            if tieBreak != .orderedSame {
                return tieBreak == .orderedAscending
            }
        }
        return false
    }
}
