import ArgumentParser

extension FairPlan {
    /// `fairplan report`: the plan's summary, registrations by status and published versions.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the plan's summary, its registrations by status and its published versions.",
            discussion: """
                The summary an alliance puts in its report: organisations by province and kind, \
                products by category, booths requested per cluster, connection points and programme, \
                every validation finding; then the registrations by status with the waiting list in \
                order, and the booth plans and programmes published.
                """
        )

        @OptionGroup var options: PlanOptions

        @Option(help: "Findings listed per severity (all are counted).")
        var findings = 12

        func validate() throws {
            guard findings >= 0 else { throw ValidationError("--findings phải từ 0 trở lên.") }
        }

        func run() async throws {
            print(try PlanReport(store: options.openStore()).summary(findingLimit: findings), terminator: "")
        }
    }
}
