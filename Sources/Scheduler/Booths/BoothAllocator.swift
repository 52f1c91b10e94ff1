import Planning

/// Allocates booths to exhibiting parties: construction, then local search, returning the best
/// plan found.
///
/// **What it guarantees.** Every plan it returns keeps the hard rules: a booth goes to at most one
/// party; a party gets exactly the booths it wants as one block joined by shared walls; only
/// lettable booths in zones open to exhibitors, food only in zones tagged for food, the province's
/// required zones kept; every service the party needs (water for fresh food by default) offered by
/// at least one booth of its block; pinned and held booths kept for their party; and the queue
/// rule below. The block's shape
/// is soft: a straight run where the row allows, else a compact block over two rows (2 × n, or
/// 2 × n less a corner booth), else any other block joined by shared walls; the ``BoothScore``
/// counts every bent block against the plan (``ScoreComponentKind/compactness``), so a straight
/// run is taken whenever one is free and nothing weightier is lost, and the checker lists each
/// bent block as a soft finding saying whether a straight run was still free. A party that cannot
/// be placed so gets no booths: it is listed with the reason (no food zone, no booth with water,
/// no k booths joined by shared walls, every such block holding booths of parties served before
/// it) and its place on the waiting list, in serving order. The same problem, seed and iteration
/// cap always give the same plan.
///
/// **The queue rule (hard).** Parties are served in one order (``BoothAllocationProblem/parties``):
/// parties with pinned or held booths first, then the queue (``QueuePosition``: higher priority,
/// then the earlier registration time, then registration order). A later party never takes
/// booths an earlier one could use: for every party left without booths, no block it may stand on
/// (its booths joined by shared walls, in zones it is allowed, with its services, no booth pinned
/// or held for another party) lies in booths that are free or held by parties served after it. So
/// when a block fits an earlier party it is not given to a later one, whatever the score says, and
/// the reason printed for a party left out is true of the final plan: `noFreeBlock` means every
/// block it could use holds a booth of a party served before it (``BoothQueueChecker`` checks this
/// independently). The search is lexicographic over the queue: it never accepts a move that
/// leaves a party without booths unless the move places a party served earlier, always accepts
/// one that does, and weighs the score only among moves that change nobody's placement; the plan
/// it ends with is served once more in order (each party left out takes a block of booths free or
/// held by later parties, which are then served again in their turn), which makes the rule exact.
///
/// **The pavilion queue (hard).** A region's pavilion (zones serving the region of a party's
/// province, ``BoothAllocationProblem/regions(at:)``) is let in the same order: a party of the
/// region standing outside it (not wholly within such zones) could use no block there whose booths
/// are free, its own, or held by parties served after it, of any region. So when a pavilion is too
/// small for its region, the earlier registrations stand in it, whatever grouping the later ones
/// would bring. The same final pass keeps it: in its turn, such a party moves into the best such
/// block there is, and the parties it displaces are served again in their turn
/// (``BoothQueueChecker`` checks this too).
///
/// **How it works.** Each party's candidate blocks are listed once from the venue's geometry:
/// straight runs (windows of straight lines of booths that share walls), then compact two-row
/// blocks, then every other block joined by shared walls (Wernicke's enumeration), at most 20,000
/// a party. Parties are served in order (pins and holds first, then the queue), each on the free
/// block that scores best. Local search (simulated annealing in phases, drawing from
/// ``SeededGenerator``) then moves whole blocks: a party to another block (half the time a
/// straight run), the parties it displaces re-placed on their best free blocks or, failing that,
/// on a block whose single holder can move to a free one (an ejection chain of depth two); two
/// parties of the same size swapping blocks; and, now and then, a neighbourhood cleared and
/// refilled with its parties and a few from the waiting list in random order (ruin and recreate).
/// Every move is scored incrementally: only the moving parties' own terms and the neighbour terms
/// at their booths change.
///
/// **Budget, phases and stopping.** A phase is `20 × parties` iterations (at least 2,000, at most
/// 20,000); within it the temperature falls from hot to cold, and each new phase reheats and
/// restarts from the best plan found at a phase end. The run does
/// `min(limits.maximumIterations, budget)` iterations, the budget scaled to the instance being
/// `parties × lettable booths` iterations, at least 20,000 and at most 1,000,000, rounded up to
/// whole phases; it stops earlier, as stalled, when 4 phases in a row (and at least 20,000
/// iterations) found no better plan. So a
/// run is a pure function of the problem, the seed and the cap: the same arguments give the same
/// plan. More iterations never end worse: a run with 2, 4, 5, 10… times the iterations replays the
/// smaller run step for step and returns the best of a superset of the plans the smaller run
/// chooses from.
///
/// **Time.** The time budget is a guard, not a stopping rule: the allocator reads no clock of its
/// own, the caller passes one and the budget is measured on it, read once when ``allocate`` starts
/// (before the candidate blocks are listed) and then before every 256th iteration; once the time
/// spent passes the budget the run stops and its result says so
/// (``BoothAllocation/StopReason/timeBudget``, ``BoothAllocation/isRepeatable``): such a run may
/// not repeat. A command passes the system's continuous clock; a test passes a manual clock to stop
/// the search after a known number of readings.
///
/// **The score** (``BoothScore``) ranks the plans that keep both rules: the weighted sum of
/// named components: booths let (dominant; a priority level is worth one more booth, and each
/// booth up to half a booth more for a party served earlier), a penalty per
/// party whose block is not a straight run (half for a compact two-row block), zoning by category,
/// province and request, same-province neighbours, booths in the pavilion of the party's region,
/// neighbours of one emulation cluster (of one province or two, so a wall within a province is
/// worth the most and each province's parties stand together), a penalty for neighbours of
/// different provinces selling one OCOP product set, corner and main-aisle booths times the
/// party's merit (valid OCOP stars, then early registration), and a penalty per party moved
/// against the published plan.
public enum BoothAllocator {
    /// Allocates the problem's booths.
    ///
    /// - Parameters:
    ///   - problem: the venue, parties, pins and policy.
    ///   - seed: the seed of every random choice.
    ///   - limits: the iteration cap and the time guard: the search runs the smaller of the cap and
    ///     the budget scaled to the instance (see the type's documentation), and the time budget
    ///     counts from the start of this call.
    ///   - clock: the clock the time budget is measured on.
    ///   - progress: called after construction, every 1,000 iterations and at the end.
    /// - Returns: the best plan found, scored, with the waiting list.
    public static func allocate<C: Clock>(
        _ problem: BoothAllocationProblem, seed: UInt64 = 1, limits: SearchLimits = .standard, clock: C,
        progress: (@Sendable (AllocationProgress) -> Void)? = nil
    ) -> BoothAllocation where C.Duration == Duration {
        let start = clock.now
        var search = BoothSearch(problem: problem)
        search.score = (0..<search.parties.count).reduce(0) { $0 + search.partyTerms($1, nil) }
        search.construct()
        var generator = SeededGenerator(seed: seed)
        let outcome = search.improve(
            limits: limits, clock: clock, start: start, generator: &generator, progress: progress)
        return search.allocation(seed: seed, iterations: outcome.iterations, stop: outcome.stop)
    }
}
