internal import LibXML

/// The names of the automatic styles written into every spreadsheet.
enum ODFStyleName {
    /// The bold header cell style.
    static let header = "ceHeader"
    /// The title cell style (bold, larger).
    static let title = "ceTitle"
    /// Dates, dd/MM/yyyy.
    static let date = "ceDate"
    /// Dates with time, dd/MM/yyyy HH:MM:SS.
    static let dateTime = "ceDateTime"
    /// Times and durations, [HH]:MM:SS.
    static let duration = "ceDuration"
    /// Percentages.
    static let percentage = "cePercent"
    /// Dates with a time on the minute, dd/MM/yyyy HH:MM.
    static let dateTimeMinutes = "ceDateTimeMinutes"
    /// Times of day on the minute, HH:MM.
    static let time = "ceTime"
    /// Text: what is typed stays text (the default style of text columns).
    static let text = "ceText"
}

extension ODFPartWriter {
    /// Writes `office:styles`: the default cell style.
    func writeStyles(on writer: XMLWriter) throws {
        try writer.startElement(qualified: "office:styles")
        try writer.startElement(qualified: "style:default-style")
        try writer.attribute(qualified: "style:family", "table-cell")
        try Self.emptyElement(on: writer, "style:text-properties", ["fo:language": "vi", "fo:country": "VN"])
        try writer.endElement()
        try Self.emptyElement(
            on: writer, "style:style", ["style:name": "Default", "style:family": "table-cell"])
        try writer.endElement()
    }

    /// Writes `office:automatic-styles`: column widths, table styles, data styles and cell
    /// styles; with `pageLayouts` (a flat document) the page layouts too.
    func writeAutomaticStyles(on writer: XMLWriter, pageLayouts: Bool = false) throws {
        try writer.startElement(qualified: "office:automatic-styles")
        if pageLayouts {
            try writePageLayouts(on: writer)
        }
        try writeTableStyles(on: writer)
        for (index, width) in columnWidths.enumerated() {
            try writer.startElement(qualified: "style:style")
            try writer.attribute(qualified: "style:name", "co\(index + 1)")
            try writer.attribute(qualified: "style:family", "table-column")
            try Self.emptyElement(
                on: writer,
                "style:table-column-properties",
                ["fo:break-before": "auto", "style:column-width": Self.centimetres(width)])
            try writer.endElement()
        }
        try writer.startElement(qualified: "style:style")
        try writer.attribute(qualified: "style:name", "ro1")
        try writer.attribute(qualified: "style:family", "table-row")
        try Self.emptyElement(
            on: writer,
            "style:table-row-properties",
            ["fo:break-before": "auto", "style:use-optimal-row-height": "true"])
        try writer.endElement()
        try writeDataStyles(on: writer)
        try cellStyle(ODFStyleName.header, bold: true, size: nil, dataStyle: nil, on: writer)
        try cellStyle(ODFStyleName.title, bold: true, size: "14pt", dataStyle: nil, on: writer)
        try cellStyle(ODFStyleName.date, bold: false, size: nil, dataStyle: "N_Date", on: writer)
        try cellStyle(ODFStyleName.dateTime, bold: false, size: nil, dataStyle: "N_DateTime", on: writer)
        try cellStyle(ODFStyleName.duration, bold: false, size: nil, dataStyle: "N_Duration", on: writer)
        try cellStyle(ODFStyleName.percentage, bold: false, size: nil, dataStyle: "N_Percent", on: writer)
        try cellStyle(
            ODFStyleName.dateTimeMinutes, bold: false, size: nil, dataStyle: "N_DateTimeMinutes", on: writer)
        try cellStyle(ODFStyleName.time, bold: false, size: nil, dataStyle: "N_Time", on: writer)
        try cellStyle(ODFStyleName.text, bold: false, size: nil, dataStyle: "N_Text", on: writer)
        try writer.endElement()
    }

