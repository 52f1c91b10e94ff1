internal import LibXML

extension XLSXPartWriter {
    /// Writes sheet `index`'s worksheet part: fit to page, the frozen header, column widths (text
    /// columns formatted `@`, date columns `dd/mm/yyyy`), the title row merged across every
    /// column, the header row, the body rows pulled from the sheet's iterator as they are written,
    /// the autofilter, the drop-down lists, the page setup with its header and footer and, when
    /// the sheet has notes, the link to their drawing. Returns the number of body rows.
    ///
    /// Text is written as inline strings (`t="inlineStr"`): a shared-string table would have to
    /// hold every distinct text of the workbook until the end, against the flat-memory design (a
    /// million-row list of names is mostly distinct text); Excel, LibreOffice and openpyxl read
    /// inline strings, and Excel turns them into shared strings when it saves.
    func writeWorksheet(_ index: Int, on writer: XMLWriter) throws -> Int {
        let sheet = workbook.sheets[index]
        let letters = (0..<max(1, sheet.columns.count)).map { SheetsMessage.columnLetter($0 + 1) }
        try writer.startDocument(standalone: true)
        try Self.startRoot("worksheet", on: writer)
        try writeSheetProperties(sheet, on: writer)
        try writeView(sheet, active: index == 0, on: writer)
        try writer.startElement(qualified: "sheetFormatPr")
        try writer.attribute(qualified: "defaultRowHeight", "15")
        try writer.endElement()
        try writeColumns(sheet, on: writer)

        try writer.startElement(qualified: "sheetData")
        var rowNumber = 1
        if let title = sheet.title {
            try startRow(rowNumber, on: writer)
            try writeText(title, reference: letters[0] + "1", style: .title, on: writer)
            try writer.endElement()
            rowNumber += 1
        }
        try startRow(rowNumber, on: writer)
        let rowText = String(rowNumber)
        for (column, value) in sheet.columns.enumerated() {
            try writeText(value.header, reference: letters[column] + rowText, style: .header, on: writer)
        }
        try writer.endElement()
        var bodyRows = 0
        if rowsAsMarkup {
            let markup = XLSXRowMarkup(letters: letters, columns: sheet.columns)
            try sheet.forEachRow { row in
                bodyRows += 1
                rowNumber += 1
                markup.append(row, number: rowNumber)
                if markup.buffer.count >= XLSXRowMarkup.flushSize {
                    try writer.raw(markup.buffer)
                    markup.buffer.removeAll()
                }
            }
            try writer.raw(markup.buffer)
        } else {
            var cellReferences = CellReferences(letters: letters)
            try sheet.forEachRow { row in
                bodyRows += 1
                rowNumber += 1
                try writeRow(
                    row, number: rowNumber, columns: sheet.columns, references: &cellReferences, on: writer)
            }
        }
        try writer.endElement()

        if sheet.autoFilter {
            try writer.startElement(qualified: "autoFilter")
            try writer.attribute(qualified: "ref", filterRange(index, bodyRows: bodyRows, absolute: false))
            try writer.endElement()
        }
        if sheet.title != nil, sheet.columns.count > 1 {
            try writer.startElement(qualified: "mergeCells")
            try writer.attribute(qualified: "count", integer: 1)
            try writer.startElement(qualified: "mergeCell")
            try writer.attribute(qualified: "ref", "A1:\(letters[letters.count - 1])1")
            try writer.endElement()
            try writer.endElement()
        }
        try writeValidations(sheet, on: writer)
        try writePrinting(sheet, on: writer)
        if hasNotes(index) {
            try writer.startElement(qualified: "legacyDrawing")
            try writer.attribute(qualified: "r:id", "rId2")
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endDocument()
        return bodyRows
    }

    /// `sheetViews`: the first sheet selected; rows down to the header frozen when asked.
    private func writeView(_ sheet: Sheet, active: Bool, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "sheetViews")
        try writer.startElement(qualified: "sheetView")
        if active {
            try writer.attribute(qualified: "tabSelected", integer: 1)
        }
        try writer.attribute(qualified: "workbookViewId", integer: 0)
        if sheet.freezeHeader {
            let frozen = sheet.headerRowIndex + 1
            try writer.startElement(qualified: "pane")
            try writer.attribute(qualified: "ySplit", integer: frozen)
            try writer.attribute(qualified: "topLeftCell", "A\(frozen + 1)")
            try writer.attribute(qualified: "activePane", "bottomLeft")
            try writer.attribute(qualified: "state", "frozen")
            try writer.endElement()
            try writer.startElement(qualified: "selection")
            try writer.attribute(qualified: "pane", "bottomLeft")
            try writer.attribute(qualified: "activeCell", "A\(frozen + 1)")
            try writer.attribute(qualified: "sqref", "A\(frozen + 1)")
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    /// `cols`: each run of columns of one width and format.
    private func writeColumns(_ sheet: Sheet, on writer: XMLWriter) throws {
        guard !sheet.columns.isEmpty else { return }
        try writer.startElement(qualified: "cols")
        var index = 0
        while index < sheet.columns.count {
            let column = sheet.columns[index]
            var run = 1
            while index + run < sheet.columns.count,
                sheet.columns[index + run].widthCentimetres == column.widthCentimetres,
                sheet.columns[index + run].format == column.format
            {
                run += 1
            }
            try writer.startElement(qualified: "col")
            try writer.attribute(qualified: "min", integer: index + 1)
            try writer.attribute(qualified: "max", integer: index + run)
            try writer.attribute(qualified: "width", Self.characterWidth(column.widthCentimetres))
            switch column.format {
            case .general: break
            case .text: try writer.attribute(qualified: "style", integer: XLSXStyle.text.rawValue)
            case .date: try writer.attribute(qualified: "style", integer: XLSXStyle.date.rawValue)
            }
            try writer.attribute(qualified: "customWidth", integer: 1)
            try writer.endElement()
            index += run
        }
        try writer.endElement()
    }

    /// A width in centimetres as Excel's column width: characters of the default font's widest
    /// digit (7 pixels at 96 dpi for Calibri 11), in 1/256ths, with at most four decimals.
    static func characterWidth(_ centimetres: Double) -> String {
        let value = max(0.1, centimetres.isFinite ? centimetres : 3)
        let characters = min(255, (value / 2.54 * 96 / 7 * 256).rounded() / 256)
        let tenThousandths = Int((characters * 10_000).rounded())
        var text = String(tenThousandths / 10_000)
        let fraction = tenThousandths % 10_000
        if fraction > 0 {
            var digits = String(fraction + 10_000).dropFirst()
            while digits.hasSuffix("0") { digits = digits.dropLast() }
            text += "." + digits
        }
        return text
    }

    private func startRow(_ number: Int, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "row")
        try writer.attribute(qualified: "r", integer: number)
    }

    /// Cell references (`C7`) of the current row, made once per row and column.
    struct CellReferences {
        /// The column letters, A, B, ...
        let letters: [String]
        private var row = 0
        private var rowText = ""

        init(letters: [String]) { self.letters = letters }

        /// The reference of a 0-based column in a 1-based row.
        mutating func reference(row: Int, column: Int) -> String {
            if row != self.row {
                self.row = row
                rowText = String(row)
            }
            let letter = column < letters.count ? letters[column] : SheetsMessage.columnLetter(column + 1)
            return letter + rowText
        }
    }

    /// Writes one body row; empty cells are left out (cells carry their reference), and an
    /// empty row is not written at all (rows carry their number).
    private func writeRow(
        _ row: [CellValue], number: Int, columns: [Column], references: inout CellReferences,
        on writer: XMLWriter
    ) throws {
        guard row.contains(where: { $0 != .empty }) else { return }
        try startRow(number, on: writer)
        for (column, value) in row.enumerated() where value != .empty {
            let reference = references.reference(row: number, column: column)
            let isText = column < columns.count && columns[column].isText
            try writeCell(value, reference: reference, textColumn: isText, on: writer)
        }
        try writer.endElement()
    }

    private func writeCell(_ value: CellValue, reference: String, textColumn: Bool, on writer: XMLWriter)
        throws
    {
        switch value {
        case .empty:
            return
        case .text(let text):
            try writeText(text, reference: reference, style: textColumn ? .text : .general, on: writer)
        case .integer(let number):
            try startCell(reference, style: .general, type: nil, on: writer)
            try writer.startElement(qualified: "v")
            try writer.text(integer: number)
            try writer.endElement()
            try writer.endElement()
        case .decimal(let number):
            guard number.isFinite else {
                return try writeText(value.plainText, reference: reference, style: .general, on: writer)
            }
            try writeNumber(String(number), reference: reference, style: .general, on: writer)
        case .percentage(let number):
            guard number.isFinite else {
                return try writeText(value.plainText, reference: reference, style: .general, on: writer)
            }
            let whole = CellValue.isWholePercent(number)
            try writeNumber(
                String(number), reference: reference, style: whole ? .percentage : .percentageDecimals,
                on: writer)
        case .date(let date):
            guard let serial = XLSXDateSystem.windows1900.serial(of: date) else {
                return try writeText(Self.dayText(date), reference: reference, style: .general, on: writer)
            }
            try startCell(reference, style: .date, type: nil, on: writer)
            try writer.startElement(qualified: "v")
            try writer.text(integer: serial)
            try writer.endElement()
            try writer.endElement()
        case .dateTime(let date, let hour, let minute, let second, _):
            guard let serial = XLSXDateSystem.windows1900.serial(of: date) else {
                return try writeText(value.plainText, reference: reference, style: .general, on: writer)
            }
            let seconds = hour * 3600 + minute * 60 + second
            let number = Double(serial) + Double(seconds) / 86_400
            try writeNumber(
                String(number), reference: reference, style: second == 0 ? .dateTime : .dateTimeSeconds,
                on: writer)
        case .duration(let seconds):
            let style: XLSXStyle =
                !(0..<86_400).contains(seconds) ? .elapsed : seconds % 60 == 0 ? .time : .timeSeconds
            try writeNumber(String(Double(seconds) / 86_400), reference: reference, style: style, on: writer)
        case .boolean(let flag):
            try startCell(reference, style: .general, type: "b", on: writer)
            try writer.element(qualified: "v", text: flag ? "1" : "0")
            try writer.endElement()
        }
    }

    /// A day Excel cannot number (before 1900), as text: `dd/mm/yyyy`.
    static func dayText(_ date: SheetDate) -> String {
        let year = String(date.year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
        return "\(CellValue.two(date.day))/\(CellValue.two(date.month))/\(paddedYear)"
    }

    private func startCell(_ reference: String, style: XLSXStyle, type: String?, on writer: XMLWriter) throws
    {
        try writer.startElement(qualified: "c")
        try writer.attribute(qualified: "r", reference)
        if style != .general {
            try writer.attribute(qualified: "s", integer: style.rawValue)
        }
        if let type {
            try writer.attribute(qualified: "t", type)
        }
    }

    private func writeNumber(_ number: String, reference: String, style: XLSXStyle, on writer: XMLWriter)
        throws
    {
        try startCell(reference, style: style, type: nil, on: writer)
        try writer.element(qualified: "v", text: number)
        try writer.endElement()
    }

    /// An inline-string cell.
    private func writeText(_ text: String, reference: String, style: XLSXStyle, on writer: XMLWriter) throws {
        try startCell(reference, style: style, type: "inlineStr", on: writer)
        try writer.startElement(qualified: "is")
        try Self.writeTextElement(text, on: writer)
        try writer.endElement()
        try writer.endElement()
    }

    /// Writes `<t>`: the text in NFC, characters XML forbids replaced by U+FFFD (as the ODS
    /// writer does), `_xHHHH_` sequences escaped so Excel does not decode them, and
    /// `xml:space="preserve"` when white space at either end must be kept.
    static func writeTextElement(_ text: String, on writer: XMLWriter) throws {
        let scan = XLSXText.scan(text)
        var clean = scan.mayNeedNormalization ? text.nfc : text
        if scan.mayHoldForbiddenCharacter { clean = XMLWriter.sanitized(clean) }
        if scan.hasUnderscore { clean = XLSXText.escaped(clean) }
        try writer.startElement(qualified: "t")
        if scan.needsPreserve {
            try writer.attribute(qualified: "xml:space", "preserve")
        }
        try writer.text(clean)
        try writer.endElement()
    }
}
