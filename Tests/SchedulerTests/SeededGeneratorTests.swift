import Scheduler
import Testing

@Suite("SeededGenerator")
struct SeededGeneratorTests {
    @Test("the same seed gives the same sequence")
    func sameSeedSameSequence() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        let a = (0..<100).map { _ in first.next() }
        let b = (0..<100).map { _ in second.next() }
        #expect(a == b)
    }

    @Test("different seeds give different sequences, seed 0 included")
    func differentSeeds() {
        var zero = SeededGenerator(seed: 0)
        var one = SeededGenerator(seed: 1)
        let a = (0..<10).map { _ in zero.next() }
        let b = (0..<10).map { _ in one.next() }
        #expect(a != b)
        #expect(Set(a).count == 10)
    }

    @Test("draws cover a small range evenly enough")
    func rangeCoverage() {
        var generator = SeededGenerator(seed: 7)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<6_000 { counts[Int.random(in: 0..<6, using: &generator)] += 1 }
        #expect(counts.allSatisfy { (800...1_200).contains($0) })
    }
}
