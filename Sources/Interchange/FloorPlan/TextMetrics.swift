import Foundation

/// Estimates how much room a line of text takes, without a font engine: each character's advance
/// from its class (narrow letters such as `i l t`, wide ones such as `m w M W`, digits, capitals,
/// punctuation, spaces), as a fraction of the font size.
///
/// The advances follow DejaVu Sans, the widest of the fonts the SVG names (`Noto Sans`, `DejaVu
/// Sans`, Arial), so an estimate errs on the wide side. A Vietnamese letter with diacritics takes
/// its base letter's advance (`ế` as `e`; `ư`, `ơ` slightly wider for the horn; `đ` as `d`), and
/// a line's box rises higher than Latin capitals to hold stacked marks such as `Ấ`, `Ỗ`.
public enum TextMetrics {
    /// The box's top above the baseline, in font sizes: room for a capital with stacked marks.
    public static let ascent = 1.02
    /// The box's bottom below the baseline, in font sizes: room for `g`, `ạ`, `ỵ`.
    public static let descent = 0.3
    /// The distance between baselines of wrapped lines, in font sizes.
    public static let lineSpacing = 1.3
    /// Bold glyphs are this much wider.
    static let boldFactor = 1.1

    /// The estimated width of `text` at font size `size`.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            ems += advance(of: character)
        }
        return ems * size * (bold ? boldFactor : 1)
    }

    /// The estimated box of a text drawn at (`x`, `y`) (its baseline) with `anchor`.
    public static func box(
        _ text: String, x: Double, y: Double, size: Double, anchor: String, bold: Bool
    ) -> DrawingBox {
        let width = width(text, size: size, bold: bold)
        let left =
            switch anchor {
            case "middle": x - width / 2
            case "end": x - width
            default: x
            }
        return DrawingBox(x: left, y: y - ascent * size, width: width, height: (ascent + descent) * size)
    }

    /// The height of `lines` lines at `size`, from the first line's top to the last's bottom.
    public static func height(lines: Int, size: Double) -> Double {
        guard lines > 0 else { return 0 }
        return (ascent + descent) * size + Double(lines - 1) * lineSpacing * size
    }

    /// A character's advance in ems.
    static func advance(of character: Character) -> Double {
        guard let first = character.unicodeScalars.first else { return 0 }
        let base = baseLetter(first)
        if let ascii = base.asciiValue {
            return asciiAdvance[Int(ascii)] + hornExtra(first)
        }
        switch first.value {
        case 0x2013: return 0.5  // –
        case 0x2014, 0x2026: return 1.0  // — …
        case 0x00B7, 0x2022: return 0.32  // · •
        case 0x00AB, 0x00BB: return 0.56  // « »
        case 0x2018, 0x2019: return 0.32
        case 0x201C, 0x201D: return 0.52
        case 0x00D7: return 0.84  // ×
        case 0x2605, 0x2606: return 0.84  // ★
        case 0x0300...0x036F: return 0  // a lone combining mark
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return 1.0
        default: return 0.7
        }
    }

    /// The Latin letter under a Vietnamese (or other accented) letter: `ế` → `e`, `Đ` → `D`.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Character {
        switch scalar {
        case "đ": return "d"
        case "Đ": return "D"
        default: break
        }
        if scalar.isASCII { return Character(scalar) }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        if let base = decomposed.first, base.isASCII { return Character(base) }
        return Character(scalar)
    }

    /// The horn of `ư`, `ơ` (and their toned forms) sticks out to the right.
    static func hornExtra(_ scalar: Unicode.Scalar) -> Double {
        let marks = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        return marks.contains("\u{031B}") ? 0.08 : 0
    }

    /// Advances of the printable ASCII characters in ems (DejaVu Sans); controls count 0.
    static let asciiAdvance: [Double] = {
        var table = [Double](repeating: 0, count: 128)
        let classes: [(String, Double)] = [
            (" ", 0.32), ("!", 0.4), ("\"", 0.46), ("#", 0.84), ("$", 0.64), ("%", 0.95), ("&", 0.78),
            ("'", 0.28), ("()", 0.39), ("*", 0.5), ("+", 0.84), (",.", 0.32), ("-", 0.36), ("/", 0.34),
            ("0123456789", 0.64), (":;", 0.34), ("<=>", 0.84), ("?", 0.53), ("@", 1.0),
            ("A", 0.68), ("B", 0.69), ("C", 0.7), ("D", 0.77), ("E", 0.63), ("F", 0.58), ("G", 0.78),
            ("H", 0.75), ("IJ", 0.3), ("K", 0.66), ("L", 0.56), ("M", 0.86), ("N", 0.75), ("O", 0.79),
            ("P", 0.6), ("Q", 0.79), ("R", 0.7), ("S", 0.64), ("T", 0.61), ("U", 0.73), ("V", 0.68),
            ("W", 0.99), ("X", 0.69), ("Y", 0.61), ("Z", 0.69), ("[]", 0.39), ("\\", 0.34),
            ("^", 0.84), ("_", 0.5), ("`", 0.5), ("a", 0.62), ("bdgpq", 0.64), ("c", 0.55),
            ("e", 0.62), ("f", 0.36), ("hnu", 0.64), ("ijl", 0.28), ("k", 0.58), ("m", 0.98),
            ("o", 0.62), ("r", 0.42), ("s", 0.53), ("t", 0.4), ("vxy", 0.6), ("w", 0.82),
            ("z", 0.53), ("{}", 0.64), ("|", 0.34), ("~", 0.84),
        ]
        for (characters, advance) in classes {
            for scalar in characters.unicodeScalars { table[Int(scalar.value)] = advance }
        }
        return table
    }()
}
