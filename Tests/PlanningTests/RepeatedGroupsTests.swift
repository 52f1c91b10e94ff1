import Planning
import TestSupport
import Testing

@Suite("Range.repeatedGroups: positions sharing a key, repeated keys only")
struct RepeatedGroupsTests {
    @Test("repeated keys are grouped by first position; single and missing keys get no group")
    func repeatedGroups() {
        let keys: [String?] = ["a", "b", nil, "a", "c", "b", nil, "a", "d"]
        let groups = keys.indices.repeatedGroups { keys[$0] }
        #expect(groups == [[0, 3, 7], [1, 5]])
        // The same groups as grouping every position, on random keys.
        var random = TestRandom(seed: 17)
        let many: [String?] = (0..<2_000).map { _ in
            Int.random(in: 0..<10, using: &random) == 0 ? nil : "k\(Int.random(in: 0..<900, using: &random))"
        }
        let grouped = Dictionary(grouping: many.indices.filter { many[$0] != nil }) { many[$0]! }
        #expect(
            many.indices.repeatedGroups { many[$0] }
                == grouped.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] })
    }
}
