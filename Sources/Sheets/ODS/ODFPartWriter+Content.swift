internal import LibXML

extension ODFPartWriter {
    /// Writes `office:body` with one `table:table` per sheet and, for sheets with `autoFilter`,
    /// `table:database-ranges`. Rows are pulled from each sheet's iterator as they are written.
    func writeBody(on writer: XMLWriter) throws {
        try writer.startElement(qualified: "office:body")
        try writer.startElement(qualified: "office:spreadsheet")
        var filters: [(sheetIndex: Int, sheet: Sheet, bodyRows: Int)] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let bodyRows = try writeTable(sheet, on: writer)
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

    /// Writes one sheet's table; returns the number of body rows.
    private func writeTable(_ sheet: Sheet, on writer: XMLWriter) throws -> Int {
        try writer.startElement(qualified: "table:table")
        try writer.attribute(qualified: "table:name", XMLWriter.sanitized(sheet.name))
        try writeColumns(sheet, on: writer)
        let columnCount = max(1, sheet.columns.count)
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
        var count = 0
        let rows = sheet.rows()
        while let row = rows.next() {
            count += 1
            try writeRow(row, on: writer)
        }
        try writer.endElement()
        return count
    }

    private func writeColumns(_ sheet: Sheet, on writer: XMLWriter) throws {
        guard !sheet.columns.isEmpty else {
            try Self.emptyElement(on: writer, "table:table-column")
            return
        }
        var index = 0
        while index < sheet.columns.count {
            let width = sheet.columns[index].widthCentimetres
            var run = 1
            while index + run < sheet.columns.count && sheet.columns[index + run].widthCentimetres == width {
                run += 1
            }
            try writer.startElement(qualified: "table:table-column")
            try writer.attribute(qualified: "table:style-name", columnStyleName(width))
            if run > 1 {
                try writer.attribute(qualified: "table:number-columns-repeated", String(run))
            }
            try writer.attribute(qualified: "table:default-cell-style-name", "Default")
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

    private func writeCell(_ value: CellValue, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "table:table-cell")
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
            try writer.attribute(qualified: "table:style-name", ODFStyleName.dateTime)
            try writer.attribute(qualified: "office:value-type", "date")
            try writer.attribute(
                qualified:
                    "office:date-value",
                "\(date)T\(CellValue.two(hour)):\(CellValue.two(minute)):\(CellValue.two(second))")
        case .duration(let seconds):
            try writer.attribute(qualified: "table:style-name", ODFStyleName.duration)
            try writer.attribute(qualified: "office:value-type", "time")
            try writer.attribute(qualified: "office:time-value", Self.isoDuration(seconds))
        case .boolean(let flag):
            try writer.attribute(qualified: "office:value-type", "boolean")
            try writer.attribute(qualified: "office:boolean-value", flag ? "true" : "false")
        }
        try writer.endElement()
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
