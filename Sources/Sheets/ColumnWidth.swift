import Foundation

/// Estimates how wide text prints in a spreadsheet's default font (Liberation Sans 10 pt,
/// Calibri 11 pt), so that columns can be sized from their content.
///
/// The estimate sums a width per character: narrow letters and punctuation, wide letters,
/// capitals, digits and the rest; Vietnamese letters count as their base letter (marks do not
/// widen them). It errs on the wide side, so text is not clipped.
public enum ColumnWidth {
    /// The estimated width of `text` in centimetres, its longest line when it has several; bold
    /// text is about 8% wider. Without the cell's padding.
    public static func centimetres(of text: String, bold: Bool = false) -> Double {
        var widest = 0.0
        var line = 0.0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, line)
                line = 0
                continue
            }
            line += width(of: scalar)
        }
        widest = max(widest, line)
        return bold ? widest * 1.08 : widest
    }

    /// The room a cell leaves around its text, in centimetres.
    public static let padding = 0.45

    /// The width of one character in centimetres.
    static func width(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        // Combining marks (NFD text) take no room of their own.
        if (0x300...0x36F).contains(value) { return 0 }
        let base = value < 0xC0 ? value : baseLetter(scalar).unicodeScalars.first?.value ?? value
        switch base {
        // i l j t f r I . , ; : ' | ! space ( ) / -
        case 0x69, 0x6C, 0x6A, 0x74, 0x66, 0x72, 0x49, 0x2E, 0x2C, 0x3B, 0x3A, 0x27, 0x7C, 0x21, 0x20, 0x28,
            0x29, 0x2F, 0x2D:
            return 0.11
        case 0x6D, 0x77: return 0.3  // m w
        case 0x4D, 0x57: return 0.34  // M W
        case 0x41...0x5A: return 0.25  // A–Z
        case 0x30...0x39: return 0.2  // 0–9
        default:
            return value > 0x2E80 ? 0.37 : 0.19
        }
    }

    /// The letter a Vietnamese letter is built on (`ế` → `e`, `Đ` → `D`), or the character itself.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Character {
        guard scalar.value >= 0xC0 else { return Character(scalar) }
        if let base = latinBases[scalar.value] { return Character(base) }
        return decomposedBase(scalar)
    }

    /// The first scalar of a scalar's canonical decomposition (`đ` and `Đ` as `d` and `D`).
    static func decomposedBase(_ scalar: Unicode.Scalar) -> Character {
        if scalar == "đ" { return "d" }
        if scalar == "Đ" { return "D" }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        return decomposed.unicodeScalars.first.map(Character.init) ?? Character(scalar)
    }

    /// The base letters of the Latin letters Vietnamese uses (Latin-1, Latin Extended-A and B,
    /// Latin Extended Additional), worked out once: decomposing each scalar of a long list was
    /// most of measuring its columns.
    static let latinBases: [UInt32: Unicode.Scalar] = {
        var bases: [UInt32: Unicode.Scalar] = [:]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), let base = decomposedBase(scalar).unicodeScalars.first
            else { continue }
            bases[UInt32(value)] = base
        }
        return bases
    }()
}
