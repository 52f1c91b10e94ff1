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
        case "t", "f", "r", "(", ")", "[", "]", "/", "-", " ", "\u{2011}", "\u{2013}": return 0.36
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
    /// lines are as even as can be (no word left alone on a last line when two even lines fit),
    /// and never inside a Vietnamese compound that fits a line (``VietnameseCompounds``):
    /// «LIÊN MINH / HỢP TÁC XÃ VIỆT NAM», not «LIÊN MINH HỢP TÁC XÃ VIỆT / NAM» nor «LIÊN MINH
    /// HỢP / TÁC XÃ VIỆT NAM». A word wider than `width` stands on its own line.
    static func balancedLines(_ text: String, points: Double, bold: Bool = false, width: Double) -> [String] {
        // A compound too wide for a line splits into the compounds it holds («THÀNH PHỐ» and «HỒ
        // CHÍ MINH»), and only then into syllables.
        func fitting(_ unit: String, longest: Int) -> [String] {
            guard Self.width(unit, points: points, bold: bold) > width, unit.contains(" ") else {
                return [unit]
            }
            let syllables = unit.split(separator: " ").count
            let shorter = min(longest, syllables) - 1
            guard shorter > 1 else { return unit.split(separator: " ").map(String.init) }
            return VietnameseCompounds.units(unit, longest: shorter).flatMap { fitting($0, longest: shorter) }
        }
        let words = VietnameseCompounds.units(text).flatMap {
            fitting($0, longest: VietnameseCompounds.longest)
        }
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

    /// The largest of `sizes` (in points, largest first) at which `text`, set in balanced lines
    /// (``balancedLines(_:points:bold:width:)``) with no word wider than `width` millimetres,
    /// takes at most `height` millimetres (a line being `leading` times the size), and the lines.
    /// When no size fits whole words, the largest at which the text fits with each word wider
    /// than `width` cut into even parts, all but the last ending with a hyphen (else the
    /// smallest so cut).
    static func fitted(
        _ text: String, sizes: [Double], bold: Bool = false, width: Double, height: Double,
        leading: Double = 1.2
    ) -> (points: Double, lines: [String]) {
        for points in sizes where widestWord(text, points: points, bold: bold) <= width {
            let lines = balancedLines(text, points: points, bold: bold, width: width)
            if Double(lines.count) * points * leading * millimetresPerPoint <= height {
                return (points, lines)
            }
        }
        func cut(_ points: Double) -> [String] {
            let words = text.split(separator: " ").flatMap { word in
                pieces(String(word), points: points, bold: bold, width: width)
            }
            return balancedLines(words.joined(separator: " "), points: points, bold: bold, width: width)
        }
        for points in sizes {
            let lines = cut(points)
            if Double(lines.count) * points * leading * millimetresPerPoint <= height {
                return (points, lines)
            }
        }
        let points = sizes.last ?? 12
        return (points, cut(points))
    }

    /// `word` cut into as few parts of even width as fit `width` millimetres with a hyphen after
    /// each but the last; the word itself when it fits. Cuts fall between characters as seen.
    static func pieces(_ word: String, points: Double, bold: Bool, width: Double) -> [String] {
        let whole = Self.width(word, points: points, bold: bold)
        guard whole > width else { return [word] }
        let hyphen = Self.width("-", points: points, bold: bold)
        let characters = Array(word)
        var count = Int((whole / (width - hyphen)).rounded(.up))
        while count < characters.count {
            let share = whole / Double(count)
            var parts: [String] = []
            var current = ""
            var used = 0.0
            for character in characters {
                let next = Self.width(String(character), points: points, bold: bold)
                if !current.isEmpty, used + next / 2 > share * Double(parts.count + 1) {
                    parts.append(current + "-")
                    current = ""
                }
                current.append(character)
                used += next
            }
            parts.append(current)
            if parts.allSatisfy({ Self.width($0, points: points, bold: bold) <= width }) { return parts }
            count += 1
        }
        return characters.map { String($0) }
    }
}
