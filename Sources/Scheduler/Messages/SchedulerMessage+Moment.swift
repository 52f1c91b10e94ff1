public import Planning

extension SchedulerMessage {
    /// A time as a timetable message shows it: the time of day, with its date when the event has
    /// several days.
    public struct Moment: Hashable, Sendable {
        /// The date-time.
        public var dateTime: LocalDateTime
        /// Whether the date is shown (events of several days).
        public var showsDate: Bool

        /// Creates a moment.
        public init(_ dateTime: LocalDateTime, showsDate: Bool) {
            self.dateTime = dateTime
            self.showsDate = showsDate
        }

        /// `08:00`, or `08:00 04/12/2026` with the date (the same in every language).
        public var text: String {
            showsDate ? dateTime.description : dateTime.time.description
        }
    }
}
