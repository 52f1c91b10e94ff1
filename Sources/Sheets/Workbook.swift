/// A format-neutral workbook: sheets of typed cells, written as ODS, FODS, XLSX or CSV.
public struct Workbook: Sendable {
    /// The sheets, in tab order.
    public var sheets: [Sheet]
    /// Document properties.
    public var metadata: WorkbookMetadata

    /// Creates a workbook.
    public init(sheets: [Sheet], metadata: WorkbookMetadata) {
        self.sheets = sheets
        self.metadata = metadata
    }
}
