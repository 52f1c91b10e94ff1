/// One sheet of a workbook: a name, columns, an optional title row, and rows supplied lazily.
///
/// Rows come from a closure that returns a fresh iterator each time it is called, so writers
/// stream them and memory does not grow with the row count. A sheet may be written more than
/// once (the closure is called again).
public struct Sheet: Sendable {
    /// The sheet's name (tab), unique within a workbook.
    public var name: String
    /// The columns, in order.
    public var columns: [Column]
    /// A title row above the header, spanning every column, when set.
    public var title: String?
    /// Whether the header row stays visible when scrolling (frozen panes).
    public var freezeHeader: Bool
    /// Whether the header row gets an autofilter.
    public var autoFilter: Bool
    /// How the sheet prints, when set (otherwise as the spreadsheet program likes).
    public var pageSetup: PageSetup?
    /// Makes a new iterator over the body rows (each row's cells in column order).
    public var rows: @Sendable () -> AnyIterator<[CellValue]>
    /// The error that ended the rows early, if any: rows read from a database stop at an error
    /// and leave it here, and writers (through ``forEachRow(_:)``) throw it instead of finishing
    /// the file.
    public var rowsFailure: @Sendable () -> (any Error)?
    /// The same rows in any order, when reading them so is cheaper (no sorting): what
    /// ``fittingWidths(minimum:maximum:)`` measures. Nil: it reads ``rows``.
    public var measuringRows: (@Sendable () -> AnyIterator<[CellValue]>)?

    /// Creates a sheet whose rows come from a closure; `rowsFailure` tells what stopped them
    /// early, if anything.
    public init(
        name: String,
        columns: [Column],
        title: String? = nil,
        freezeHeader: Bool = true,
        autoFilter: Bool = false,
        pageSetup: PageSetup? = nil,
        rows: @escaping @Sendable () -> AnyIterator<[CellValue]>,
        rowsFailure: @escaping @Sendable () -> (any Error)? = { nil }
    ) {
        self.name = name
        self.columns = columns
        self.title = title
        self.freezeHeader = freezeHeader
        self.autoFilter = autoFilter
        self.pageSetup = pageSetup
        self.rows = rows
        self.rowsFailure = rowsFailure
    }

    /// Creates a sheet from rows held in memory; `rowsFailure` tells what made them incomplete,
    /// if anything.
    public init(
        name: String, columns: [Column], title: String? = nil, freezeHeader: Bool = true,
        autoFilter: Bool = false, pageSetup: PageSetup? = nil,
        rows: [[CellValue]], rowsFailure: @escaping @Sendable () -> (any Error)? = { nil }
    ) {
        self.init(
            name: name, columns: columns, title: title, freezeHeader: freezeHeader, autoFilter: autoFilter,
            pageSetup: pageSetup, rows: { AnyIterator(rows.makeIterator()) }, rowsFailure: rowsFailure)
    }

    /// The index of the header row (0, or 1 below a title row).
    public var headerRowIndex: Int { title == nil ? 0 : 1 }

    /// Passes each body row to `body`, in order, then throws the rows' failure
    /// (``rowsFailure``) when they ended early: a writer that reads its rows this way never
    /// finishes a file whose rows are incomplete.
    public func forEachRow(_ body: ([CellValue]) throws -> Void) throws {
        let iterator = rows()
        while let row = iterator.next() {
            try body(row)
        }
        if let failure = rowsFailure() { throw failure }
    }
}
