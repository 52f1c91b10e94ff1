/// A row of a ``DocumentTable``.
public struct DocumentTableRow: Hashable, Sendable {
    /// The cells; a cell spanning columns stands for all of them.
    public var cells: [DocumentTableCell]
    /// The row's exact height in millimetres, or nil to fit its content.
    public var height: Double?

    /// A row.
    public init(_ cells: [DocumentTableCell], height: Double? = nil) {
        self.cells = cells
        self.height = height
    }
}
