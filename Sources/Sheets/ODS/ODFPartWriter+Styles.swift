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
}

extension ODFPartWriter {
    /// Writes `office:styles`: the default cell style.
    func writeStyles(on writer: ODFXMLWriter) throws {
        try writer.start("office:styles")
        try writer.start("style:default-style")
        try writer.attr("style:family", "table-cell")
        try writer.empty("style:text-properties", ["fo:language": "vi", "fo:country": "VN"])
        try writer.end()
        try writer.empty("style:style", ["style:name": "Default", "style:family": "table-cell"])
        try writer.end()
    }

    /// Writes `office:automatic-styles`: column widths, data styles and cell styles.
    func writeAutomaticStyles(on writer: ODFXMLWriter) throws {
        try writer.start("office:automatic-styles")
        for (index, width) in columnWidths.enumerated() {
            try writer.start("style:style")
            try writer.attr("style:name", "co\(index + 1)")
            try writer.attr("style:family", "table-column")
            try writer.empty(
                "style:table-column-properties",
                ["fo:break-before": "auto", "style:column-width": Self.centimetres(width)])
            try writer.end()
        }
        try writer.start("style:style")
        try writer.attr("style:name", "ro1")
        try writer.attr("style:family", "table-row")
        try writer.empty(
            "style:table-row-properties",
            ["fo:break-before": "auto", "style:use-optimal-row-height": "true"])
        try writer.end()
        try writeDataStyles(on: writer)
        try cellStyle(ODFStyleName.header, bold: true, size: nil, dataStyle: nil, on: writer)
        try cellStyle(ODFStyleName.title, bold: true, size: "14pt", dataStyle: nil, on: writer)
        try cellStyle(ODFStyleName.date, bold: false, size: nil, dataStyle: "N_Date", on: writer)
        try cellStyle(ODFStyleName.dateTime, bold: false, size: nil, dataStyle: "N_DateTime", on: writer)
        try cellStyle(ODFStyleName.duration, bold: false, size: nil, dataStyle: "N_Duration", on: writer)
        try cellStyle(ODFStyleName.percentage, bold: false, size: nil, dataStyle: "N_Percent", on: writer)
        try writer.end()
    }

    private func writeDataStyles(on writer: ODFXMLWriter) throws {
        try writer.start("number:date-style")
        try writer.attr("style:name", "N_Date")
        try vietnamese(on: writer)
        try dayMonthYear(on: writer)
        try writer.end()

        try writer.start("number:date-style")
        try writer.attr("style:name", "N_DateTime")
        try vietnamese(on: writer)
        try dayMonthYear(on: writer)
        try writer.leaf("number:text", text: " ")
        try hoursMinutesSeconds(on: writer)
        try writer.end()

        try writer.start("number:time-style")
        try writer.attr("style:name", "N_Duration")
        try writer.attr("number:truncate-on-overflow", "false")
        try hoursMinutesSeconds(on: writer)
        try writer.end()

        try writer.start("number:percentage-style")
        try writer.attr("style:name", "N_Percent")
        try writer.empty(
            "number:number",
            [
                "number:decimal-places": "2", "number:min-decimal-places": "0",
                "number:min-integer-digits": "1",
            ])
        try writer.leaf("number:text", text: "%")
        try writer.end()
    }

    /// Marks a data style as Vietnamese, so that LibreOffice keeps the day-month-year order
    /// instead of mapping the style onto the system locale's date format.
    private func vietnamese(on writer: ODFXMLWriter) throws {
        try writer.attr("number:language", "vi")
        try writer.attr("number:country", "VN")
    }

    private func dayMonthYear(on writer: ODFXMLWriter) throws {
        try writer.empty("number:day", ["number:style": "long"])
        try writer.leaf("number:text", text: "/")
        try writer.empty("number:month", ["number:style": "long"])
        try writer.leaf("number:text", text: "/")
        try writer.empty("number:year", ["number:style": "long"])
    }

    private func hoursMinutesSeconds(on writer: ODFXMLWriter) throws {
        try writer.empty("number:hours", ["number:style": "long"])
        try writer.leaf("number:text", text: ":")
        try writer.empty("number:minutes", ["number:style": "long"])
        try writer.leaf("number:text", text: ":")
        try writer.empty("number:seconds", ["number:style": "long"])
    }

    private func cellStyle(
        _ name: String, bold: Bool, size: String?, dataStyle: String?, on writer: ODFXMLWriter
    ) throws {
        try writer.start("style:style")
        try writer.attr("style:name", name)
        try writer.attr("style:family", "table-cell")
        try writer.attr("style:parent-style-name", "Default")
        if let dataStyle {
            try writer.attr("style:data-style-name", dataStyle)
        }
        if bold || size != nil {
            try writer.start("style:text-properties")
            if let size {
                try writer.attr("fo:font-size", size)
            }
            if bold {
                try writer.attr("fo:font-weight", "bold")
                try writer.attr("style:font-weight-asian", "bold")
                try writer.attr("style:font-weight-complex", "bold")
            }
            try writer.end()
        }
        try writer.end()
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
