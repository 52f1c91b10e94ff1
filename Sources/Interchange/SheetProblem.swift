public import Planning

/// One problem found in a spreadsheet FairPlan reads (a filled registration template, a
/// hand-made booth plan or programme), placed by file, sheet, row and column.
public struct SheetProblem: Hashable, Sendable, Codable, CustomStringConvertible, Localizable {
    /// Error (the row cannot be imported), warning (imported, worth a look) or remark.
    public var severity: Severity
    /// The file the problem is in.
    public var file: String
    /// The sheet's name as in the file, when the problem is inside a sheet.
    public var sheet: String?
    /// The 1-based row number in the sheet, when the problem is about a row.
    public var row: Int?
    /// The 1-based column number, when the problem is about a cell.
    public var column: Int?
    /// The registration field of the column, when the sheet is a registration sheet.
    public var field: RegistrationField?
    /// The column's header as written, for sheets other than registration sheets.
    public var header: String?
    /// The Planning rule that found it, for problems found by the plan validator.
    public var code: FindingCode?
    /// What is wrong and what to do, as a catalogue message.
    public var message: InterchangeMessage

    /// Creates a problem.
    public init(
        _ severity: Severity, file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil,
        field: RegistrationField? = nil, header: String? = nil, code: FindingCode? = nil,
        message: InterchangeMessage
    ) {
        self.header = header
        self.severity = severity
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.field = field
        self.code = code
        self.message = message
    }

    /// The cell reference, such as `E7`, when row and column are known.
    public var cellReference: String? {
        guard let row, let column else { return nil }
        return "\(Self.columnLetter(column))\(row)"
    }

    /// `dang-ky.ods › Sản phẩm › dòng 7, cột E (Số sao): Lỗi: ...` in `language` (the sheet's name
    /// as in the file).
    public func text(_ language: Language) -> String {
        var place = [file]
        if let sheet { place.append(sheet) }
        var position: [InterchangeMessage] = []
        if let row { position.append(.rowNumber(row)) }
        let header = field.map { InterchangeMessage.fieldHeader($0).text(language) } ?? self.header
        if let column {
            position.append(.columnLetter(Self.columnLetter(column), header: header))
        } else if let field {
            position.append(.columnNamed(InterchangeMessage.fieldHeader(field).text(language)))
        }
        if !position.isEmpty { place.append(position.map { $0.text(language) }.joined(separator: ", ")) }
        let severity = severity.name(language)
        return "\(place.joined(separator: " › ")): \(severity): \(message.text(language))"
    }

    /// The problem in Vietnamese.
    public var description: String { text(.vietnamese) }

    /// The spreadsheet letter of a 1-based column number: 1 → `A`, 27 → `AA`.
    static func columnLetter(_ column: Int) -> String {
        guard column > 0 else { return "?" }
        var number = column
        var letters: [Character] = []
        while number > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}
