extension BoothUpperBound {
    /// A set of plans by how many parties of each class they place: at least `least[c]` and
    /// fewer than or as many as `most[c]` of class `c`, always its first ones in serving order.
    struct Box {
        /// The fewest parties of each class placed.
        var least: [Int]
        /// The most parties of each class placed.
        var most: [Int]
    }
}

extension BoothUpperBound.Relaxation {
    /// Narrows a box to the counts that three necessary conditions of a plan keeping the queue rule
    /// allow, class by class until nothing changes; false when no count is left for a class.
    /// - **Room**: the parties placed of the classes standing only inside a class's booths
    ///   (its own included) hold no more booths than there are.
    /// - **After the one waiting**: when a class's `c + 1`-th party waits, the classes standing
    ///   only on its booths hold, with parties served from that one on, no more of them than the
    ///   packing leaves (for a class of one-booth parties, none); with a class's most count
    ///   below its size, its waiting party is served no later than its party at that count.
    /// - **Waiting**: when a class places `c` of its parties and not all, the `c + 1`-th waits,
    ///   so the parties served before it hold at least ``BoothUpperBound/PartyClass/packing``
    ///   of the class's booths: the pinned parties' units, the class's `c` parties and, for every
    ///   other class standing on one of those booths, its parties served before that one (no
    ///   more than its most count), each with all its booths, must reach that many.
    func narrow(_ box: inout BoothUpperBound.Box) -> Bool {
        var changed = true
        while changed {
            changed = false
            for c in classes.indices {
                var least: Int?
                var most = -1
                for count in box.least[c]...box.most[c] where allows(count, of: c, in: box) {
                    least = least ?? count
                    most = count
                }
                guard let least else { return false }
                if least != box.least[c] || most != box.most[c] {
                    box.least[c] = least
                    box.most[c] = most
                    changed = true
                }
            }
        }
        return true
    }

    /// Whether class `c` may place `count` parties, the other classes within `box`.
    func allows(_ count: Int, of c: Int, in box: BoothUpperBound.Box) -> Bool {
        let kind = classes[c]
        for (s, room) in rooms.enumerated() where inside[c][s] {
            var used = kind.size * count
            for (d, other) in classes.enumerated() where d != c && inside[d][s] {
                used += other.size * box.least[d]
            }
            if used > room { return false }
        }
        // Classes standing only on booths of a class `e` with a party waiting: served from that
        // party on, they hold no more booths than the packing leaves, since those before it hold
        // at least the packing.
        for (e, outer) in classes.enumerated() where e != c && box.most[e] < outer.parties.count {
            guard classes[c].booths.count <= outer.booths.count, within[c][e] else { continue }
            let latest = outer.parties[box.most[e]]
            var after = kind.size * max(0, count - kind.servedBefore(latest))
            for (d, other) in classes.enumerated() where d != c && d != e && within[d][e] {
                after += other.size * max(0, box.least[d] - other.servedBefore(latest))
            }
            if after > outer.booths.count - outer.packing { return false }
        }
        guard count < kind.parties.count else { return true }
        let waiting = kind.parties[count]
        var after = 0
        for (d, other) in classes.enumerated() where d != c && within[d][c] {
            after += other.size * max(0, box.least[d] - other.servedBefore(waiting))
        }
        if after > kind.booths.count - kind.packing { return false }
        var held = pinnedUnits + kind.size * count
        for (d, other) in classes.enumerated() where d != c && overlaps[c][d] {
            held += other.size * min(box.most[d], other.servedBefore(waiting))
            if held >= kind.packing { return true }
        }
        return held >= kind.packing
    }

    /// The relaxation of the plans keeping the queue rule: every class's count narrowed, then one
    /// transport. Should narrowing leave no count (no plan keeps the rule, which the allocator's
    /// plans always do) or the transport fail its demands, the relaxation without them.
    func queueBound() -> Solution {
        var box = BoothUpperBound.Box(least: classes.map { _ in 0 }, most: classes.map(\.parties.count))
        if narrow(&box), let solution = solve(box) { return solution }
        return solve(
            forced: [], excluded: capacity.map { _ in false },
            fill: [Bool](repeating: false, count: boothCount),
            closedFrom: [Int](repeating: .max, count: boothCount))
            ?? Solution(value: 0, units: 0, owner: [])
    }
}
