import Foundation
import Planning

/// The one place the command line reads the wall clock: now in Vietnam (+07:00), passed to the
/// use cases as a value.
enum WallClock {
    /// Now, as a local date-time in +07:00.
    static func now() -> LocalDateTime {
        LocalDateTime(unixSeconds: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }
}
