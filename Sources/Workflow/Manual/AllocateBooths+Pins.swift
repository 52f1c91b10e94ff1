public import Planning
import Scheduler

extension AllocateBooths.Outcome {
    /// The booths the allocation kept for their parties because an organiser pinned them, per
    /// party in the order of the placements (booths sorted).
    public var keptPins: [PartyBooths] {
        let pinned = Dictionary(grouping: allocation.fixedBooths.filter(\.pinned), by: \.party)
        let placed = allocation.placements.map(\.party)
        let order = placed.filter { pinned[$0] != nil } + pinned.keys.filter { !placed.contains($0) }.sorted()
        return order.map { party in
            PartyBooths(
                party: party,
                name: allocation.placements.first { $0.party == party }?.name ?? party.rawValue,
                booths: (pinned[party] ?? []).map(\.booth).sorted())
        }
    }
}
