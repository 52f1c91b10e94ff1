import Testing

@testable import Sheets

/// The pipeline between the XML writer and the compressor: order, splitting, errors, cancel.
@Suite struct ChunkPipelineTests {
    private struct Refused: Error, Equatable {}

    /// Collects what the consumer thread receives (read only after `finish`/`cancel`).
    private final class Collector: @unchecked Sendable {
        var bytes: [UInt8] = []
        var calls = 0
    }

    @Test func deliversEveryChunkInOrderSplittingLongOnes() throws {
        let collector = Collector()
        let pipeline = ChunkPipeline(slotCount: 2, slotSize: 64) { chunk in
            #expect(chunk.count <= 64)
            collector.bytes.append(contentsOf: chunk)
        }
        var sent: [UInt8] = []
        for index in 0..<500 {
            let chunk = (0..<(index % 150)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            sent += chunk
            try chunk.withUnsafeBytes { try pipeline.send($0) }
        }
        try pipeline.finish()
        #expect(collector.bytes == sent)
    }

    @Test func consumerErrorReachesTheProducer() throws {
        let collector = Collector()
        let pipeline = ChunkPipeline(slotCount: 2, slotSize: 64) { _ in
            collector.calls += 1
            if collector.calls == 3 { throw Refused() }
        }
        let chunk = [UInt8](repeating: 0x41, count: 64)
        #expect(throws: Refused()) {
            for _ in 0..<1000 {
                try chunk.withUnsafeBytes { try pipeline.send($0) }
            }
            try pipeline.finish()
        }
        #expect(throws: Refused()) { try pipeline.finish() }
        #expect(collector.calls == 3)
    }

    @Test func cancelStopsTheConsumer() throws {
        let collector = Collector()
        let pipeline = ChunkPipeline(slotCount: 4, slotSize: 64) { chunk in
            collector.bytes.append(contentsOf: chunk)
        }
        let chunk = [UInt8](repeating: 0x42, count: 64)
        for _ in 0..<3 {
            try chunk.withUnsafeBytes { try pipeline.send($0) }
        }
        pipeline.cancel()
        let received = collector.bytes.count
        #expect(received <= 3 * 64 && received % 64 == 0)
        #expect(throws: Never.self) { try pipeline.finish() }
        #expect(collector.bytes.count == received)
    }
}
