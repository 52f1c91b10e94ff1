import Planning
import Sheets

/// One data row of a registration sheet: reads and parses its cells by field, and collects the
/// problems of each cell with the sheet, row and column they are in.
struct RegistrationRow: Sendable {
    /// The file the row is in.
    let file: String
    /// The sheet's name.
    let sheet: String
    /// The 1-based row number in the sheet.
    let number: Int
    /// The row's cells (none once released, see ``releaseCells()``).
    private(set) var cells: [CellValue]
    /// Which column holds which field.
    let layout: RegistrationSheetLayout
    /// Problems found while reading the row.
    private(set) var problems: [SheetProblem] = []
    /// Whether the cells were let go (``releaseCells()``).
    private var cellsReleased = false

    init(file: String, sheet: String, number: Int, cells: [CellValue], layout: RegistrationSheetLayout) {
        self.file = file
        self.sheet = sheet
        self.number = number
        self.cells = cells
        self.layout = layout
    }

    /// Lets the cells go once everything has been read from them: a national registry's rows hold
    /// half a million cells, and from then on only the row's place and problems are needed.
    /// Reading a field afterwards is a programming error (asserted in debug builds).
    mutating func releaseCells() {
        cells = []
        cellsReleased = true
    }

    /// Whether the row has an error.
    var hasError: Bool { problems.contains { $0.severity == .error } }

    /// Whether every recognised field of the row is empty (a pre-numbered row, say).
    var isBlank: Bool {
        layout.columns.keys.allSatisfy { raw($0) == .empty }
    }

    /// The cell of a field, `.empty` when the column is absent.
    func raw(_ field: RegistrationField) -> CellValue {
        // A read after the cells were let go would silently see an empty row: debug builds (and
        // so the tests) stop there instead.
        assert(!cellsReleased, "a registration row's cells were read after they were let go")
        guard let column = layout.columns[field], cells.indices.contains(column) else { return .empty }
        if case .text(let text) = cells[column], text.trimmedCell.isEmpty { return .empty }
        return cells[column]
    }

    /// Adds a problem at a field's cell (or at the row when the column is absent).
    mutating func report(_ severity: Severity, _ field: RegistrationField?, _ message: InterchangeMessage) {
        problems.append(
            SheetProblem(
                severity, file: file, sheet: sheet, row: number,
                column: field.flatMap { layout.columns[$0] }.map { $0 + 1 }, field: field, message: message))
    }

    /// Adds problems found elsewhere (by the plan validator).
    mutating func append(_ problem: SheetProblem) {
        problems.append(problem)
    }

    /// Reports every cell longer than its field allows: a name (of an organisation, product,
    /// person, party or contact) at most ``Limits/maximumNameLength`` characters, other text at
    /// most ``Limits/maximumTextLength``; lists of names (products shown, organisations sharing,
    /// zones) only the spreadsheet's own cell limit.
    mutating func checkLengths() {
        for field in layout.columns.keys.sorted(by: { layout.columns[$0]! < layout.columns[$1]! })
        where !Self.listFields.contains(field) {
            guard case .text(let raw) = raw(field) else { continue }
            let maximum =
                Self.nameFields.contains(field) ? Limits.maximumNameLength : Limits.maximumTextLength
            let characters = raw.trimmedCell.count
            if characters > maximum {
                report(.error, field, .cellTooLong(field, characters: characters, maximum: maximum))
            }
        }
    }

    /// The fields holding one name.
    static let nameFields: Set<RegistrationField> = [
        .organisationName, .organisationShortName, .productName, .productOwner, .fullName, .contactName,
        .delegateOrganisation, .unit, .partyName, .partyOrganisation, .partyContact,
    ]

    /// The fields holding a list of names.
    static let listFields: Set<RegistrationField> = [.sharedWith, .productsShown, .preferredZones]

    /// The text of a field (NFC, trimmed), nil when empty; numbers and dates as written.
    func text(_ field: RegistrationField) -> String? {
        let text = VietnameseText.normalized(raw(field).plainText).trimmedCell
        return text.isEmpty ? nil : text
    }

    /// The text of a required field; reports it missing when empty.
    mutating func required(_ field: RegistrationField) -> String? {
        guard let text = text(field) else {
            report(.error, field, .missingRequiredValue(field))
            return nil
        }
        return text
    }

    /// A code of digits that a spreadsheet may have turned into a number and stripped of its
    /// leading zero: restores the zero when the number is one digit short, with a warning.
    mutating func digits(_ field: RegistrationField, length: Int) -> String? {
        switch raw(field) {
        case .integer(let value) where value > 0 && String(value).count == length - 1:
            report(.warning, field, .lostLeadingZero(field, written: String(value), numberCell: true))
            return "0\(value)"
        case .decimal(let value) where value > 0 && value == value.rounded() && value < 1e15:
            let number = String(Int(value))
            if number.count == length - 1 {
                report(.warning, field, .lostLeadingZero(field, written: number, numberCell: true))
                return "0\(number)"
            }
            return number
        default:
            guard let text = text(field) else { return nil }
            if text.count == length - 1, text.allSatisfy({ ("0"..."9").contains($0) }), !text.hasPrefix("0") {
                report(.warning, field, .lostLeadingZero(field, written: text, numberCell: false))
                return "0\(text)"
            }
            return text
        }
    }

    /// A registration code: ten digits, a lost leading zero restored (from a number cell, nine
    /// digits of text, or nine digits with a `-NNN` branch), with a warning.
    mutating func registrationCode(_ field: RegistrationField) -> String? {
        guard case .text = raw(field), let text = text(field), text.contains("-"),
            let restored = RegistrationCode.restoringLostLeadingZero(text)
        else { return digits(field, length: 10) }
        report(.warning, field, .lostLeadingZero(field, written: text, numberCell: false))
        return restored.description
    }

