import ArgumentParser
import Interchange
import Planning
import Scheduler

extension FairPlan {
    /// `fairplan check booths|sessions FILE`: checks a hand-made booth plan or programme and lists
    /// every violation.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a hand-made booth plan or programme (a sheet) and list every violation.",
            discussion: """
                The sheet needs a party column (Đơn vị tham gia) and a booth column (Gian hàng, codes \
                separated by commas), as in the exhibitors list FairPlan exports. Every hard violation \
                (booth given twice, blocked or unknown booth, block not connected, wrong zone, missing \
                water, pin not kept, wrong number of booths) and soft finding is listed, with the score \
                by component. A programme needs the session (Nội dung), day (Ngày), start (Bắt đầu) and \
                room (Phòng) columns, as in the exported programme; every clash of room, person or \
                connection point, capacity, video link, link test, order, fixed time and window is \
                listed. The exit status is 1 when there is a hard violation.
                """
        )

        /// What to check.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case booths, sessions
        }

        @Argument(help: "What to check: booths (a booth plan) or sessions (a programme).")
        var target: Target

        @Argument(help: "The hand-made plan: .ods, .fods or .csv.")
        var file: String

        @OptionGroup var plan: PlanSourceOptions

        @Flag(help: "Print the findings as JSON.")
        var json = false

        func run() async throws {
            if target == .sessions {
                try checkSessions()
                return
            }
            let source = try plan.load()
            let sheet = HandMadePlanReader.boothPlan(from: try WorkbookFile.read(file), plan: source.plan)
            for problem in sheet.problems { print(problem) }
            let check = try BoothAllocationRun.check(sheet.assignments, in: source.plan)
            print(json ? try JSONOutput.text(check) : check.rendered(), terminator: json ? "\n" : "")
            if !check.hardViolations.isEmpty || sheet.problems.contains(where: { $0.severity == .error }) {
                throw ExitCode(1)
            }
        }

        /// Checks a hand-made programme.
        func checkSessions() throws {
            var source = try plan.load(defaultSample: .briefing)
            let sheet = HandMadePlanReader.programme(from: try WorkbookFile.read(file), plan: source.plan)
            for problem in sheet.problems { print(problem) }
            source.plan.sessions = sheet.sessions
            let issues = try SessionScheduleRun.check(source.plan)
            if json {
                print(try JSONOutput.text(issues))
            } else {
                print("Vi phạm: \(issues.count).")
                for issue in issues { print("  \(issue.message)") }
            }
            if !issues.isEmpty || sheet.problems.contains(where: { $0.severity == .error }) {
                throw ExitCode(1)
            }
        }
    }
}
