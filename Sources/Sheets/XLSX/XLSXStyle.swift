internal import LibXML

/// The cell formats (`cellXfs`) every XLSX file FairPlan writes holds, by index: a cell's `s`
/// attribute. Fonts, number formats and indices are fixed, so the same workbook always gives the
/// same bytes.
enum XLSXStyle: Int, CaseIterable, Sendable {
    /// General.
    case general = 0
    /// The header row: bold.
    case header
    /// The title row: bold, 14 pt.
    case title
    /// Dates, `dd/mm/yyyy`.
    case date
    /// Dates with a time, `dd/mm/yyyy hh:mm`.
    case dateTime
    /// Dates with a time that has seconds, `dd/mm/yyyy hh:mm:ss`.
    case dateTimeSeconds
    /// Times of day, `hh:mm`.
    case time
    /// Times of day with seconds, `hh:mm:ss`.
    case timeSeconds
    /// Durations of a day or more, or negative: `[hh]:mm:ss` (elapsed hours).
    case elapsed
    /// Whole percentages, `0%` (built-in format 9).
    case percentage
    /// Percentages with decimals, `0.00%` (built-in format 10).
    case percentageDecimals
    /// Text, `@` (built-in format 49): text columns and the text cells in them.
    case text

    /// The custom number formats, id and code; ids from 164 on, as Excel numbers its own.
    static let customFormats: [(id: Int, code: String)] = [
        (164, "dd/mm/yyyy"), (165, "dd/mm/yyyy hh:mm"), (166, "dd/mm/yyyy hh:mm:ss"), (167, "hh:mm"),
        (168, "hh:mm:ss"), (169, "[hh]:mm:ss"),
    ]

    /// The number format id of the style.
    var numberFormat: Int {
        switch self {
        case .general, .header, .title: 0
        case .date: 164
        case .dateTime: 165
        case .dateTimeSeconds: 166
        case .time: 167
        case .timeSeconds: 168
        case .elapsed: 169
        case .percentage: 9
        case .percentageDecimals: 10
        case .text: 49
        }
    }

    /// The font index: 0 Calibri 11, 1 the same bold, 2 bold 14 pt.
    var font: Int {
        switch self {
        case .header: 1
        case .title: 2
        default: 0
        }
    }

    /// Writes `xl/styles.xml` (the root element and everything in it).
    static func writeStylesheet(on writer: XMLWriter) throws {
        try writer.startElement(qualified: "numFmts")
        try writer.attribute(qualified: "count", integer: customFormats.count)
        for format in customFormats {
            try writer.startElement(qualified: "numFmt")
            try writer.attribute(qualified: "numFmtId", integer: format.id)
            try writer.attribute(qualified: "formatCode", format.code)
            try writer.endElement()
        }
        try writer.endElement()

        try writer.startElement(qualified: "fonts")
        try writer.attribute(qualified: "count", integer: 3)
        for (bold, size) in [(false, 11), (true, 11), (true, 14)] {
            try writer.startElement(qualified: "font")
            if bold {
                try writer.startElement(qualified: "b")
                try writer.endElement()
            }
            try writer.startElement(qualified: "sz")
            try writer.attribute(qualified: "val", integer: size)
            try writer.endElement()
            try writer.startElement(qualified: "name")
            try writer.attribute(qualified: "val", "Calibri")
            try writer.endElement()
            try writer.startElement(qualified: "family")
            try writer.attribute(qualified: "val", integer: 2)
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()

        // Excel expects the two built-in fills (none, gray125) and one empty border.
        try writer.startElement(qualified: "fills")
        try writer.attribute(qualified: "count", integer: 2)
        for pattern in ["none", "gray125"] {
            try writer.startElement(qualified: "fill")
            try writer.startElement(qualified: "patternFill")
            try writer.attribute(qualified: "patternType", pattern)
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement(qualified: "borders")
        try writer.attribute(qualified: "count", integer: 1)
        try writer.startElement(qualified: "border")
        for side in ["left", "right", "top", "bottom", "diagonal"] {
            try writer.startElement(side)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()

        try writer.startElement(qualified: "cellStyleXfs")
        try writer.attribute(qualified: "count", integer: 1)
        try writeFormat(numberFormat: 0, font: 0, inCellStyle: false, on: writer)
        try writer.endElement()
        try writer.startElement(qualified: "cellXfs")
        try writer.attribute(qualified: "count", integer: allCases.count)
        for style in allCases {
            try writeFormat(numberFormat: style.numberFormat, font: style.font, inCellStyle: true, on: writer)
        }
        try writer.endElement()
        try writer.startElement(qualified: "cellStyles")
        try writer.attribute(qualified: "count", integer: 1)
        try writer.startElement(qualified: "cellStyle")
        try writer.attribute(qualified: "name", "Normal")
        try writer.attribute(qualified: "xfId", integer: 0)
        try writer.attribute(qualified: "builtinId", integer: 0)
        try writer.endElement()
        try writer.endElement()
    }

    private static func writeFormat(numberFormat: Int, font: Int, inCellStyle: Bool, on writer: XMLWriter)
        throws
    {
        try writer.startElement(qualified: "xf")
        try writer.attribute(qualified: "numFmtId", integer: numberFormat)
        try writer.attribute(qualified: "fontId", integer: font)
        try writer.attribute(qualified: "fillId", integer: 0)
        try writer.attribute(qualified: "borderId", integer: 0)
        if inCellStyle {
            try writer.attribute(qualified: "xfId", integer: 0)
            if numberFormat != 0 {
                try writer.attribute(qualified: "applyNumberFormat", integer: 1)
            }
            if font != 0 {
                try writer.attribute(qualified: "applyFont", integer: 1)
            }
        }
        try writer.endElement()
    }
}
