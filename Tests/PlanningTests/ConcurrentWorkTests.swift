import Planning
import Testing

@Suite("ConcurrentWork: independent pieces on every core, results in their order")
struct ConcurrentWorkTests {
    @Test("each piece's result comes back at its place, however long each takes")
    func order() {
        let pieces: [@Sendable () -> [Int]] = (0..<16).map { piece in
            {
                // Uneven work, so that pieces finish out of order.
                var sum = 0
                for value in 0..<((16 - piece) * 20_000) { sum &+= value }
                return [piece, sum == -1 ? 0 : piece * 2]
            }
        }
        #expect(ConcurrentWork.results(of: pieces) == (0..<16).map { [$0, $0 * 2] })
    }

    @Test("no pieces and one piece")
    func edges() {
        #expect(ConcurrentWork.results(of: [] as [@Sendable () -> Int]).isEmpty)
        #expect(ConcurrentWork.results(of: [{ 7 }]) == [7])
    }
}
