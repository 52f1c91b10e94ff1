import Planning
import Sheets

extension CalendarDate {
    /// The date as a spreadsheet cell value.
    var cell: CellValue {
        SheetDate(year: year, month: month, day: day).map(CellValue.date) ?? .text(vietnamese)
    }
}

extension LocalDateTime {
    /// The date-time as a spreadsheet cell value in +07:00.
    var cell: CellValue {
        guard let day = SheetDate(year: date.year, month: date.month, day: date.day) else {
            return .text(description)
        }
        return .dateTime(day, hour: time.hour, minute: time.minute, second: 0, utcOffsetMinutes: 420)
    }
}

extension Optional where Wrapped == String {
    /// The text as a cell, empty when nil or blank.
    var cell: CellValue {
        guard let text = self, !text.isEmpty else { return .empty }
        return .text(text)
    }
}
