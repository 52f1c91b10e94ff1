internal import LibXML

extension ODFPartWriter {
    /// Writes `office:body` with one `table:table` per sheet and, for sheets with `autoFilter`,
    /// `table:database-ranges`. Rows are pulled from each sheet's iterator as they are written.
    func writeBody(on writer: XMLWriter) throws {
        try writer.startElement(qualified: "office:body")
        try writer.startElement(qualified: "office:spreadsheet")
        try writeValidations(on: writer)
        var filters: [(sheetIndex: Int, sheet: Sheet, bodyRows: Int)] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let bodyRows = try writeTable(sheet, index: index, on: writer)
            if sheet.autoFilter {
                filters.append((index, sheet, bodyRows))
            }
        }
        if !filters.isEmpty {
            try writer.startElement(qualified: "table:database-ranges")
            for filter in filters {
                let sheet = filter.sheet
                let name = Self.quotedSheetName(sheet.name)
                let firstRow = sheet.headerRowIndex + 1
                let lastRow = firstRow + filter.bodyRows
                let lastColumn = Self.columnLetters(max(1, sheet.columns.count))
                try Self.emptyElement(
                    on: writer,
                    "table:database-range",
                    [
                        "table:name": "__Anonymous_Sheet_DB__\(filter.sheetIndex)",
                        "table:target-range-address": "\(name).A\(firstRow):\(name).\(lastColumn)\(lastRow)",
                        "table:display-filter-buttons": "true",
                    ])
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    /// Writes one sheet's table; returns the number of body rows. The title and header rows are
    /// `table:table-header-rows` (printed on every page) when the page setup asks; the cells of
    /// columns with a drop-down list carry its name, down to the rows it covers.
    private func writeTable(_ sheet: Sheet, index sheetIndex: Int, on writer: XMLWriter) throws -> Int {
        try writer.startElement(qualified: "table:table")
        try writer.attribute(qualified: "table:name", XMLWriter.sanitized(sheet.name))
        if sheet.pageSetup != nil {
            try writer.attribute(qualified: "table:style-name", "ta\(sheetIndex + 1)")
        }
        try writeColumns(sheet, on: writer)
        let columnCount = max(1, sheet.columns.count)
        let repeatsHeader = sheet.pageSetup?.repeatsHeaderRows == true
        if repeatsHeader {
            try writer.startElement(qualified: "table:table-header-rows")
        }
        if let title = sheet.title {
            try writer.startElement(qualified: "table:table-row")
            try writer.attribute(qualified: "table:style-name", "ro1")
            try writer.startElement(qualified: "table:table-cell")
            try writer.attribute(qualified: "table:style-name", ODFStyleName.title)
            try writer.attribute(qualified: "office:value-type", "string")
            try writer.attribute(qualified: "table:number-columns-spanned", String(columnCount))
            try writer.attribute(qualified: "table:number-rows-spanned", "1")
            try writeParagraphs(title, on: writer)
            try writer.endElement()
            if columnCount > 1 {
                try writer.startElement(qualified: "table:covered-table-cell")
                if columnCount > 2 {
                    try writer.attribute(qualified: "table:number-columns-repeated", String(columnCount - 1))
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.startElement(qualified: "table:table-row")
        try writer.attribute(qualified: "table:style-name", "ro1")
        if sheet.columns.isEmpty {
            try Self.emptyElement(on: writer, "table:table-cell")
        }
        for column in sheet.columns {
            try writer.startElement(qualified: "table:table-cell")
            try writer.attribute(qualified: "table:style-name", ODFStyleName.header)
            try writer.attribute(qualified: "office:value-type", "string")
            if let note = column.note, !note.isEmpty {
                // A comment on the header cell; readers skip annotations when reading values.
                try writer.startElement(qualified: "office:annotation")
                try writeParagraphs(note, on: writer)
                try writer.endElement()
            }
            try writeParagraphs(column.header, on: writer)
            try writer.endElement()
        }
        try writer.endElement()
        if repeatsHeader {
            try writer.endElement()
        }
        let validations = sheet.columns.indices.map { column in
            sheet.columns[column].validation == nil
                ? nil : Self.validationName(sheet: sheetIndex, column: column)
        }
        let validated = validations.contains { $0 != nil }
        var count = 0
        try sheet.forEachRow { row in
            count += 1
            if validated {
                try writeValidatedRow(row, validations: validations, on: writer)
            } else {
                try writeRow(row, on: writer)
            }
        }
        let validatedRows = sheet.columns.compactMap { $0.validation?.rowCount }.max() ?? 0
        if validatedRows > count {
            try writer.startElement(qualified: "table:table-row")
            try writer.attribute(qualified: "table:style-name", "ro1")
            if validatedRows - count > 1 {
                try writer.attribute(qualified: "table:number-rows-repeated", String(validatedRows - count))
            }
            try writeValidatedCells([], validations: validations, on: writer)
            try writer.endElement()
        }
        try writer.endElement()
        return count
    }

    /// Writes a body row of a sheet with drop-down lists: every cell of a validated column
    /// carries the validation's name, written or empty.
    private func writeValidatedRow(_ row: [CellValue], validations: [String?], on writer: XMLWriter) throws {
        try writer.startElement(qualified: "table:table-row")
        try writer.attribute(qualified: "table:style-name", "ro1")
        try writeValidatedCells(row, validations: validations, on: writer)
        try writer.endElement()
    }

    /// The cells of a row with drop-down lists, up to the last value or validated column.
    private func writeValidatedCells(_ row: [CellValue], validations: [String?], on writer: XMLWriter) throws
    {
        let lastValidated = validations.lastIndex { $0 != nil } ?? -1
        let count = max(row.count, lastValidated + 1)
        if count == 0 {
            try Self.emptyElement(on: writer, "table:table-cell")
        }
        var index = 0
        while index < count {
            let value = index < row.count ? row[index] : .empty
            let validation = index < validations.count ? validations[index] : nil
            if value == .empty, validation == nil {
                var run = 1
                while index + run < count, (index + run < row.count ? row[index + run] : .empty) == .empty,
                    (index + run < validations.count ? validations[index + run] : nil) == nil
                {
                    run += 1
                }
                try writer.startElement(qualified: "table:table-cell")
                if run > 1 {
                    try writer.attribute(qualified: "table:number-columns-repeated", String(run))
                }
                try writer.endElement()
                index += run
                continue
            }
            try writeCell(value, validation: validation, on: writer)
            index += 1
        }
    }

    private func writeColumns(_ sheet: Sheet, on writer: XMLWriter) throws {
        guard !sheet.columns.isEmpty else {
            try Self.emptyElement(on: writer, "table:table-column")
            return
        }
        var index = 0
        while index < sheet.columns.count {
            let width = sheet.columns[index].widthCentimetres
            let format = sheet.columns[index].format
            var run = 1
            while index + run < sheet.columns.count && sheet.columns[index + run].widthCentimetres == width
                && sheet.columns[index + run].format == format
            {
                run += 1
            }
            try writer.startElement(qualified: "table:table-column")
            try writer.attribute(qualified: "table:style-name", columnStyleName(width))
            if run > 1 {
                try writer.attribute(qualified: "table:number-columns-repeated", String(run))
            }
            let cellStyle =
                switch format {
                case .general: "Default"
                case .text: ODFStyleName.text
                case .date: ODFStyleName.date
                }
            try writer.attribute(qualified: "table:default-cell-style-name", cellStyle)
            try writer.endElement()
            index += run
        }
    }

    private func writeRow(_ row: [CellValue], on writer: XMLWriter) throws {
        try writer.startElement(qualified: "table:table-row")
        try writer.attribute(qualified: "table:style-name", "ro1")
        if row.isEmpty {
            try Self.emptyElement(on: writer, "table:table-cell")
        }
        var index = 0
        while index < row.count {
            if case .empty = row[index] {
                var run = 1
                while index + run < row.count, case .empty = row[index + run] { run += 1 }
                try writer.startElement(qualified: "table:table-cell")
                if run > 1 {
                    try writer.attribute(qualified: "table:number-columns-repeated", String(run))
                }
                try writer.endElement()
                index += run
                continue
            }
            try writeCell(row[index], on: writer)
            index += 1
        }
        try writer.endElement()
    }

    private func writeCell(_ value: CellValue, validation: String? = nil, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "table:table-cell")
        if let validation {
            try writer.attribute(qualified: "table:content-validation-name", validation)
        }
        switch value {
        case .empty:
            break
        case .text(let text):
            try writer.attribute(qualified: "office:value-type", "string")
            try writeParagraphs(text, on: writer)
        case .integer(let number):
            try writer.attribute(qualified: "office:value-type", "float")
            try writer.attribute(qualified: "office:value", integer: number)
        case .decimal(let number):
            if number.isFinite {
                try writer.attribute(qualified: "office:value-type", "float")
                try writer.attribute(qualified: "office:value", String(number))
            } else {
                try writer.attribute(qualified: "office:value-type", "string")
                try writeParagraphs(value.plainText, on: writer)
            }
        case .percentage(let number):
            if number.isFinite {
                try writer.attribute(qualified: "table:style-name", ODFStyleName.percentage)
                try writer.attribute(qualified: "office:value-type", "percentage")
                try writer.attribute(qualified: "office:value", String(number))
            } else {
                try writer.attribute(qualified: "office:value-type", "string")
                try writeParagraphs(value.plainText, on: writer)
            }
        case .date(let date):
            try writer.attribute(qualified: "table:style-name", ODFStyleName.date)
            try writer.attribute(qualified: "office:value-type", "date")
            try Self.dateAttribute("office:date-value", date, on: writer)
        case .dateTime(let date, let hour, let minute, let second, _):
            try writer.attribute(
                qualified: "table:style-name",
                second == 0 ? ODFStyleName.dateTimeMinutes : ODFStyleName.dateTime)
            try writer.attribute(qualified: "office:value-type", "date")
            try writer.attribute(
                qualified:
                    "office:date-value",
                "\(date)T\(CellValue.two(hour)):\(CellValue.two(minute)):\(CellValue.two(second))")
        case .duration(let seconds):
            try writer.attribute(
                qualified: "table:style-name",
                (0..<86_400).contains(seconds) && seconds % 60 == 0
                    ? ODFStyleName.time : ODFStyleName.duration)
            try writer.attribute(qualified: "office:value-type", "time")
            try writer.attribute(qualified: "office:time-value", Self.isoDuration(seconds))
            // Readers that take a time from the cell's text rather than its value (pandas)
            // need the text: `hh:mm`, `hh:mm:ss` when the seconds are not 0.
            try writer.element(qualified: "text:p", text: Self.timeText(seconds))
        case .boolean(let flag):
            try writer.attribute(qualified: "office:value-type", "boolean")
            try writer.attribute(qualified: "office:boolean-value", flag ? "true" : "false")
            // pandas reads a boolean from the cell's text, TRUE or FALSE.
            try writer.element(qualified: "text:p", text: flag ? "TRUE" : "FALSE")
        }
        try writer.endElement()
    }

    /// The display text of a time cell: `08:30`, `13:45:30` when the seconds are not 0, hours
    /// past 23 as they are (`25:00`), negative with a `-`.
    static func timeText(_ seconds: Int) -> String {
        let magnitude = seconds.magnitude
        func two(_ value: UInt) -> String { value < 10 ? "0\(value)" : String(value) }
        let minutes = "\(two(magnitude / 3600)):\(two(magnitude % 3600 / 60))"
        let text = magnitude % 60 == 0 ? minutes : minutes + ":\(two(magnitude % 60))"
        return seconds < 0 ? "-" + text : text
    }

    /// An ISO 8601 duration, `PT1H30M0S` (negative: `-PT…`).
    static func isoDuration(_ seconds: Int) -> String {
        let magnitude = seconds.magnitude
        let sign = seconds < 0 ? "-" : ""
        return "\(sign)PT\(magnitude / 3600)H\(magnitude % 3600 / 60)M\(magnitude % 60)S"
    }

    /// A sheet name quoted for a cell range address (`'Sheet 1'`; quotes doubled).
    static func quotedSheetName(_ name: String) -> String {
        "'" + XMLWriter.sanitized(name).replacingAll("'", with: "''") + "'"
    }

    /// Spreadsheet column letters for a 1-based column number (1 → A, 27 → AA).
    static func columnLetters(_ number: Int) -> String {
        var remaining = number
        var letters: [Character] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            remaining = (remaining - 1) / 26
        }
        return String(letters)
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
