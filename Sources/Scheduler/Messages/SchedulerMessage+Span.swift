public import Planning

extension SchedulerMessage {
    /// A span of time as a timetable message shows it: the times, with the date when the event has
    /// several days.
    public struct Span: Hashable, Sendable {
        /// The span.
        public var range: TimeRange
        /// Whether the date is shown (events of several days).
        public var showsDate: Bool

        /// Creates a span.
        public init(_ range: TimeRange, showsDate: Bool) {
            self.range = range
            self.showsDate = showsDate
        }

        /// `08:00–09:30`, or `08:00–09:30 04/12/2026` with the date (the same in every language).
        public var text: String {
            showsDate ? range.description : "\(range.start.time)–\(range.end.time)"
        }
    }
}
