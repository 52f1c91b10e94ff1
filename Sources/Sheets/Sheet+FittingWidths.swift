extension Sheet {
    /// The sheet with every column as wide as its longest text (header in bold, body cells as
    /// shown), estimated by ``ColumnWidth``, with the cell padding, kept between `minimum` and
    /// `maximum` centimetres. The title row is merged across the columns and not measured. The
    /// body rows are read once (``measuringRows`` when set).
    public func fittingWidths(minimum: Double = 1.2, maximum: Double = 20) -> Sheet {
        var widths = columns.map { ColumnWidth.centimetres(of: $0.header, bold: true) }
        let body = (measuringRows ?? rows)()
        while let row = body.next() {
            for (index, value) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], ColumnWidth.centimetres(of: Self.shownText(value)))
            }
        }
        var sheet = self
        for index in sheet.columns.indices {
            let width = (widths[index] + ColumnWidth.padding) * 10
            sheet.columns[index].widthCentimetres = min(maximum, max(minimum, width.rounded(.up) / 10))
        }
        return sheet
    }

    /// The sum of the column widths in centimetres.
    public var totalWidth: Double { columns.reduce(0) { $0 + $1.widthCentimetres } }

    /// The text a cell shows, as wide as the spreadsheet shows it (`dd/mm/yyyy`, `hh:mm`).
    static func shownText(_ value: CellValue) -> String {
        switch value {
        case .date: return "00/00/0000"
        case .dateTime(_, _, _, let second, _):
            return second == 0 ? "00/00/0000 00:00" : "00/00/0000 00:00:00"
        case .duration(let seconds): return seconds % 60 == 0 ? "00:00" : "00:00:00"
        case .percentage: return "000.00%"
        default: return value.plainText
        }
    }
}
