extension BoothSearch {
    /// Serves the parties in order (those with pinned or held booths first, then the queue), each
    /// on the free block that scores best (ties to blocks that hug taken booths and row ends).
    ///
    /// Served so, the plan keeps the queue rule from the start: a party left out had no free block
    /// when its turn came, and later parties only took booths that were free then.
    mutating func construct() {
        for p in parties.indices {
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
