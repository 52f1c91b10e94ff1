/// What to offer the waiting list when booths free up (a withdrawal, a booth unblocked).
///
/// Built greedily in waiting-list order: each waiting party, in turn, is offered a block of the
/// booths still free when one fits it, that is a set of freed booths connected through shared
/// walls (as the booth-plan validation counts a block), whose standard units add up exactly to the
/// units it asked for, and each of which has every service it needs. A party no block fits is
/// passed over and keeps its place; the next one is tried. Among the blocks that fit, the one cut
/// from the smallest group of connected free booths is chosen (so a lone booth goes to a one-booth
/// party before a larger group is split), then the one starting at the first booth code.
///
/// The proposal is only an offer: the organisers confirm it and the scheduler makes the plan.
public struct BoothOfferProposal: Hashable, Codable, Sendable {
    /// The offers, in waiting-list order.
    public var offers: [BoothOffer]
    /// Freed booths no waiting party takes, sorted.
    public var unoffered: [String]
    /// Waiting parties no block fits, in waiting-list order; they stay on the list.
    public var passedOver: [Identifier<ExhibitingParty>]

    /// Creates a proposal from its parts.
    public init(
        offers: [BoothOffer], unoffered: [String], passedOver: [Identifier<ExhibitingParty>]
    ) {
        self.offers = offers
        self.unoffered = unoffered
        self.passedOver = passedOver
    }

    /// Proposes offers of the freed booths of `venue` to the waiting list, in its order.
    ///
    /// Codes not on the venue and blocked booths are never offered (and not reported as
    /// unoffered). Connectivity comes from ``Venue/adjacency(maximumAisleWidth:)``, shared walls only.
    public static func propose(
        freedBooths: [String], waitingList: [WaitingParty], venue: Venue
    ) -> BoothOfferProposal {
        let byCode = Dictionary(venue.booths.map { ($0.code, $0) }) { first, _ in first }
        let freed = Set(freedBooths).compactMap { byCode[$0] }.filter { !$0.blocked }
        var neighbours: [String: Set<String>] = [:]
        for pair in venue.adjacency() where pair.kind == .sharedWall {
            neighbours[pair.first, default: []].insert(pair.second)
            neighbours[pair.second, default: []].insert(pair.first)
        }
        var free = Dictionary(freed.map { ($0.code, $0) }) { first, _ in first }
        var offers: [BoothOffer] = []
        var passedOver: [Identifier<ExhibitingParty>] = []
        for waiting in waitingList {
            guard waiting.boothsWanted > 0,
                let block = bestBlock(for: waiting, among: free, neighbours: neighbours)
            else {
                passedOver.append(waiting.party)
                continue
            }
            for code in block { free[code] = nil }
            offers.append(BoothOffer(party: waiting.party, booths: block.sorted()))
        }
        return BoothOfferProposal(offers: offers, unoffered: free.keys.sorted(), passedOver: passedOver)
    }

    /// The block of free booths that fits the party best, or nil when none fits.
    static func bestBlock(
        for waiting: WaitingParty, among free: [String: Booth], neighbours: [String: Set<String>]
    ) -> [String]? {
        let eligible = free.filter { waiting.servicesNeeded.isSubset(of: $0.value.services) }
        var best: (groupSize: Int, block: [String])?
        for start in eligible.keys.sorted() {
            guard let block = grow(from: start, units: waiting.boothsWanted, eligible, neighbours) else {
                continue
            }
            let groupSize = reachable(from: start, within: Set(free.keys), neighbours).count
            if best == nil || groupSize < best!.groupSize {
                best = (groupSize, block)
            }
        }
        return best?.block
    }

    /// A connected set of eligible booths from `start` whose units add up to exactly `units`,
    /// grown breadth-first in code order, skipping booths that would overshoot.
    static func grow(
        from start: String, units: Int, _ eligible: [String: Booth], _ neighbours: [String: Set<String>]
    ) -> [String]? {
        guard let first = eligible[start], first.standardUnits <= units else { return nil }
        var block = [start]
        var total = first.standardUnits
        var seen: Set<String> = [start]
        var queue = [start]
        var index = 0
        while index < queue.count && total < units {
            let code = queue[index]
            index += 1
            for next in neighbours[code, default: []].sorted() where !seen.contains(next) {
                guard let booth = eligible[next] else { continue }
                seen.insert(next)
                guard total + booth.standardUnits <= units else { continue }
                block.append(next)
                total += booth.standardUnits
                queue.append(next)
                if total == units { break }
            }
        }
        return total == units ? block : nil
    }

    /// The codes connected to `start` within `codes`, `start` included.
    static func reachable(
        from start: String, within codes: Set<String>, _ neighbours: [String: Set<String>]
    ) -> Set<String> {
        var seen: Set<String> = [start]
        var stack = [start]
        while let code = stack.popLast() {
            for next in neighbours[code, default: []] where codes.contains(next) && !seen.contains(next) {
                seen.insert(next)
                stack.append(next)
            }
        }
        return seen
    }
}
