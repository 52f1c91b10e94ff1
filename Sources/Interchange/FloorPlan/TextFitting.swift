/// Wraps and sizes text to fit a box, by ``TextMetrics``' estimates: never wider or taller than
/// the box.
public enum TextFitting {
    /// `text` wrapped at spaces into lines no wider than `width` at `size`; a word wider than the
    /// line is broken between characters when `breakWords`, else left whole on its own line.
    public static func wrap(
        _ text: String, width: Double, size: Double, bold: Bool = false, breakWords: Bool = true
    ) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let joined = current.isEmpty ? word : current + " " + word
            if TextMetrics.width(joined, size: size, bold: bold) <= width {
                current = joined
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = word
            guard breakWords else { continue }
            while TextMetrics.width(current, size: size, bold: bold) > width, current.count > 1 {
                var head = ""
                for character in current {
                    if TextMetrics.width(head + String(character), size: size, bold: bold) > width { break }
                    head.append(character)
                }
                if head.isEmpty { head = String(current.prefix(1)) }
                lines.append(head)
                current = String(current.dropFirst(head.count))
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The first of `candidates` (longest wording first) that fits `width` × `height` on at most
    /// `maxLines` lines, at the largest size from `largest` down to `smallest` (in steps of 0.5);
    /// words are kept whole. When nothing fits, the last candidate at `smallest`, wrapped and cut
    /// with `…`; nil when not even one character fits.
    public static func fit(
        _ candidates: [String], width: Double, height: Double, maxLines: Int, largest: Double,
        smallest: Double, bold: Bool = false
    ) -> FittedText? {
        guard let last = candidates.last, maxLines > 0, largest >= smallest, smallest > 0 else { return nil }
        var size = largest
        while size >= smallest - 0.001 {
            let allowed = min(maxLines, lineCount(fitting: height, size: size))
            if allowed > 0 {
                for candidate in candidates {
                    let lines = wrap(candidate, width: width, size: size, bold: bold, breakWords: false)
                    if lines.count <= allowed,
                        lines.allSatisfy({ TextMetrics.width($0, size: size, bold: bold) <= width })
                    {
                        return FittedText(lines: lines, size: size)
                    }
                }
            }
            size -= 0.5
        }
        let allowed = min(maxLines, lineCount(fitting: height, size: smallest))
        guard allowed > 0 else { return nil }
        var lines = wrap(last, width: width, size: smallest, bold: bold, breakWords: true)
        guard lines.count > allowed else { return FittedText(lines: lines, size: smallest) }
        lines = Array(lines.prefix(allowed))
        var tail = lines[allowed - 1]
        while !tail.isEmpty, TextMetrics.width(tail + "…", size: smallest, bold: bold) > width {
            tail.removeLast()
        }
        tail = String(tail.reversed().drop { $0 == " " }.reversed())
        guard TextMetrics.width(tail + "…", size: smallest, bold: bold) <= width else { return nil }
        lines[allowed - 1] = tail + "…"
        return FittedText(lines: lines, size: smallest, truncated: true)
    }

    /// How many lines at `size` fit a height.
    static func lineCount(fitting height: Double, size: Double) -> Int {
        let first = (TextMetrics.ascent + TextMetrics.descent) * size
        guard height >= first else { return 0 }
        return 1 + Int(((height - first) / (TextMetrics.lineSpacing * size)).rounded(.down))
    }
}
