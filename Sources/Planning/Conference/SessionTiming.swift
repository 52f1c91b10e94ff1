/// When a session may take place.
public enum SessionTiming: Hashable, Codable, Sendable {
    /// Anywhere in the event's opening hours.
    case free
    /// At exactly this start time.
    case fixed(LocalDateTime)
    /// Anywhere wholly inside this span.
    case window(TimeRange)
}
