import Foundation
import Planning
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    /// Makes a date from parts known to be valid.
    func date(_ year: Int, _ month: Int, _ day: Int) throws -> CalendarDate {
        try #require(CalendarDate(year: year, month: month, day: day))
    }

    @Test("Validation of days, months and leap years")
    func validation() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2025, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 1, day: 0) == nil)
    }

    @Test("ISO and Vietnamese forms")
    func parsing() throws {
        let day = try date(2025, 7, 6)
        #expect(CalendarDate(iso: "2025-07-06") == day)
        #expect(CalendarDate(vietnamese: "06/07/2025") == day)
        #expect(CalendarDate(vietnamese: "6/7/2025") == day)
        #expect(CalendarDate(vietnamese: "06-07-2025") == day)
        #expect(CalendarDate(vietnamese: "06.07.2025") == day)
        #expect(CalendarDate(vietnamese: " 06/07/2025 ") == day)
        #expect(day.iso == "2025-07-06")
        #expect(day.vietnamese == "06/07/2025")
        #expect(day.description == "2025-07-06")
        for bad in ["2025-7-6", "2025-02-30", "20250706", "2025/07/06", "", "abcd-ef-gh", "2025-07-06T00:00"]
        {
            #expect(CalendarDate(iso: bad) == nil, "\(bad)")
        }
        for bad in ["31/02/2025", "07/2025", "06/07/25", "6/7/2025/1", "", "06/07-2025", "+6/7/2025"] {
            #expect(CalendarDate(vietnamese: bad) == nil, "\(bad)")
        }
    }

    @Test("Month arithmetic clamps to the end of the month")
    func addingMonths() throws {
        #expect(try date(2025, 1, 31).adding(months: 1) == (try date(2025, 2, 28)))
        #expect(try date(2024, 1, 31).adding(months: 1) == (try date(2024, 2, 29)))
        #expect(try date(2025, 3, 31).adding(months: -1) == (try date(2025, 2, 28)))
        #expect(try date(2025, 5, 31).adding(months: 1) == (try date(2025, 6, 30)))
        #expect(try date(2025, 11, 15).adding(months: 3) == (try date(2026, 2, 15)))
        #expect(try date(2025, 1, 15).adding(months: -1) == (try date(2024, 12, 15)))
        #expect(try date(2025, 1, 15).adding(months: -13) == (try date(2023, 12, 15)))
        #expect(try date(2022, 7, 6).adding(months: 36) == (try date(2025, 7, 6)))
        #expect(try date(2024, 2, 29).adding(years: 1) == (try date(2025, 2, 28)))
        #expect(try date(2024, 2, 29).adding(years: 4) == (try date(2028, 2, 29)))
    }

    @Test("Day arithmetic, day numbers and weekdays")
    func days() throws {
        #expect(try date(1970, 1, 1).daysSinceEpoch == 0)
        #expect(try date(2025, 7, 6).daysSinceEpoch == 20_275)
        #expect(try date(1969, 12, 31).daysSinceEpoch == -1)
        #expect(try date(2025, 3, 1).daysSince(try date(2025, 2, 28)) == 1)
        #expect(try date(2024, 3, 1).daysSince(try date(2024, 2, 28)) == 2)
        #expect(try date(2025, 1, 1).daysSince(try date(2026, 1, 1)) == -365)
        #expect(try date(2024, 12, 31).adding(days: 1) == (try date(2025, 1, 1)))
        #expect(try date(2025, 3, 1).adding(days: -1) == (try date(2025, 2, 28)))
        #expect(try date(2025, 7, 6).weekday == .sunday)
        #expect(try date(2025, 7, 1).weekday == .tuesday)
        #expect(try date(1970, 1, 1).weekday == .thursday)
        #expect(try date(1969, 12, 29).weekday == .monday)
        #expect(CalendarDate.Weekday.sunday.name(.english) == PlanningMessage.weekday(.sunday).english)
        var day = try date(1899, 12, 25)
        for offset in 0..<100_000 {
            #expect(CalendarDate(daysSinceEpoch: day.daysSinceEpoch) == day)
            let next = day.adding(days: 1)
            #expect(next > day)
            #expect(next.daysSince(day) == 1)
            if offset % 997 == 0 {
                #expect(CalendarDate(iso: day.iso) == day)
                #expect(CalendarDate(vietnamese: day.vietnamese) == day)
            }
            day = next
        }
    }

    @Test("Ordering and Codable as an ISO string")
    func orderingAndCodable() throws {
        let dates = [try date(2025, 7, 6), try date(2024, 12, 31), try date(2025, 1, 1)]
        #expect(dates.sorted().map(\.iso) == ["2024-12-31", "2025-01-01", "2025-07-06"])
        let data = try JSONEncoder().encode(dates)
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-07-06","2024-12-31","2025-01-01"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == dates)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CalendarDate.self, from: Data(#""2025-02-30""#.utf8))
        }
    }

    @Test("Conversion from and to Foundation dates at Vietnam's offset")
    func foundationDates() throws {
        // 2025-07-05T17:00:00Z is midnight on 6 July in Vietnam.
        let midnight = Date(timeIntervalSince1970: 1_751_734_800)
        #expect(CalendarDate(date: midnight) == (try date(2025, 7, 6)))
        #expect(CalendarDate(date: midnight.addingTimeInterval(-1)) == (try date(2025, 7, 5)))
        #expect(CalendarDate(date: midnight, secondsFromGMT: 0) == (try date(2025, 7, 5)))
        #expect(try date(2025, 7, 6).startDate() == midnight)
    }
}
