extension BoothSearch {
    /// Places parties greedily: pinned and held first, then the largest requests, each in service
    /// order, on the free block that scores best (ties to blocks that hug taken booths and row ends).
    mutating func construct() {
        let order = parties.indices.sorted { a, b in
            if mustPlace[a] != mustPlace[b] { return mustPlace[a] }
            if parties[a].boothsWanted != parties[b].boothsWanted {
                return parties[a].boothsWanted > parties[b].boothsWanted
            }
            return a < b
        }
        for p in order {
            if let candidate = bestFreeCandidate(p, hugging: true) { place(p, at: candidate) }
        }
    }

    /// The free candidate block that adds most to the score, or nil when none is free.
    func bestFreeCandidate(_ p: Int, hugging: Bool) -> Int? {
        var best: (value: Double, candidate: Int)?
        for (candidate, booths) in lists[listOf[p]].blocks.enumerated() where isFree(booths) {
            var value = partyTerms(p, candidate) + neighbourTerms(p, booths)
            if hugging { value += 0.01 * hug(booths) }
            if best.map({ value > $0.value + 1e-12 }) ?? true { best = (value, candidate) }
        }
        return best?.candidate
    }

    /// How snugly a block sits: walls to booths already taken, and missing walls (row ends).
    func hug(_ booths: [Int]) -> Double {
        var value = 0.0
        for b in booths {
            value += Double(max(0, 3 - geometry.walls[b].count))
            for n in geometry.walls[b] where owner[n] >= 0 && !booths.contains(n) { value += 1 }
        }
        return value
    }
}
