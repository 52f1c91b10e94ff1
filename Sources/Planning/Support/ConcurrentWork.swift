import Dispatch
import Foundation

/// Runs independent pieces of pure work on the machine's cores and gives their results back in
/// the order the pieces were given, so that the outcome is the same as running them one after the
/// other.
///
/// The pieces must not share mutable state; each returns its own value. Used where a large plan's
/// rules or an import's steps split into parts that read the same immutable values.
public enum ConcurrentWork {
    /// The results of `pieces`, in their order, computed concurrently.
    ///
    /// With a single piece, or on a machine with one core, the pieces run on the calling thread.
    public static func results<Result: Sendable>(
        of pieces: [@Sendable () -> Result]
    ) -> [Result] {
        guard pieces.count > 1, Self.cores > 1 else { return pieces.map { $0() } }
        let slots = Slots<Result>(count: pieces.count)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
            slots.store(pieces[index](), at: index)
        }
        return slots.values()
    }

    /// The number of cores the work may use.
    public static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
}

/// One result per piece, written by the thread that computed it: each slot is written once, by one
/// thread, before `concurrentPerform` returns, which orders the writes before the reads.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    /// The storage: one optional value per piece.
    private let buffer: UnsafeMutableBufferPointer<Value?>

    /// Empty slots for `count` pieces.
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Stores the result of piece `index`.
    func store(_ value: Value, at index: Int) {
        buffer[index] = value
    }

    /// Every result, in the pieces' order.
    func values() -> [Value] {
        buffer.map { $0! }
    }
}
