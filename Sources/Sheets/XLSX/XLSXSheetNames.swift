/// The rules Excel applies to sheet names, checked before an XLSX file is written.
enum XLSXSheetNames {
    /// The longest sheet name Excel accepts, in characters (UTF-16 code units, as Excel counts).
    static let maximumLength = 31

    /// The characters Excel refuses in a sheet name.
    static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The sheets' names in NFC, after checking every one: not empty, at most 31 characters, none
    /// of `[]:*?/\`, no apostrophe at either end, none repeated ignoring case.
    ///
    /// - Throws: ``SheetsError/invalidSheetName(file:sheet:reason:)`` for the first name refused.
    static func checked(_ sheets: [Sheet], file: String) throws -> [String] {
        var seen: Set<String> = []
        return try sheets.map { sheet in
            let name = sheet.name.nfc
            if let reason = problem(name)
                ?? (seen.insert(name.lowercased()).inserted ? nil : .sheetNameRepeated)
            {
                throw SheetsError.invalidSheetName(file: file, sheet: name, reason: reason)
            }
            return name
        }
    }

    /// What is wrong with one name, or nil when Excel accepts it.
    static func problem(_ name: String) -> SheetsMessage? {
        if name.isEmpty { return .sheetNameEmpty }
        if name.utf16.count > maximumLength { return .sheetNameTooLong(limit: maximumLength) }
        if let character = name.first(where: forbiddenCharacters.contains) {
            return .sheetNameForbiddenCharacter(String(character))
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .sheetNameApostropheAtEdge }
        if name.unicodeScalars.contains(where: { !Self.isAllowedInXML($0) }) {
            return .sheetNameForbiddenCharacter(
                name.unicodeScalars.first { !Self.isAllowedInXML($0) }.map {
                    "U+" + String($0.value, radix: 16, uppercase: true)
                } ?? "")
        }
        return nil
    }

    /// Whether a character may appear in an XML 1.0 document (a sheet name is an attribute).
    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
