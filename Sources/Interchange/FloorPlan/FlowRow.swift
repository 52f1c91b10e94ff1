/// One row of the columns beside the plan: shapes drawn from its top-left corner at (0, 0), and
/// its height; a heading stays with the row after it.
struct FlowRow: Sendable {
    /// The row's shapes, relative to its top-left corner.
    var shapes: [Shape]
    /// The row's height.
    var height: Double
    /// Whether the row must not end a column (a heading).
    var keepWithNext: Bool = false
}
