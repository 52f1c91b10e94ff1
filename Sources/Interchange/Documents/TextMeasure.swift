/// How wide text set in Times New Roman runs on paper, estimated from the font's advance widths
/// by class of character (a little on the generous side, so what is measured to fit does fit).
/// A combining mark takes no width; a precomposed Vietnamese letter counts as a wide letter of its
/// case.
enum TextMeasure {
    /// Millimetres per point.
    static let millimetresPerPoint = 25.4 / 72

    /// The width of `text` on one line, in millimetres, at `points` (bold about 5% wider).
    static func width(_ text: String, points: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += advance(scalar)
        }
        return ems * points * millimetresPerPoint * (bold ? 1.05 : 1)
    }

    /// The width of the widest word of `text` (words split at spaces and line breaks).
    static func widestWord(_ text: String, points: Double, bold: Bool = false) -> Double {
        text.split(whereSeparator: { $0 == " " || $0.isNewline }).reduce(0) {
            max($0, width(String($1), points: points, bold: bold))
        }
    }

    /// The advance of one character, in ems (Times New Roman's widths, rounded up).
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return 0
        default: break
        }
        switch scalar {
        case "i", "j", "l", "I", "J", ".", ",", ":", ";", "'", "!", "|", "\u{2019}": return 0.3
        case "t", "f", "r", "(", ")", "[", "]", "/", "-", " ", "\u{2013}": return 0.36
        case "m", "M": return 0.9
        case "w", "W": return 0.95
        case "\u{0111}": return 0.5  // đ
        case "\u{0110}": return 0.75  // Đ
        case "0"..."9", "a"..."z", "*", "?", "#", "$", "_": return 0.5
        case "A"..."Z", "&", "%", "@": return 0.74
        default: return scalar.properties.isUppercase ? 0.74 : 0.52
        }
    }

    /// `text` in as few lines as fit `width` millimetres, the breaks at spaces chosen so the
    /// lines are as even as can be (no word left alone on a last line when two even lines fit):
    /// «LIÊN MINH HỢP TÁC XÃ / VIỆT NAM», not «LIÊN MINH HỢP TÁC XÃ VIỆT / NAM». A word wider
    /// than `width` stands on its own line.
    static func balancedLines(_ text: String, points: Double, bold: Bool = false, width: Double) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 1, Self.width(text, points: points, bold: bold) > width else { return [text] }
        let measure = { (line: ArraySlice<String>) in
            Self.width(line.joined(separator: " "), points: points, bold: bold)
        }
        // The fewest lines, filled greedily.
        var count = 0
        var start = 0
        while start < words.count {
            var end = start + 1
            while end < words.count, measure(words[start...end]) <= width { end += 1 }
            count += 1
            start = end
        }
        // The same number of lines with the widest as narrow as can be: for each width a line
        // may take (the widths of runs of words, narrowest first), fill greedily under it.
        var candidates: [Double] = []
        for first in words.indices {
            for last in first..<words.count {
                let line = measure(words[first...last])
                if line <= width || first == last { candidates.append(line) }
            }
        }
        for limit in candidates.sorted() {
            var lines: [String] = []
            var start = 0
            while start < words.count {
                var end = start + 1
                while end < words.count, measure(words[start...end]) <= limit { end += 1 }
                lines.append(words[start..<end].joined(separator: " "))
                start = end
            }
            if lines.count <= count { return lines }
        }
        return [text]
    }
}
