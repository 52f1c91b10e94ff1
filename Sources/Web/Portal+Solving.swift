import Foundation
import Hummingbird
import Logging
import Planning
import Scheduler
import Store
import Workflow

extension Portal {
    /// The console's solver runs: booth allocation (`fairplan allocate`) and timetabling
    /// (`fairplan schedule`) through the same use cases, each in a background task in the plan's
    /// staff lane (staff changes wait for it; registrations go on), at most one per plan at a time; the browser follows it on a progress page
    /// that loads itself again every second (no script).
    func addSolverRoutes(to router: Router<PortalContext>) {
        router.post("/:site/quan-ly/xep-gian") { request, context in
            try await startRun(request, context, kind: .allocation)
        }
        router.post("/:site/quan-ly/xep-lich") { request, context in
            try await startRun(request, context, kind: .timetabling)
        }
        router.get("/:site/quan-ly/tien-trinh") { request, context in
            try await staffPage(request, context) { site, paths, _, _ in
                pages.page(
                    "progress",
                    ProgressPage(
                        solverRuns.run(site: site.slug), now: uptime(), paths: paths, version: version)
                ).response
            }
        }
    }

    /// Starts a run of `kind` in the background, within the time limit the form gives (seconds,
    /// checked as `--time-limit` is), and sends the browser to its progress page; when one already
    /// runs on the plan, or the limit is out of range, back to the console saying so.
    func startRun(_ request: Request, _ context: PortalContext, kind: SolverRun.Kind) async throws -> Response
    {
        let (site, paths, desk, body, session) = try await checkedStaffPost(request, context)
        let slug = site.slug
        var search = SearchSettings()
        if let written = body["gioi-han"], !written.isEmpty {
            // The form's own range, whole seconds from 1 to 3,600, worded for the form (not as the
            // command line's option).
            guard let seconds = Int(written.prefix(20).trimmingCharacters(in: .whitespaces)),
                (1...Int(Limits.solverSeconds.upperBound)).contains(seconds)
            else {
                return Response(
                    status: .seeOther,
                    headers: [
                        .location: paths.console(
                            query: failureQuery(StaffMessage.timeLimitOutOfRange.text(paths.language)))
                    ])
            }
            search.timeLimit = Double(seconds)
        }
        do {
            _ = try search.limits()
        } catch {
            let reason = error.text(paths.language)
            return Response(
                status: .seeOther,
                headers: [.location: paths.console(query: failureQuery(reason))])
        }
        guard solverRuns.start(site: slug, kind: kind, user: session.name, at: uptime()) else {
            return Response(
                status: .seeOther,
                headers: [.location: paths.console(query: signedQuery([("dang-chay", "1")]))])
        }
        context.logger.notice("\(kind.rawValue) started on /\(slug)")
        let runs = solverRuns
        let clock = self.uptime
        let change = ChangeContext(user: session.name, now: now())
        let source = PlanSource(plan: site.path, folder: ".")
        let logger = context.logger
        Task.detached { [search] in
            do {
                let message = try await desk.solve {
                    try Self.solve(
                        kind, source: source, search: search, context: change, runs: runs, site: slug)
                }
                runs.end(site: slug, as: .finished(message), at: clock())
            } catch {
                logger.notice("\(kind.rawValue) on /\(slug) stopped: \(error)")
                runs.end(site: slug, as: .failed(error), at: clock())
            }
        }
        return Response(status: .seeOther, headers: [.location: paths.progress])
    }

    /// Runs `kind` on `source` (in the plan's staff lane), reporting its progress to `runs`; what it
    /// did.
    static func solve(
        _ kind: SolverRun.Kind, source: PlanSource, search: SearchSettings, context: ChangeContext,
        runs: SolverRuns, site: String
    ) throws -> StaffMessage {
        switch kind {
        case .allocation:
            var input = AllocateBooths.Input()
            input.search = search
            let outcome = try AllocateBooths(source: source).run(
                input, context: context, clock: ContinuousClock()
            ) { progress in
                runs.report(
                    site: site, phase: progress.phase.rawValue, iterations: progress.iteration,
                    maximumIterations: progress.maximumIterations,
                    bestScore: String(format: "%.2f", progress.bestScore))
            }
            let placed = Set(outcome.allocation.boothAssignments.map(\.party)).count
            return .allocated(
                placed: placed, waiting: outcome.allocation.unplaced.count,
                cutByTime: !outcome.allocation.isRepeatable)
        case .timetabling:
            var input = ScheduleSessions.Input()
            input.search = search
            let cap = search.iterations
            let outcome = try ScheduleSessions(source: source).run(
                input, context: context, clock: ContinuousClock()
            ) { progress in
                // The exact method counts decisions and has no score until it ends.
                let exact = progress.phase == .exactSearch
                runs.report(
                    site: site, phase: progress.phase.rawValue, iterations: progress.iterations,
                    maximumIterations: exact ? nil : cap, bestScore: exact ? nil : String(progress.bestScore))
            }
            return .timetabled(
                placed: outcome.result.timetable.count, unplaced: outcome.result.unplaced.count,
                cutByTime: outcome.result.timeNote != nil)
        }
    }
}
