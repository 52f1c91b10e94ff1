import Dispatch
import Foundation
import GRDB

/// Turns a batch's entities into the values of their rows on a second core while the writer
/// inserts the rows before them.
///
/// SQLite has one writer: the inserts of an import run one after the other on the writer's
/// thread. Making each row's values (its JSON columns, its text columns) takes a third of that
/// time and needs nothing from the database, so a producer works ahead by a few chunks on
/// another thread, and the writer only binds and steps. The rows reach the writer in the batch's
/// order, whatever the threads do: the outcome, the journal and the errors are those of doing one
/// row after the other, and an error while making a row is handed to the writer at that row.
struct RowPipeline<Item: Sendable, State: Sendable, Row: Sendable> {
    /// The smallest batch worth a second thread.
    static var threshold: Int { 512 }
    /// Rows made per chunk.
    static var chunkSize: Int { 512 }
    /// Chunks the producer may be ahead of the writer: bounds the memory it holds.
    static var depth: Int { 3 }

    /// The entities, in the order their rows are inserted.
    let items: [Item]
    /// The producer's own memo (a province's JSON, say), carried from row to row.
    let state: State
    /// Makes the row for the item at an index (its statement arguments, say).
    let make: @Sendable (Item, Int, inout State) throws -> Row

    /// Feeds every row's values (or the error making them) to `insert`, in order, with the item's
    /// index.
    ///
    /// Below ``threshold`` items, or on one core, the rows are made on the calling thread.
    func run(_ insert: (_ values: Result<Row, any Error>, _ index: Int) throws -> Void) throws {
        if items.count < Self.threshold || ProcessInfo.processInfo.activeProcessorCount < 2 {
            var state = state
            for (index, item) in items.enumerated() {
                try insert(Result { try make(item, index, &state) }, index)
            }
            return
        }
        let channel = Channel<Row>(depth: Self.depth)
        let (items, maker, initial) = (items, make, state)
        DispatchQueue.global(qos: .userInitiated).async {
            var state = initial
            var start = 0
            produce: while start < items.count, !channel.isStopped {
                let end = min(start + Self.chunkSize, items.count)
                var chunk: [Result<Row, any Error>] = []
                chunk.reserveCapacity(end - start)
                for index in start..<end {
                    let values = Result { try maker(items[index], index, &state) }
                    chunk.append(values)
                    // Rows after an error are never reached: the writer stops at it.
                    if case .failure = values {
                        _ = channel.put(chunk)
                        break produce
                    }
                }
                guard channel.put(chunk) else { break }
                start = end
            }
            channel.finish()
        }
        defer { channel.stop() }
        var index = 0
        while let chunk = channel.take() {
            for values in chunk {
                try insert(values, index)
                index += 1
            }
        }
    }
}

/// The chunks between the producer and the writer: a bounded queue with a stop signal.
private final class Channel<Row: Sendable>: @unchecked Sendable {
    /// Guards every field below.
    private let condition = NSCondition()
    /// The chunks made and not yet taken.
    private var chunks: [[Result<Row, any Error>]] = []
    /// Set by the producer when it made its last chunk.
    private var finished = false
    /// Set by the writer when it takes no more chunks (done or failed).
    private var stopped = false
    /// The most chunks held.
    private let depth: Int

    /// An empty channel holding at most `depth` chunks.
    init(depth: Int) { self.depth = depth }

    /// Hands a chunk to the writer, waiting while `depth` chunks are held; false once the writer
    /// has stopped.
    func put(_ chunk: [Result<Row, any Error>]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= depth && !stopped { condition.wait() }
        guard !stopped else { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// Whether the writer has stopped taking chunks: the producer makes no more.
    var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    /// Marks the producer done.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for it; nil when the producer is done and every chunk was taken.
    func take() -> [Result<Row, any Error>]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        condition.broadcast()
        return chunks.removeFirst()
    }

    /// Stops the producer, then waits until it has left, so that nothing it holds outlives the
    /// writer's transaction.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
