import Planning
import Sheets

/// Where a registration sheet's header is and which column holds which field.
struct RegistrationSheetLayout: Hashable, Sendable {
    /// The kind of sheet.
    var kind: RegistrationSheetKind
    /// The index into `ReadSheet.rows` of the header row.
    var headerIndex: Int
    /// The 0-based column of each recognised field.
    var columns: [RegistrationField: Int]
    /// Header cells that were not recognised: (0-based column, text).
    var unknownHeaders: [(Int, String)]
    /// Fields found in more than one column: (field, 0-based columns).
    var duplicates: [(RegistrationField, [Int])]

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.kind == rhs.kind && lhs.headerIndex == rhs.headerIndex && lhs.columns == rhs.columns
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(headerIndex)
    }

    /// How many header rows are looked for at the top of a sheet (a title row or two may come first).
    static let headerSearchDepth = 8

    /// The search key of a header cell: without a required-mark `*`, a parenthesised remark or a
    /// trailing colon, then without diacritics.
    static func headerKey(_ text: String) -> String {
        var cleaned = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "*", ":": continue
            default: if depth == 0 { cleaned.append(character) }
            }
        }
        return VietnameseText.searchKey(cleaned)
    }

    /// The field of a header cell in a sheet of the given kind: its own header first, then aliases.
    ///
    /// One look-up in ``fieldsByHeaderKey``, so a header row costs time in proportion to its cells
    /// (16,384 of them at most), not to its cells times the headers of every field in every language.
    static func field(forHeader text: String, in kind: RegistrationSheetKind) -> RegistrationField? {
        let key = headerKey(text)
        guard !key.isEmpty else { return nil }
        return fieldsByHeaderKey[kind]?[key]
    }

    /// For each kind, the field each header search key stands for: a field's own header (in any
    /// language) before any alias, and among fields the first in the kind's order.
    static let fieldsByHeaderKey: [RegistrationSheetKind: [String: RegistrationField]] = {
        var table: [RegistrationSheetKind: [String: RegistrationField]] = [:]
        for kind in RegistrationSheetKind.allCases {
            var fields: [String: RegistrationField] = [:]
            for field in kind.fields {
                for key in field.headerKeys where fields[key] == nil { fields[key] = field }
            }
            for field in kind.fields {
                for key in field.aliasKeys where fields[key] == nil { fields[key] = field }
            }
            table[kind] = fields
        }
        return table
    }()

    /// Finds the header row of a sheet of the given kind, or nil when no row among the first few
    /// names at least two of its fields.
    static func find(in sheet: ReadSheet, kind: RegistrationSheetKind) -> RegistrationSheetLayout? {
        for index in sheet.rows.indices.prefix(headerSearchDepth) {
            let row = sheet.rows[index]
            var columns: [RegistrationField: [Int]] = [:]
            var unknown: [(Int, String)] = []
            for (column, cell) in row.enumerated() {
                let text = cell.plainText.trimmedCell
                guard !text.isEmpty else { continue }
                if let field = field(forHeader: text, in: kind) {
                    columns[field, default: []].append(column)
                } else {
                    unknown.append((column, text))
                }
            }
            guard columns.count >= 2 else { continue }
            return RegistrationSheetLayout(
                kind: kind, headerIndex: index, columns: columns.mapValues { $0[0] },
                unknownHeaders: unknown,
                duplicates: columns.filter { $0.value.count > 1 }.map { ($0.key, $0.value) }.sorted {
                    $0.1[0] < $1.1[0]
                })
        }
        return nil
    }

    /// Recognises a sheet: by its name when that names a kind, otherwise by the kind whose headers
    /// it matches best (at least two fields, the name field among them).
    static func recognise(_ sheet: ReadSheet) -> RegistrationSheetLayout? {
        if let kind = RegistrationSheetKind.recognise(sheetName: sheet.name) {
            return find(in: sheet, kind: kind)
        }
        let candidates = RegistrationSheetKind.allCases.compactMap { kind in
            find(in: sheet, kind: kind).flatMap { layout in
                layout.columns[kind.nameField] == nil ? nil : layout
            }
        }
        return candidates.max { lhs, rhs in
            lhs.columns.count < rhs.columns.count
                || (lhs.columns.count == rhs.columns.count && lhs.kind.sortIndex > rhs.kind.sortIndex)
        }
    }
}

extension RegistrationSheetKind {
    /// The field that names the row's entity.
    var nameField: RegistrationField {
        switch self {
        case .organisations: .organisationName
        case .products: .productName
        case .delegates: .fullName
        case .boothRequests: .partyName
        }
    }

    /// The kind's position in the template.
    var sortIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
