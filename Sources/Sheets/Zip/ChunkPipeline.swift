import Foundation

/// Hands chunks of bytes to a consumer running on its own thread, through a few fixed buffers,
/// so that producing the bytes (libxml2 serialising `content.xml`) and consuming them (CRC-32,
/// deflate, file writes) overlap on two cores.
///
/// `send(_:)` copies a chunk into a free buffer, waiting while all are in use; the consumer gets
/// the chunks in order, one at a time. Memory is bounded by `slotCount × slotSize`. The first
/// error the consumer throws is rethrown, unchanged, by the next `send(_:)` or by `finish()`,
/// and the consumer is not called again. The producer must end with `finish()` or `cancel()`,
/// which return only once the consumer thread has stopped; until then the consumer alone may
/// touch whatever it writes to.
///
/// `@unchecked Sendable`: every mutable field is read and written under `condition`'s lock;
/// a buffer is written by the producer only while it is free and read by the consumer only
/// while it is filled, the hand-over happening under the lock.
final class ChunkPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private let slotSize: Int
    private let slots: [UnsafeMutableRawPointer]
    private var counts: [Int]
    /// The next buffer the consumer reads.
    private var head = 0
    /// The next buffer the producer fills.
    private var tail = 0
    private var filled = 0
    private var producerDone = false
    private var cancelled = false
    private var consumerStopped = false
    private var failure: (any Error)?
    private let consume: (UnsafeRawBufferPointer) throws -> Void

    /// Starts the consumer thread.
    ///
    /// - Parameters:
    ///   - slotCount: How many buffers (at least 2).
    ///   - slotSize: The size of each buffer; longer chunks are split.
    ///   - consume: Called on the consumer thread with each chunk, in order.
    init(
        slotCount: Int = 4, slotSize: Int = 64 * 1024,
        consume: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) {
        self.slotSize = max(64, slotSize)
        let count = max(2, slotCount)
        slots = (0..<count).map { _ in
            UnsafeMutableRawPointer.allocate(byteCount: max(64, slotSize), alignment: 16)
        }
        counts = Array(repeating: 0, count: count)
        self.consume = consume
        let thread = Thread { [self] in run() }
        thread.name = "fairplan.zip-deflate"
        thread.start()
    }

    deinit {
        for slot in slots {
            slot.deallocate()
        }
    }

    /// Copies `chunk` to the consumer, waiting for a free buffer; rethrows the consumer's error.
    func send(_ chunk: UnsafeRawBufferPointer) throws {
        guard var source = chunk.baseAddress else { return }
        var remaining = chunk.count
        while remaining > 0 {
            condition.lock()
            while filled == slots.count && failure == nil {
                condition.wait()
            }
            if let failure {
                condition.unlock()
                throw failure
            }
            let slot = tail
            condition.unlock()
            let step = min(remaining, slotSize)
            slots[slot].copyMemory(from: source, byteCount: step)
            source += step
            remaining -= step
            condition.lock()
            counts[slot] = step
            tail = (tail + 1) % slots.count
            filled += 1
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Waits until the consumer has taken every chunk and stopped; rethrows its error.
    func finish() throws {
        condition.lock()
        producerDone = true
        condition.broadcast()
        while !consumerStopped {
            condition.wait()
        }
        let failure = failure
        condition.unlock()
        if let failure { throw failure }
    }

    /// Drops the chunks not yet consumed and waits until the consumer has stopped.
    func cancel() {
        condition.lock()
        cancelled = true
        producerDone = true
        condition.broadcast()
        while !consumerStopped {
            condition.wait()
        }
        condition.unlock()
    }

    /// The consumer thread's loop.
    private func run() {
        while true {
            condition.lock()
            while filled == 0 && !producerDone && !cancelled {
                condition.wait()
            }
            if cancelled || filled == 0 {
                consumerStopped = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let slot = head
            let count = counts[slot]
            condition.unlock()
            do {
                try consume(UnsafeRawBufferPointer(start: slots[slot], count: count))
            } catch {
                condition.lock()
                failure = error
                consumerStopped = true
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.lock()
            head = (head + 1) % slots.count
            filled -= 1
            condition.broadcast()
            condition.unlock()
        }
    }
}
