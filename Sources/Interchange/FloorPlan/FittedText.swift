/// Text fitted into a box: its lines and the font size they take.
public struct FittedText: Hashable, Sendable {
    /// The lines, top to bottom.
    public var lines: [String]
    /// The font size.
    public var size: Double
    /// Whether the text had to be cut short (ending in `…`).
    public var truncated: Bool

    /// Creates fitted text.
    public init(lines: [String], size: Double, truncated: Bool = false) {
        self.lines = lines
        self.size = size
        self.truncated = truncated
    }

    /// The widest line's estimated width.
    public func width(bold: Bool) -> Double {
        lines.map { TextMetrics.width($0, size: size, bold: bold) }.max() ?? 0
    }

    /// The estimated height from the first line's top to the last line's bottom.
    public var height: Double { TextMetrics.height(lines: lines.count, size: size) }
}
