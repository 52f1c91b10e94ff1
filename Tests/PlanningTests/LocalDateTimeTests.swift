import Planning
import Testing

@Suite("LocalDateTime from Unix time")
struct LocalDateTimeTests {
    static func local(_ iso: String, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        PlanFixtures.at(iso, hour, minute)
    }

    @Test("the epoch and known instants are read at UTC+07:00")
    func known() {
        #expect(LocalDateTime(unixSeconds: 0) == Self.local("1970-01-01", 7))
        // 2026-12-16T01:00:00Z is 08:00 in Vietnam.
        #expect(LocalDateTime(unixSeconds: 1_797_382_800) == Self.local("2026-12-16", 8))
        // 16:59:59Z is 23:59 local; one second later the local day turns.
        #expect(LocalDateTime(unixSeconds: 1_797_440_399) == Self.local("2026-12-16", 23, 59))
        #expect(LocalDateTime(unixSeconds: 1_797_440_400) == Self.local("2026-12-17", 0))
    }

    @Test("seconds within a minute are dropped, also before 1970")
    func rounding() {
        #expect(LocalDateTime(unixSeconds: 59) == Self.local("1970-01-01", 7))
        #expect(LocalDateTime(unixSeconds: 60) == Self.local("1970-01-01", 7, 1))
        #expect(LocalDateTime(unixSeconds: -1) == Self.local("1970-01-01", 6, 59))
        #expect(LocalDateTime(unixSeconds: -60) == Self.local("1970-01-01", 6, 59))
        #expect(LocalDateTime(unixSeconds: -61) == Self.local("1970-01-01", 6, 58))
        #expect(LocalDateTime(unixSeconds: -25_200) == Self.local("1970-01-01", 0))
        #expect(LocalDateTime(unixSeconds: -25_201) == Self.local("1969-12-31", 23, 59))
    }

    @Test("whole minutes agree with the local minute index")
    func minuteIndex() {
        let offsetMinutes = Int64(LocalDateTime.utcOffsetSeconds / 60)
        for minutes: Int64 in [-10_000_000, -1_441, -1, 0, 1, 1_439, 29_956_380, 123_456_789] {
            let time = LocalDateTime(unixSeconds: minutes * 60)
            #expect(Int64(time.minuteIndex) == minutes + offsetMinutes, "\(minutes)")
        }
    }

    @Test("the extremes of Int64 do not trap")
    func extremes() {
        #expect(LocalDateTime(unixSeconds: .max).date.year > 9999)
        #expect(LocalDateTime(unixSeconds: .min).date.year < 0)
    }

    @Test("the one UTC offset is Vietnam's")
    func offset() {
        #expect(LocalDateTime.utcOffsetSeconds == 25_200)
    }
}
