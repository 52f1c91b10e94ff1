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
        let base = baseLetter(scalar)
        switch base {
        case "i", "l", "j", "t", "f", "r", "I", ".", ",", ";", ":", "'", "|", "!", " ", "(", ")", "/",
            "-":
            return 0.11
        case "m", "w": return 0.3
        case "M", "W": return 0.34
        case "A"..."Z": return 0.25
        case "0"..."9": return 0.2
        default:
            return value > 0x2E80 ? 0.37 : 0.19
        }
    }

    /// The letter a Vietnamese letter is built on (`ế` → `e`, `Đ` → `D`), or the character itself.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Character {
        guard scalar.value >= 0xC0 else { return Character(scalar) }
        if scalar == "đ" { return "d" }
        if scalar == "Đ" { return "D" }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        return decomposed.unicodeScalars.first.map(Character.init) ?? Character(scalar)
    }
}
