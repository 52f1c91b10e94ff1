public import Foundation

extension CalendarDate {
    /// The calendar day of `date` at a fixed UTC offset, by default Vietnam's (UTC+7).
    ///
    /// Pure arithmetic on the time interval: no time zone database or locale is consulted.
    public init(date: Date, secondsFromGMT: Int = LocalDateTime.utcOffsetSeconds) {
        let seconds = date.timeIntervalSince1970 + Double(secondsFromGMT)
        self.init(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }

    /// The start (midnight) of this day at a fixed UTC offset, by default Vietnam's (UTC+7).
    public func startDate(secondsFromGMT: Int = LocalDateTime.utcOffsetSeconds) -> Date {
        Date(timeIntervalSince1970: Double(daysSinceEpoch * 86_400 - secondsFromGMT))
    }
}
