/// Another row of the files being checked, named in a problem about a row: its row number, and its
/// file and sheet when they are not the row's own.
public struct RegistrationRowReference: Hashable, Sendable, Codable {
    /// The file, nil when it is the file of the row the problem is about.
    public var file: String?
    /// The sheet, nil when it is the sheet of the row the problem is about.
    public var sheet: String?
    /// The 1-based row number in its sheet.
    public var row: Int

    /// A reference to `row` of `sheet` in `file` (nil for the problem's own file or sheet).
    public init(file: String? = nil, sheet: String? = nil, row: Int) {
        self.file = file
        self.sheet = sheet
        self.row = row
    }
}
