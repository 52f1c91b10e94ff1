import ArgumentParser
import Planning
import Scheduler

extension FairPlanBench {
    /// `fairplan-bench schedule --scale small|regional|national`: times the session timetabler.
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time session timetabling on a synthetic conference and print the score by component.",
            discussion: """
                national: 300 sessions, 20 rooms, 5 days, 10 connection points, 400 people. Up to \
                \(SearchLimits.defaultExactSessionLimit) sessions (small) the exact method runs first, with \
                --iterations as its node budget per step. The timetable is checked by the independent \
                checker; hard violations are printed (target 0). With --timefold FILE.json: one of \
                Timefold's conference-scheduling instances, timetabled by the grid timetabler and scored by \
                the independent checker of Timefold's constraints (exit 1 on a hard violation).
                """
        )

        @Option(help: "The instance: small, regional or national.")
        var scale: TimetableScale = .national

        @Option(help: "The seed of the instance and of the search.")
        var seed: UInt64 = 1

        @Option(help: "The most improvement steps.")
        var iterations = 200_000

        @Option(help: "The time budget in seconds.")
        var timeLimit = 10.0

        @Option(help: "The most sessions the exact method runs on (0: local search only).")
        var exactLimit = SearchLimits.defaultExactSessionLimit

        @Option(help: "A Timefold conference-scheduling JSON file to timetable instead of --scale.")
        var timefold: String?

        @Option(
            help:
                "With --timefold: how many steps back the late acceptance search compares a move with (default: a tenth of the iterations per talk, 50 to 5,000)."
        )
        var history: Int?

        @Flag(
            help:
                "With --timefold: score the timetable the file holds (every talk's timeslot and room) instead of solving."
        )
        var given = false

        func run() async throws {
            if let timefold {
                let limits = SearchLimits(
                    timeBudget: .milliseconds(Int(timeLimit * 1000)), maximumIterations: iterations)
                let run = TimefoldRun(
                    path: timefold, seed: seed, limits: limits, history: history.map { max(1, $0) })
                if given { try run.scoreGiven() } else { try run.run() }
                return
            }
            let (problem, generate) = Stopwatch.time {
                TimetableInstanceGenerator.make(scale: scale, seed: seed)
            }
            let limits = SearchLimits(
                timeBudget: .milliseconds(Int(timeLimit * 1000)), maximumIterations: iterations,
                exactSessionLimit: exactLimit)
            _ = PeakMemory.resetHighWaterMark()
            let (result, seconds) = try Stopwatch.time {
                try Timetabler(seed: seed, limits: limits).solve(problem, clock: ContinuousClock())
            }
            let peak = PeakMemory.highWaterMark()
            let issues = TimetableChecker(problem: problem).check(result.placements)
            print(
                """
                schedule \(scale.rawValue), seed \(seed): \(problem.sessions.count) sessions, \(problem.rooms.count) \
                rooms, \(problem.days.count) days, \(problem.connectionPoints.count) connection points \
                (generated in \(BenchTable.number(generate, decimals: 2)) s)
                time \(BenchTable.number(seconds, decimals: 2)) s, \(result.iterations) iterations\
                \(result.stoppedByTime ? ", stopped by the time budget" : ""), peak \(BenchTable.megabytes(peak)) MB
                method \(result.proof.method.rawValue), \(result.proof.nodes) branch-and-bound nodes; \
                every session placeable: \(result.proof.feasibility.rawValue), most placed proven: \
                \(result.proof.mostPlaced), optimal proven: \(result.proof.optimal)
                placed \(result.timetable.count) of \(problem.sessions.count) sessions
                hard violations (independent check): \(issues.count)
                """)
            var table = BenchTable(headers: ["component", "value", "weight", "penalty"])
            for component in result.score.components {
                table.rows.append([
                    component.key, String(component.value), String(component.weight),
                    String(component.penalty),
                ])
            }
            table.rows.append(["total", "", "", String(result.score.total)])
            print(table.text)
            if !issues.isEmpty { throw ExitCode(1) }
        }
    }
}
