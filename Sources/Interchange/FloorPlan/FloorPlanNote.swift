/// A block of text drawn beside a floor plan, under the legend: the parties not placed, say.
public struct FloorPlanNote: Hashable, Sendable {
    /// The heading, worded by the caller in the drawing's language, e.g. "Chưa xếp được gian
    /// (danh sách chờ)".
    public var title: String
    /// The lines under it, one item each.
    public var lines: [String]

    /// Creates a note.
    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
    }
}
