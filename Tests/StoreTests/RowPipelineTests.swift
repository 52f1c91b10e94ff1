import Foundation
import GRDB
import Synchronization
import Testing

@testable import Store

@Suite("RowPipeline: rows made on a second core, inserted in order")
struct RowPipelineTests {
    /// An error a test's row maker throws.
    struct Unmakeable: Error, Equatable {
        let index: Int
    }

    /// Items enough to go through the second thread, over several chunks.
    static let count = RowPipeline<Int, Int, Int>.threshold + 3 * RowPipeline<Int, Int, Int>.chunkSize + 7

    @Test("every row reaches the writer once, in order, made with the state carried from row to row")
    func order() throws {
        let items = Array(0..<Self.count)
        var seen: [(Int, [DatabaseValue])] = []
        try RowPipeline(items: items, state: 0) { item, index, total in
            total += item
            return [item.databaseValue, index.databaseValue, total.databaseValue]
        }.run { values, index in seen.append((index, try values.get())) }
        #expect(seen.map(\.0) == items)
        var total = 0
        for (index, values) in seen {
            total += index
            #expect(values == [index.databaseValue, index.databaseValue, total.databaseValue])
        }
    }

    @Test("a row that cannot be made reaches the writer after every row before it, and ends the run")
    func makingFails() throws {
        let failing = RowPipeline<Int, Int, Int>.chunkSize + 5
        let made = Atomic<Int>(0)
        var inserted: [Int] = []
        #expect(throws: Unmakeable(index: failing)) {
            try RowPipeline(items: Array(0..<Self.count), state: 0) { item, index, _ in
                made.add(1, ordering: .relaxed)
                if index == failing { throw Unmakeable(index: index) }
                return [item.databaseValue]
            }.run { values, index in
                _ = try values.get()
                inserted.append(index)
            }
        }
        #expect(inserted == Array(0..<failing))
        // The producer stopped at the failing row.
        #expect(made.load(ordering: .relaxed) == failing + 1)
    }

    @Test("a writer that fails stops the producer before the run returns")
    func writingFails() throws {
        let made = Atomic<Int>(0)
        #expect(throws: Unmakeable(index: 3)) {
            try RowPipeline(items: Array(0..<(Self.count * 20)), state: 0) { item, _, _ in
                made.add(1, ordering: .relaxed)
                return [item.databaseValue]
            }.run { _, index in
                if index == 3 { throw Unmakeable(index: index) }
            }
        }
        let stopped = made.load(ordering: .relaxed)
        // The producer was at most a few chunks ahead and made nothing after the run returned.
        #expect(stopped <= (RowPipeline<Int, Int, Int>.depth + 2) * RowPipeline<Int, Int, Int>.chunkSize)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(made.load(ordering: .relaxed) == stopped)
    }

    @Test("a small batch is made on the writer's thread, with the same outcome")
    func small() throws {
        let items = Array(0..<10)
        var seen: [Int] = []
        try RowPipeline(items: items, state: ()) { item, _, _ in [item.databaseValue] }.run { values, index in
            let got = try values.get()
            #expect(got == [index.databaseValue])
            seen.append(index)
        }
        #expect(seen == items)
    }
}
