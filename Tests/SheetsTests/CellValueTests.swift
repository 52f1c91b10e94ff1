import Sheets
import Testing

@Suite("CellValue: a cell's value")
struct CellValueTests {
    @Test("a cell is as small as a text, whatever case it holds, and dates survive out of line")
    func compact() throws {
        // Half a million cells of a national registry are held at once: 24 bytes each, not 64.
        #expect(MemoryLayout<CellValue>.stride <= 24)
        let day = try #require(SheetDate(year: 2026, month: 12, day: 15))
        let values: [CellValue] = [
            .date(day), .dateTime(day, hour: 8, minute: 30, second: 5, utcOffsetMinutes: 420), .text("Gạo"),
        ]
        #expect(values[0] == .date(try #require(SheetDate(year: 2026, month: 12, day: 15))))
        guard case .dateTime(let date, let hour, let minute, let second, let offset) = values[1] else {
            Issue.record("not a date and time: \(values[1])")
            return
        }
        #expect(date == day && hour == 8 && minute == 30 && second == 5 && offset == 420)
        #expect(values[0] != values[1])
    }
}
