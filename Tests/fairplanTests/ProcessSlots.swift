/// A limit on how many `fairplan` processes a test keeps running at once, so that a test starting
/// hundreds of runs neither floods the machine nor starves a run into its watchdog.
actor ProcessSlots {
    /// Slots free now.
    private var free: Int
    /// Runs waiting for a slot, first come first served.
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// At most `count` runs at once.
    init(_ count: Int) {
        free = max(1, count)
    }

    /// Runs `body` once a slot is free, and frees the slot after.
    func withSlot<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    /// Waits for a free slot and takes it.
    private func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot to the next waiting run, or frees it.
    private func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
