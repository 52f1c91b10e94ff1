import ArgumentParser
import Interchange

extension FairPlan {
    /// `fairplan demo`: builds the embedded sample plans, validates them and prints the summary.
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the embedded sample fair and hybrid briefing, validate them, print the summary.",
            discussion: """
                The sample is compiled in, so the demo runs from any folder. It is fictitious: a national \
                cooperative fair with a regional cluster of 6 provinces (61 cooperatives, 112 products, \
                30 booths) beside other clusters, and a hybrid briefing with a main connection point and \
                9 satellites. The venues are the shipped files of Venues/, compiled in; their floor \
                plans are written to Exports/demo/, with the sample fair's plan file hoi-cho.fairplan \
                (recreated each run) to try the plan-file commands on.
                """
        )

        @Option(name: .long, help: "Findings listed per severity (all are counted).")
        var findings = 12

        @Option(name: .long, help: "Folder for the floor plans (default: Exports/demo).")
        var output: String?

        func validate() throws {
            guard findings >= 0 else {
                throw ValidationError("--findings must be 0 or more.")
            }
        }

        func run() async throws {
            let input = try DemoPreparation.prepare()
            print(
                try DemoRunner.run(
                    input, findingLimit: findings, outputFolder: output, version: FairPlan.version),
                terminator: "")
            let fairFile = try PlanFiles.writeDemo(input.fair, folder: output)
            let briefingFile = try PlanFiles.writeDemo(input.briefing, named: "hoi-nghi", folder: output)
            print("Đã ghi tệp kế hoạch mẫu (đã phân gian): \(fairFile)")
            print("Đã ghi tệp kế hoạch mẫu (đã xếp lịch): \(briefingFile)")
        }
    }
}