    /// A whole number ≥ 0 (in `range` when given), nil when empty: an integer cell, a whole
    /// decimal cell, or text as ``wholeNumber(_:)`` reads it. Reports anything else (a fraction is
    /// never rounded or read without its separator) and a number outside `range`.
    mutating func count(_ field: RegistrationField, in range: ClosedRange<Int>? = nil) -> Int? {
        let value: Int
        switch raw(field) {
        case .empty:
            return nil
        case .integer(let whole) where whole >= 0:
            value = whole
        case .decimal(let number) where number >= 0 && number == number.rounded() && number < 1e15:
            value = Int(number)
        default:
            let text = self.text(field) ?? ""
            guard let whole = Self.wholeNumber(text) else {
                report(.error, field, .notACount(text))
                return nil
            }
            value = whole
        }
        if let range, !range.contains(value) {
            report(
                .error, field,
                .countOutOfRange(field, written: value, minimum: range.lowerBound, maximum: range.upperBound))
            return nil
        }
        return value
    }

    /// A whole number ≥ 0 as people write it: digits, or digits grouped in threes by one kind of
    /// separator (`1.200`, `1,200`, `1 200`, as Vietnamese and English write thousands). Nil for
    /// anything else: a fraction (`12,5`, `1.5`), a mis-grouped number (`1.2.3`), a sign, words,
    /// or more than 15 digits.
    static func wholeNumber(_ text: String) -> Int? {
        let separators: Set<Character> = [".", ",", " ", "\u{00A0}", "\u{202F}"]
        let used = Set(text.filter { separators.contains($0) })
        guard used.count <= 1 else { return nil }
        let groups =
            used.first.map { text.split(separator: $0, omittingEmptySubsequences: false) } ?? [
                Substring(text)
            ]
        guard let first = groups.first, (1...(groups.count == 1 ? 15 : 3)).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.count <= 5,
            groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Int(groups.joined())
    }

    /// A date from a date cell, `dd/mm/yyyy`, ISO `yyyy-mm-dd` or a spreadsheet day number; nil when
    /// empty; reports anything else.
    mutating func date(_ field: RegistrationField) -> CalendarDate? {
        switch raw(field) {
        case .empty:
            return nil
        case .date(let day), .dateTime(let day, _, _, _, _):
            return CalendarDate(year: day.year, month: day.month, day: day.day)
        case .integer(let serial) where Self.serialRange.contains(serial):
            return CalendarDate(daysSinceEpoch: serial - Self.serialOfUnixEpoch)
        case .decimal(let serial) where Self.serialRange.contains(Int(serial.rounded(.down))):
            return CalendarDate(daysSinceEpoch: Int(serial.rounded(.down)) - Self.serialOfUnixEpoch)
        default:
            let text = self.text(field) ?? ""
            let head = text.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? text
            if let date = CalendarDate(vietnamese: head) ?? CalendarDate(iso: head) { return date }
            report(.error, field, .unreadableDate(text))
            return nil
        }
    }

    /// Yes or no, false when empty; reports other words.
    mutating func flag(_ field: RegistrationField) -> Bool {
        switch raw(field) {
        case .empty: return false
        case .boolean(let value): return value
        case .integer(let value) where value == 0 || value == 1: return value == 1
        default:
            let key = VietnameseText.searchKey(text(field) ?? "")
            if RegistrationVocabulary.yes.contains(key) { return true }
            if RegistrationVocabulary.no.contains(key) { return false }
            report(.error, field, .unclearYesNo(text(field) ?? ""))
            return false
        }
    }

    /// The stars written as `4`, `4 sao`, `4*` or `★★★★`; nil when empty; reports other text.
    mutating func stars(_ field: RegistrationField) -> Int? {
        switch raw(field) {
        case .empty: return nil
        case .integer(let value): return value
        case .decimal(let value) where value == value.rounded() && abs(value) < 100: return Int(value)
        default:
            let text = self.text(field) ?? ""
            let glyphs = text.filter { $0 == "★" || $0 == "☆" || $0 == "⭐" }
            if !glyphs.isEmpty, glyphs.count == text.filter({ !$0.isWhitespace }).count {
                return glyphs.count
            }
            let key = VietnameseText.searchKey(text)
            let number = key.split(separator: " ").first.flatMap { Int($0) }
            if let number,
                ["", "sao", "star", "stars"].contains(key.split(separator: " ").dropFirst().joined())
            {
                return number
            }
            report(.error, field, .unreadableStars(text))
            return nil
        }
    }

    /// A value looked up by its search key in a vocabulary; nil when empty; reports unknown words
    /// (with the values the field accepts).
    mutating func word<Value>(_ field: RegistrationField, in vocabulary: [String: Value]) -> Value? {
        word(field) { vocabulary[VietnameseText.searchKey($0)] }
    }

    /// A value recognised from the cell's text; nil when empty; reports text it does not recognise.
    mutating func word<Value>(_ field: RegistrationField, recognise: (String) -> Value?) -> Value? {
        guard let text = text(field) else { return nil }
        if let value = recognise(text) { return value }
        report(.error, field, .invalidValue(field, written: text))
        return nil
    }

    /// Spreadsheet day numbers accepted as dates (1900-01-01 to 2199-12-31).
    static let serialRange = 2...109_574
    /// The spreadsheet day number of 1970-01-01 (day 0 is 1899-12-30).
    static let serialOfUnixEpoch = 25_569
}