    private func writeDataStyles(on writer: XMLWriter) throws {
        try writer.startElement(qualified: "number:date-style")
        try writer.attribute(qualified: "style:name", "N_Date")
        try vietnamese(on: writer)
        try dayMonthYear(on: writer)
        try writer.endElement()

        try writer.startElement(qualified: "number:date-style")
        try writer.attribute(qualified: "style:name", "N_DateTime")
        try vietnamese(on: writer)
        try dayMonthYear(on: writer)
        try writer.element(qualified: "number:text", text: " ")
        try hoursMinutesSeconds(on: writer)
        try writer.endElement()

        try writer.startElement(qualified: "number:time-style")
        try writer.attribute(qualified: "style:name", "N_Duration")
        try writer.attribute(qualified: "number:truncate-on-overflow", "false")
        try hoursMinutesSeconds(on: writer)
        try writer.endElement()

        try writer.startElement(qualified: "number:date-style")
        try writer.attribute(qualified: "style:name", "N_DateTimeMinutes")
        try vietnamese(on: writer)
        try dayMonthYear(on: writer)
        try writer.element(qualified: "number:text", text: " ")
        try hoursMinutes(on: writer)
        try writer.endElement()

        try writer.startElement(qualified: "number:time-style")
        try writer.attribute(qualified: "style:name", "N_Time")
        try hoursMinutes(on: writer)
        try writer.endElement()

        try writer.startElement(qualified: "number:text-style")
        try writer.attribute(qualified: "style:name", "N_Text")
        try Self.emptyElement(on: writer, "number:text-content")
        try writer.endElement()

        try writer.startElement(qualified: "number:percentage-style")
        try writer.attribute(qualified: "style:name", "N_Percent")
        try Self.emptyElement(
            on: writer,
            "number:number",
            [
                "number:decimal-places": "2", "number:min-decimal-places": "0",
                "number:min-integer-digits": "1",
            ])
        try writer.element(qualified: "number:text", text: "%")
        try writer.endElement()
    }

    /// Marks a data style as Vietnamese, so that LibreOffice keeps the day-month-year order
    /// instead of mapping the style onto the system locale's date format.
    private func vietnamese(on writer: XMLWriter) throws {
        try writer.attribute(qualified: "number:language", "vi")
        try writer.attribute(qualified: "number:country", "VN")
    }

    private func dayMonthYear(on writer: XMLWriter) throws {
        try Self.emptyElement(on: writer, "number:day", ["number:style": "long"])
        try writer.element(qualified: "number:text", text: "/")
        try Self.emptyElement(on: writer, "number:month", ["number:style": "long"])
        try writer.element(qualified: "number:text", text: "/")
        try Self.emptyElement(on: writer, "number:year", ["number:style": "long"])
    }

    private func hoursMinutes(on writer: XMLWriter) throws {
        try Self.emptyElement(on: writer, "number:hours", ["number:style": "long"])
        try writer.element(qualified: "number:text", text: ":")
        try Self.emptyElement(on: writer, "number:minutes", ["number:style": "long"])
    }

    private func hoursMinutesSeconds(on writer: XMLWriter) throws {
        try Self.emptyElement(on: writer, "number:hours", ["number:style": "long"])
        try writer.element(qualified: "number:text", text: ":")
        try Self.emptyElement(on: writer, "number:minutes", ["number:style": "long"])
        try writer.element(qualified: "number:text", text: ":")
        try Self.emptyElement(on: writer, "number:seconds", ["number:style": "long"])
    }

    private func cellStyle(
        _ name: String, bold: Bool, size: String?, dataStyle: String?, on writer: XMLWriter
    ) throws {
        try writer.startElement(qualified: "style:style")
        try writer.attribute(qualified: "style:name", name)
        try writer.attribute(qualified: "style:family", "table-cell")
        try writer.attribute(qualified: "style:parent-style-name", "Default")
        if let dataStyle {
            try writer.attribute(qualified: "style:data-style-name", dataStyle)
        }
        if bold || size != nil {
            try writer.startElement(qualified: "style:text-properties")
            if let size {
                try writer.attribute(qualified: "fo:font-size", size)
            }
            if bold {
                try writer.attribute(qualified: "fo:font-weight", "bold")
                try writer.attribute(qualified: "style:font-weight-asian", "bold")
                try writer.attribute(qualified: "style:font-weight-complex", "bold")
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// A length in centimetres with at most three decimals (`3cm`, `2.5cm`).
    static func centimetres(_ value: Double) -> String {
        let thousandths = Int((max(0.01, value.isFinite ? value : 3) * 1000).rounded())
        var text = String(thousandths / 1000)
        let fraction = thousandths % 1000
        if fraction > 0 {
            var digits = String(fraction + 1000).dropFirst()
            while digits.hasSuffix("0") { digits = digits.dropLast() }
            text += "." + digits
        }
        return text + "cm"
    }
}
