internal import LibXML

extension ODFPartWriter {
    /// The name of the validation of sheet `sheet`'s column `column` (both 0-based).
    static func validationName(sheet: Int, column: Int) -> String { "val\(sheet + 1)_\(column + 1)" }

    /// Writes `table:content-validations`: for every column with a drop-down list, a condition
    /// `of:cell-content-is-in-list(…)` over the values or the cells named, with its help and its
    /// message (its style: stop, warning or information); nothing when no column has one.
    func writeValidations(on writer: XMLWriter) throws {
        let validated = workbook.sheets.enumerated().flatMap { sheetIndex, sheet in
            sheet.columns.enumerated().compactMap { columnIndex, column in
                column.validation.map { (sheet: sheetIndex, column: columnIndex, validation: $0) }
            }
        }
        guard !validated.isEmpty else { return }
        try writer.startElement(qualified: "table:content-validations")
        for (sheetIndex, columnIndex, validation) in validated {
            let sheet = workbook.sheets[sheetIndex]
            try writer.startElement(qualified: "table:content-validation")
            try writer.attribute(
                qualified: "table:name", Self.validationName(sheet: sheetIndex, column: columnIndex))
            try writer.attribute(
                qualified: "table:condition",
                "of:cell-content-is-in-list(\(Self.listSource(validation.source)))")
            try writer.attribute(qualified: "table:allow-empty-cell", "true")
            try writer.attribute(
                qualified: "table:base-cell-address",
                Self.quotedSheetName(sheet.name) + "." + Self.columnLetters(columnIndex + 1)
                    + String(sheet.headerRowIndex + 2))
            try writer.attribute(qualified: "table:display-list", "unsorted")
            if validation.title != nil || validation.prompt != nil {
                try writer.startElement(qualified: "table:help-message")
                if let title = validation.title {
                    try writer.attribute(qualified: "table:title", XMLWriter.sanitized(title.nfc))
                }
                try writer.attribute(qualified: "table:display", "true")
                if let prompt = validation.prompt { try writeParagraphs(prompt.nfc, on: writer) }
                try writer.endElement()
            }
            try writer.startElement(qualified: "table:error-message")
            if let title = validation.title {
                try writer.attribute(qualified: "table:title", XMLWriter.sanitized(title.nfc))
            }
            try writer.attribute(qualified: "table:display", "true")
            let type =
                switch validation.style {
                case .stop: "stop"
                case .warning: "warning"
                case .information: "information"
                }
            try writer.attribute(qualified: "table:message-type", type)
            if let message = validation.message { try writeParagraphs(message.nfc, on: writer) }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// The list of a condition: `"Có";"Không"` (quotes doubled), or an OpenFormula reference
    /// `[$'Danh mục'.$A$3:.$A$36]`.
    static func listSource(_ source: CellValidation.Source) -> String {
        switch source {
        case .list(let values):
            return values.map { value in
                "\""
                    + XMLWriter.sanitized(value.nfc).split(separator: "\"", omittingEmptySubsequences: false)
                    .joined(separator: "\"\"") + "\""
            }.joined(separator: ";")
        case .range(let sheet, let column, let rows):
            let letters = columnLetters(column + 1)
            return "[$" + quotedSheetName(sheet)
                + ".$\(letters)$\(rows.lowerBound):.$\(letters)$\(rows.upperBound)]"
        }
    }
}
