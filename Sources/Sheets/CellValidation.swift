/// A drop-down list the body cells of a column are checked against: the values offered, how a
/// value not in the list is treated, and the help shown when a cell is selected.
///
/// ODS and FODS write it as a `table:content-validation`, XLSX as a `dataValidation` of type
/// `list`; CSV ignores it.
public struct CellValidation: Hashable, Sendable {
    /// Where the values offered come from.
    public enum Source: Hashable, Sendable {
        /// The values themselves. Keep it short: Excel allows at most 255 characters in all
        /// (commas between them counted) and no comma in a value; the XLSX writer refuses more.
        case list([String])
        /// A column of cells of a sheet of the same workbook: `column` 0-based, `rows` 1-based
        /// as the spreadsheet numbers them (with a title row, the header is row 2).
        case range(sheet: String, column: Int, rows: ClosedRange<Int>)
    }

    /// What happens when a value not in the list is typed.
    public enum Style: Hashable, Sendable {
        /// Refused.
        case stop
        /// A warning, which the person may accept.
        case warning
        /// Information only: the value is kept (for lists that do not hold every value accepted,
        /// such as the former names of provinces).
        case information
    }

    /// The values offered.
    public var source: Source
    /// What happens when a value not in the list is typed.
    public var style: Style
    /// The title of the help and of the message on a value not in the list (Excel shows at most
    /// 32 characters).
    public var title: String?
    /// The help shown when a cell of the column is selected (Excel shows at most 255 characters).
    public var prompt: String?
    /// The message shown when a value not in the list is typed (at most 255 characters in Excel).
    public var message: String?
    /// How many body rows below the header are checked.
    public var rowCount: Int

    /// Creates a validation.
    public init(
        _ source: Source, style: Style = .information, title: String? = nil, prompt: String? = nil,
        message: String? = nil, rowCount: Int = 500
    ) {
        self.source = source
        self.style = style
        self.title = title
        self.prompt = prompt
        self.message = message
        self.rowCount = rowCount
    }
}
