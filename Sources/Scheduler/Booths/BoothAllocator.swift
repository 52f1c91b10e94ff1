import Planning

/// Allocates booths to exhibiting parties: construction, then local search, returning the best
/// plan found.
///
/// **What it guarantees.** Every plan it returns keeps the hard rules: a booth goes to at most one
/// party; a party gets exactly the booths it wants as one block joined by shared walls; only
/// lettable booths in zones open to exhibitors, food only in zones tagged for food, the province's
/// required zones kept; every service the party needs (water for fresh food by default) offered by
/// at least one booth of its block; pinned and held booths kept for their party. The block's shape
/// is soft: a straight run where the row allows, else a compact block over two rows (2 × n, or
/// 2 × n less a corner booth), else any other block joined by shared walls; the ``BoothScore``
/// counts every bent block against the plan (``ScoreComponentKind/compactness``), so a straight
/// run is taken whenever one is free and nothing weightier is lost, and the checker lists each
/// bent block as a soft finding saying whether a straight run was still free. A party that cannot
/// be placed so gets no booths: it is listed with the reason (no food zone, no booth with water,
/// no k booths joined by shared walls, none left free) and its place on the waiting list, in
/// service order (priority, then registration). The same problem, seed and iteration cap always
/// give the same plan.
///
/// **How it works.** Each party's candidate blocks are listed once from the venue's geometry:
/// straight runs (windows of straight lines of booths that share walls), then compact two-row
/// blocks, then every other block joined by shared walls (Wernicke's enumeration), at most 20,000
/// a party. Parties with pins or holds are placed first, then the others, largest requests first
/// and in service order, each on the free block that scores best. Local search (simulated
/// annealing on a fixed iteration schedule, drawing from ``SeededGenerator``) then moves whole
/// blocks: a party to another block (half the time a straight run), the parties it displaces
/// re-placed on their best free blocks or, failing that, on a block whose single holder can move
/// to a free one (an ejection chain of depth two); two parties of the same size swapping blocks;
/// and, now and then, a neighbourhood cleared and refilled with its parties and a few from the
/// waiting list in random order (ruin and recreate). Every move is scored incrementally: only the
/// moving parties' own terms and the neighbour terms at their booths change. It stops at
/// ``SearchLimits/maximumIterations`` or the time budget and returns the best plan seen.
///
/// **Time.** The allocator reads no clock of its own: the caller passes one, and the time budget
/// is measured on it (read once at the start of the local search, then every 256 iterations). A
/// command passes the system's continuous clock; a test passes a manual clock to stop the search
/// after a known number of readings.
///
/// **The score** (``BoothScore``) is the weighted sum of named components: booths let (dominant;
/// a priority level is worth one more booth, an earlier registration a small bonus), a penalty per
/// party whose block is not a straight run (half for a compact two-row block), zoning by category,
/// province and request, same-province (or cluster) neighbours, a penalty for neighbours of
/// different provinces selling one OCOP product set, corner and main-aisle booths times the
/// party's merit (valid OCOP stars, then early registration), and a penalty per party moved
/// against the published plan.
public enum BoothAllocator {
    /// Allocates the problem's booths.
    ///
    /// - Parameters:
    ///   - problem: the venue, parties, pins and policy.
    ///   - seed: the seed of every random choice.
    ///   - limits: the iteration cap and time budget of the local search.
    ///   - clock: the clock the time budget is measured on.
    ///   - progress: called after construction, every 1,000 iterations and at the end.
    /// - Returns: the best plan found, scored, with the waiting list.
    public static func allocate<C: Clock>(
        _ problem: BoothAllocationProblem, seed: UInt64 = 1, limits: SearchLimits = .standard, clock: C,
        progress: (@Sendable (AllocationProgress) -> Void)? = nil
    ) -> BoothAllocation where C.Duration == Duration {
        var search = BoothSearch(problem: problem)
        search.score = (0..<search.parties.count).reduce(0) { $0 + search.partyTerms($1, nil) }
        search.construct()
        var generator = SeededGenerator(seed: seed)
        let outcome = search.improve(limits: limits, clock: clock, generator: &generator, progress: progress)
        return search.allocation(seed: seed, iterations: outcome.iterations, stop: outcome.stop)
    }
}
