import Foundation

/// The results of processes run in parallel.
final class ParallelResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [FairPlanProcess.Result?] = []

    /// Adds one result.
    func add(_ result: FairPlanProcess.Result?) {
        lock.lock()
        results.append(result)
        lock.unlock()
    }

    /// Every result so far.
    var all: [FairPlanProcess.Result?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
