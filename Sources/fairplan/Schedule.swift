import ArgumentParser
import Interchange
import Planning
import Scheduler

extension FairPlan {
    /// `fairplan schedule sessions`: places sessions in rooms and times and explains the result.
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Timetable the sessions across rooms, people and connection points, with reasons.",
            discussion: """
                Hard rules: no room, person or connection point in two sessions at once; room capacity; \
                a linked session only in a room with video link, while every linked point is available \
                and after its link test; precedence (opening first, closing last); fixed times and \
                windows; opening hours. Soft, scored by component: plenaries in the morning, few idle \
                gaps at a connection point, a track kept in one room, fewest sessions moved against \
                the published programme. Sessions that cannot be placed are listed with the \
                constraints that block them.
                """
        )

        /// What to schedule.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case sessions
        }

        @Argument(help: "What to schedule: sessions.")
        var target: Target

        @OptionGroup var plan: PlanSourceOptions
        @OptionGroup var search: SearchOptions

        func run() async throws {
            var source = try plan.load(defaultSample: .briefing)
            let progress = ProgressLine()
            let result = try SessionScheduleRun.schedule(
                source.plan, seed: search.seed, limits: search.limits
            ) { step in
                progress.update(
                    "Đang xếp lịch: \(step.placed)/\(step.sessions) phiên, vòng \(step.iterations)")
            }
            progress.finish()
            source.plan = source.plan.applying(result)
            try source.saveTimetable()
            if search.json {
                print(try JSONOutput.text(result))
            } else if search.explain {
                let text = result.rendered()
                print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            } else {
                print(SessionScheduleRun.summary(result))
            }
        }
    }
}
