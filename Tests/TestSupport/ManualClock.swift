import Synchronization

/// A clock for tests whose time moves only when the test says so.
///
/// `now` starts at zero and moves with ``advance(by:)``; with a `step`, every read of ``now``
/// also moves it on by that step after returning the current instant, so code that measures a
/// time budget by reading the clock (a time-limited search) stops after a known number of reads:
/// with a 10 ms step and a 100 ms budget, a search that reads the clock once at the start and
/// then before every check stops at its eleventh check. ``sleep(until:tolerance:)`` does not wait:
/// it moves the clock to the deadline. Thread-safe (a lock guards the state), so a clock can be
/// shared with code running in other tasks.
public final class ManualClock: Clock {
    /// A point in a manual clock's time: the time since the clock started.
    public struct Instant: InstantProtocol {
        /// The time since the clock started.
        public var offset: Duration

        /// Creates an instant at an offset from the clock's start.
        public init(offset: Duration) {
            self.offset = offset
        }

        /// The instant `duration` later.
        public func advanced(by duration: Duration) -> Instant {
            Instant(offset: offset + duration)
        }

        /// The time from this instant to `other`.
        public func duration(to other: Instant) -> Duration {
            other.offset - offset
        }

        /// Orders instants by their offset.
        public static func < (lhs: Instant, rhs: Instant) -> Bool {
            lhs.offset < rhs.offset
        }
    }

    private struct State {
        var now = Instant(offset: .zero)
        var reads = 0
    }

    private let state = Mutex(State())

    /// How far every read of ``now`` moves the clock on (zero: reads never move it).
    public let step: Duration

    /// Creates a clock at zero.
    ///
    /// - Parameter step: how far each read of ``now`` moves the clock on, after returning.
    public init(step: Duration = .zero) {
        self.step = step
    }

    /// The current instant; counts as a read and then moves the clock on by ``step``.
    public var now: Instant {
        state.withLock { state in
            let current = state.now
            state.now = current.advanced(by: step)
            state.reads += 1
            return current
        }
    }

    /// The current instant without reading the clock (no step, not counted).
    public var current: Instant {
        state.withLock { $0.now }
    }

    /// How many times ``now`` has been read.
    public var reads: Int {
        state.withLock { $0.reads }
    }

    /// The smallest step the clock measures.
    public var minimumResolution: Duration { .nanoseconds(1) }

    /// Moves the clock on by `duration` (a negative duration is ignored: time never goes back).
    public func advance(by duration: Duration) {
        guard duration > .zero else { return }
        state.withLock { $0.now = $0.now.advanced(by: duration) }
    }

    /// Moves the clock to `deadline` when it is later, without waiting; throws when the task is
    /// cancelled.
    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            if deadline > state.now { state.now = deadline }
        }
    }
}
