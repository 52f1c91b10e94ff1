public import Planning

/// The booth allocator's result: the plan, its score by component, and the waiting list.
///
/// Encodes to JSON with the keys `title`, `seed`, `iterations`, `stoppedBy`, `assignment` (one
/// entry per placed party with its booths), `score` (`total` and `components`, each with `key`,
/// `name`, `value`, `weight`, `weighted`) and `unplaced` (with `reason` and `waitingListPosition`).
/// Wording (a component's `name`, a reason's `message`) carries both languages: `vietnamese`,
/// `english`.
public struct BoothAllocation: Hashable, Codable, Sendable {
    /// Why the search stopped.
    public enum StopReason: String, CaseIterable, Hashable, Codable, Sendable {
        /// The iteration cap was reached.
        case iterationLimit = "iteration-limit"
        /// The time guard cut the run: the result may not repeat.
        case timeBudget = "time-budget"
        /// No party had another block to move to.
        case nothingToImprove = "nothing-to-improve"
        /// The best plan did not improve for 4 annealing phases (and 20,000 iterations) in a row.
        case stalled
    }

    /// The plan's title.
    public var title: String
    /// The seed the run used.
    public var seed: UInt64
    /// Local-search iterations done.
    public var iterations: Int
    /// Why the search stopped.
    public var stoppedBy: StopReason
    /// The placed parties with their booths, in order of their first booth code.
    public var placements: [PartyPlacement]
    /// The score by component.
    public var score: BoothScore
    /// The parties not placed, in waiting-list order.
    public var unplaced: [UnplacedParty]
    /// The booth codes held or pinned in the problem, kept with their state in ``boothAssignments``.
    public var fixedBooths: [BoothAssignment]

    /// Creates a result.
    public init(
        title: String, seed: UInt64, iterations: Int, stoppedBy: StopReason, placements: [PartyPlacement],
        score: BoothScore, unplaced: [UnplacedParty], fixedBooths: [BoothAssignment] = []
    ) {
        self.title = title
        self.seed = seed
        self.iterations = iterations
        self.stoppedBy = stoppedBy
        self.placements = placements
        self.score = score
        self.unplaced = unplaced
        self.fixedBooths = fixedBooths
    }

    enum CodingKeys: String, CodingKey {
        case title, seed, iterations, stoppedBy
        case placements = "assignment"
        case score, unplaced
        case fixedBooths = "fixed"
    }

    /// The plan as booth assignments to store in a `Plan`: pinned and held booths keep their
    /// state, the others are assigned.
    public var boothAssignments: [BoothAssignment] {
        let fixed = Dictionary(fixedBooths.map { ($0.booth, $0) }) { first, _ in first }
        return placements.flatMap { placement in
            placement.booths.map { code in
                fixed[code] ?? BoothAssignment(booth: code, party: placement.party, state: .assigned)
            }
        }
    }

    /// The plan as entries for ``BoothPlanChecker``.
    public var entries: [BoothPlanEntry] {
        placements.flatMap { placement in
            placement.booths.map { BoothPlanEntry(booth: $0, party: placement.party.rawValue) }
        }
    }

    /// Whether the same problem, seed and limits give this plan again: false when the time guard
    /// cut the run (``StopReason/timeBudget``), whose length then depended on the machine.
    public var isRepeatable: Bool { stoppedBy != .timeBudget }

    /// The booths let.
    public var boothsLet: Int { placements.reduce(0) { $0 + $1.booths.count } }
}
