/// Staff changes and solver runs on one plan, one at a time in the order they come: a change
/// made in the console waits for an allocation or timetabling run to end (and the run for the
/// change), while registrations, which only add pending entries, go on beside them.
actor StaffLane {
    /// Whether a change or run holds the lane.
    private var busy = false
    /// Those waiting for the lane, first come first.
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` once the lane is free, holding it until `body` ends.
    nonisolated func run<Value: Sendable>(_ body: @Sendable () async throws -> Value) async throws -> Value {
        await acquire()
        do {
            let value = try await body()
            await release()
            return value
        } catch {
            await release()
            throw error
        }
    }

    /// Waits for the lane and takes it.
    private func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the lane to the next in line, or frees it.
    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
