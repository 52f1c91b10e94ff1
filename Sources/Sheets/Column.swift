/// A column of a sheet: its header, width, an optional note on the header, how the cells people
/// type into it are formatted, and an optional drop-down list they pick from.
public struct Column: Hashable, Sendable {
    /// The header text (bold in the header row).
    public var header: String
    /// The width in centimetres.
    public var widthCentimetres: Double
    /// A note attached to the header cell (a comment in LibreOffice and Excel), such as how to
    /// fill the column in; CSV has no place for it.
    public var note: String?
    /// How the column's cells are formatted, so that what people type into it later is kept
    /// right (codes as text, days as dates). Cells written with a value keep their own type
    /// either way. ODS, FODS and XLSX format the column so; CSV ignores it.
    public var format: ColumnFormat
    /// The drop-down list the column's body cells are checked against, when set; CSV ignores it.
    public var validation: CellValidation?

    /// Whether the column is formatted as text (Excel's `@`, ODS `number:text-style`): what
    /// people type into it later stays text, so registration codes and phone numbers keep their
    /// leading zeros. The same as `format == .text`.
    public var isText: Bool {
        get { format == .text }
        set { format = newValue ? .text : (format == .text ? .general : format) }
    }

    /// Creates a column; `isText: true` is `format: .text`.
    public init(
        _ header: String, widthCentimetres: Double = 3, note: String? = nil, isText: Bool = false,
        format: ColumnFormat? = nil, validation: CellValidation? = nil
    ) {
        self.header = header
        self.widthCentimetres = widthCentimetres
        self.note = note
        self.format = format ?? (isText ? .text : .general)
        self.validation = validation
    }
}
