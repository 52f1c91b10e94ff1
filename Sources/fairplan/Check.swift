import ArgumentParser
import Interchange
import Planning
import Scheduler

extension FairPlan {
    /// `fairplan check booths FILE`: checks a hand-made booth plan and lists every violation.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a hand-made booth plan (a sheet) against the rules and list every violation.",
            discussion: """
                The sheet needs a party column (Đơn vị tham gia) and a booth column (Gian hàng, codes \
                separated by commas), as in the exhibitors list FairPlan exports. Every hard violation \
                (booth given twice, blocked or unknown booth, block not connected, wrong zone, missing \
                water, pin not kept, wrong number of booths) and soft finding is listed, with the score \
                by component. The exit status is 1 when there is a hard violation.
                """
        )

        /// What to check.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case booths
        }

        @Argument(help: "What to check: booths.")
        var target: Target

        @Argument(help: "The hand-made plan: .ods, .fods or .csv.")
        var file: String

        @OptionGroup var plan: PlanSourceOptions

        @Flag(help: "Print the findings as JSON.")
        var json = false

        func run() async throws {
            let source = try plan.load()
            let sheet = HandMadePlanReader.boothPlan(from: try WorkbookFile.read(file), plan: source.plan)
            for problem in sheet.problems { print(problem) }
            let check = try BoothAllocationRun.check(sheet.assignments, in: source.plan)
            print(json ? try JSONOutput.text(check) : check.rendered(), terminator: json ? "\n" : "")
            if !check.hardViolations.isEmpty || sheet.problems.contains(where: { $0.severity == .error }) {
                throw ExitCode(1)
            }
        }
    }
}
