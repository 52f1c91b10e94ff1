import Planning

extension BoothUpperBound {
    /// Parties not pinned that may use exactly the same blocks: the same number of booths, the
    /// same services and the same booths allowed. In a plan keeping the queue rule, the parties of
    /// a class placed are its first ones in serving order: a later one standing on a block while
    /// an earlier one waits would leave that block usable by the earlier one.
    struct PartyClass {
        /// Booths each party wants.
        let size: Int
        /// Services a party's block must offer.
        let services: Set<BoothService>
        /// The parties' serving positions, in order.
        var parties: [Int]
        /// The booths they may stand on (indices among the booths that may be let).
        let booths: [Int]
        /// Blocks the class may use that share no booth, counted along the venue's lines: when a
        /// party of the class waits, parties served before it hold a booth of each, so at least
        /// this many booths of ``booths``.
        var packing: Int

        /// The most blocks of the class sharing no booth found along the venue's horizontal
        /// lines: each run of allowed booths cut into windows of ``size`` booths, a window kept
        /// when its booths together offer ``services``.
        func disjointBlocks(geometry: BoothGeometry, letIndex: [Int], booths venue: [Booth]) -> Int {
            let allowed = Set(booths)
            var count = 0
            var seenLines: Set<Int> = []
            for place in geometry.row where seenLines.insert(place.line).inserted {
                var run: [Int] = []
                for g in geometry.lines[place.line] + [-1] {
                    let b = g >= 0 ? letIndex[g] : -1
                    if b >= 0 && allowed.contains(b) {
                        run.append(b)
                        continue
                    }
                    var start = 0
                    while start + size <= run.count {
                        let window = run[start..<(start + size)]
                        let offered = window.reduce(into: Set<BoothService>()) {
                            $0.formUnion(venue[$1].services)
                        }
                        if services.isSubset(of: offered) {
                            count += 1
                            start += size
                        } else {
                            start += 1
                        }
                    }
                    run = []
                }
            }
            return count
        }

        /// How many of the class's parties are served before `position`.
        func servedBefore(_ position: Int) -> Int {
            var low = 0
            var high = parties.count
            while low < high {
                let middle = (low + high) / 2
                if parties[middle] < position { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}
