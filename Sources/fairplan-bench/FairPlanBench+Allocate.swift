import ArgumentParser
import Planning
import Scheduler

extension FairPlanBench {
    /// `fairplan-bench allocate --scale small|regional|national`: times the booth allocator.
    struct Allocate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time booth allocation on a synthetic fair and print the score by component.",
            discussion: """
                national: 34 provinces, 1,000 parties, 600 booths in 6 zones (demand above supply). The \
                result is checked by the independent checker; hard violations are printed (target 0). \
                An upper bound on any plan's score (BoothUpperBound) is printed with the gap to it, by \
                part, and where the plan's walls and aisles go.
                """
        )

        @Option(help: "The instance: small, regional or national.")
        var scale: BoothInstanceScale = .national

        @Option(help: "The seed of the instance and of the search.")
        var seed: UInt64 = 1

        @Option(
            help: "The most improvement steps (the allocator runs the smaller of this and its scaled budget)."
        )
        var iterations = 1_000_000

        @Option(help: "The time guard in seconds (a run it cuts may not repeat).")
        var timeLimit = 60.0

        func run() async throws {
            let (instance, generate) = Stopwatch.time {
                BoothInstanceGenerator.make(scale: scale, seed: seed)
            }
            let problem = try instance.problem()
            let limits = SearchLimits(
                timeBudget: .milliseconds(Int(timeLimit * 1000)), maximumIterations: iterations)
            _ = PeakMemory.resetHighWaterMark()
            let (allocation, seconds) = Stopwatch.time {
                BoothAllocator.allocate(problem, seed: seed, limits: limits, clock: ContinuousClock())
            }
            let peak = PeakMemory.highWaterMark()
            let check = BoothPlanChecker(problem: problem).check(allocation.boothAssignments)
            let booths = instance.plan.venue?.lettableBooths.count ?? 0
            let wanted = instance.plan.boothRequests.reduce(0) { $0 + $1.boothsWanted }
            print(
                """
                allocate \(scale.rawValue), seed \(seed): \(instance.plan.parties.count) parties wanting \(wanted) \
                booths, \(booths) lettable booths (generated in \(BenchTable.number(generate, decimals: 2)) s)
                time \(BenchTable.number(seconds, decimals: 2)) s, \(allocation.iterations) iterations, stopped: \
                \(allocation.stoppedBy.rawValue)\(allocation.isRepeatable ? "" : " (may not repeat)"), peak \
                \(BenchTable.megabytes(peak)) MB
                placed \(allocation.placements.count) parties in \(allocation.boothsLet) booths; \
                \(allocation.unplaced.count) on the waiting list
                hard violations (independent check): \(check.hardViolations.count)
                """)
            var table = BenchTable(headers: ["component", "value", "weight", "points"])
            for component in allocation.score.components {
                table.rows.append([
                    component.kind.rawValue, BenchTable.number(component.value, decimals: 2),
                    BenchTable.number(component.weight, decimals: 0),
                    BenchTable.number(component.weighted, decimals: 2),
                ])
            }
            table.rows.append(["total", "", "", BenchTable.number(allocation.score.total, decimals: 2)])
            print(table.text)
            let (bound, boundSeconds) = Stopwatch.time { BoothUpperBound(problem: problem) }
            let total = allocation.score.total
            print(
                FairPlanBench.boundLine(
                    "upper bound (relaxation: booths counted once, blocks and shapes dropped)", bound,
                    seconds: boundSeconds, score: total))
            let placed = Set(allocation.placements.map(\.party))
            let (own, ownSeconds) = Stopwatch.time { BoothUpperBound(problem: problem, placing: placed) }
            if let own {
                print(
                    FairPlanBench.boundLine(
                        "bound for the parties this plan places (any arrangement of them)", own,
                        seconds: ownSeconds, score: total))
            }
            print(FairPlanBench.partsTable(allocation.score, bound: bound, own: own).text)
            print(FairPlanBench.wallUseTable(problem: problem, assignments: allocation.boothAssignments).text)
            if !check.hardViolations.isEmpty { throw ExitCode(1) }
        }
    }

    /// A bound's line: what it bounds, its points and time, the share of it the plan's score
    /// reaches and the gap.
    static func boundLine(_ label: String, _ bound: BoothUpperBound, seconds: Double, score: Double) -> String
    {
        "\(label): \(BenchTable.number(bound.points, decimals: 2)) in \(BenchTable.number(seconds, decimals: 2)) s; "
            + "score \(BenchTable.number(100 * (1 - bound.gap(of: score)), decimals: 2))% of it, "
            + "gap \(BenchTable.number(100 * bound.gap(of: score), decimals: 2))%"
    }

    /// The plan's points beside the bound's, part by part: the components the bound counts one
    /// by one, the neighbour components together, and those it counts as zero (shapes, clashes,
    /// moves); with the bound over arrangements of the plan's own parties, when there is one.
    static func partsTable(_ score: BoothScore, bound: BoothUpperBound, own: BoothUpperBound?) -> BenchTable {
        func points(_ kinds: [ScoreComponentKind]) -> Double {
            score.components.filter { kinds.contains($0.kind) }.reduce(0) { $0 + $1.weighted }
        }
        let plan: [String: Double] = [
            "placement": points([.placement]), "zoning": points([.zoning]),
            "regional-pavilion": points([.regionalPavilion]), "prime-booths": points([.primeBooths]),
            "neighbours": points([.pavilion, .clusterGrouping]),
        ]
        var table = BenchTable(headers: ["part", "plan", "bound", "bound − plan", "own parties' bound"])
        for (index, part) in bound.parts.enumerated() {
            let mine = plan[part.name] ?? 0
            table.rows.append([
                part.name, BenchTable.number(mine, decimals: 2), BenchTable.number(part.points, decimals: 2),
                BenchTable.number(part.points - mine, decimals: 2),
                own.map { BenchTable.number($0.parts[index].points, decimals: 2) } ?? "—",
            ])
        }
        let against = points([.compactness, .productClash, .stability])
        table.rows.append([
            "shapes, clashes, moves", BenchTable.number(against, decimals: 2), "0.00",
            BenchTable.number(-against, decimals: 2), own == nil ? "—" : "0.00",
        ])
        return table
    }
}
