internal import LibXML

extension XLSXPartWriter {
    /// The most characters Excel allows in a list written in full (`"a,b,c"`), commas counted.
    static let inlineListLimit = 255

    /// Checks every column's drop-down list against what Excel can hold.
    ///
    /// - Throws: ``SheetsError/invalidValidation(file:sheet:column:reason:)`` for the first list
    ///   refused: written in full, longer than 255 characters, or with a value holding a comma or a
    ///   quotation mark.
    static func checkValidations(_ sheets: [Sheet], file: String) throws {
        for sheet in sheets {
            for (index, column) in sheet.columns.enumerated() {
                guard case .list(let values) = column.validation?.source else { continue }
                if let value = values.first(where: { $0.contains(",") || $0.contains("\"") }) {
                    throw SheetsError.invalidValidation(
                        file: file, sheet: sheet.name, column: index + 1,
                        reason: .validationValueWithSeparator(value))
                }
                if values.map({ $0.nfc.utf16.count }).reduce(max(0, values.count - 1), +) > inlineListLimit {
                    throw SheetsError.invalidValidation(
                        file: file, sheet: sheet.name, column: index + 1,
                        reason: .validationListTooLong(limit: inlineListLimit))
                }
            }
        }
    }

    /// Writes `dataValidations`: a `list` validation over the body rows of each column that has
    /// one, with its style, help and message.
    func writeValidations(_ sheet: Sheet, on writer: XMLWriter) throws {
        let validated = sheet.columns.enumerated().compactMap { index, column in
            column.validation.map { (index: index, validation: $0) }
        }
        guard !validated.isEmpty else { return }
        let firstRow = sheet.headerRowIndex + 2
        try writer.startElement(qualified: "dataValidations")
        try writer.attribute(qualified: "count", integer: validated.count)
        for (index, validation) in validated {
            try writer.startElement(qualified: "dataValidation")
            try writer.attribute(qualified: "type", "list")
            switch validation.style {
            case .stop: break
            case .warning: try writer.attribute(qualified: "errorStyle", "warning")
            case .information: try writer.attribute(qualified: "errorStyle", "information")
            }
            try writer.attribute(qualified: "allowBlank", integer: 1)
            try writer.attribute(qualified: "showInputMessage", integer: 1)
            try writer.attribute(qualified: "showErrorMessage", integer: 1)
            if let title = validation.title {
                let clean = Self.limited(title, 32)
                try writer.attribute(qualified: "errorTitle", clean)
                try writer.attribute(qualified: "promptTitle", clean)
            }
            if let message = validation.message {
                try writer.attribute(qualified: "error", Self.limited(message, 255))
            }
            if let prompt = validation.prompt {
                try writer.attribute(qualified: "prompt", Self.limited(prompt, 255))
            }
            let letter = SheetsMessage.columnLetter(index + 1)
            let lastRow = firstRow + max(1, validation.rowCount) - 1
            try writer.attribute(qualified: "sqref", "\(letter)\(firstRow):\(letter)\(lastRow)")
            try writer.element(qualified: "formula1", text: Self.formula(validation.source))
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// The `formula1` of a list: `"Có,Không"`, or `'Bộ sản phẩm OCOP'!$F$3:$F$36`.
    static func formula(_ source: CellValidation.Source) -> String {
        switch source {
        case .list(let values):
            return "\"" + values.map { XMLWriter.sanitized($0.nfc) }.joined(separator: ",") + "\""
        case .range(let sheet, let column, let rows):
            let letter = SheetsMessage.columnLetter(column + 1)
            return quotedSheetName(sheet) + "!$\(letter)$\(rows.lowerBound):$\(letter)$\(rows.upperBound)"
        }
    }

    /// A sheet name quoted for a formula: `'Tổ chức'` (apostrophes doubled).
    static func quotedSheetName(_ name: String) -> String {
        var result = "'"
        for character in XMLWriter.sanitized(name.nfc) {
            result.append(character)
            if character == "'" { result.append("'") }
        }
        return result + "'"
    }

    /// Text in NFC, characters XML forbids replaced, cut to `limit` UTF-16 code units (as Excel
    /// counts) without splitting a character.
    static func limited(_ text: String, _ limit: Int) -> String {
        let clean = XMLWriter.sanitized(text.nfc)
        guard clean.utf16.count > limit else { return clean }
        var result = ""
        var count = 0
        for character in clean {
            let length = character.utf16.count
            if count + length > limit { break }
            result.append(character)
            count += length
        }
        return result
    }
}
