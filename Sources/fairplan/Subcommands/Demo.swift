import ArgumentParser
import Foundation
import Workflow

extension FairPlan {
    /// `fairplan demo`: builds, plans and summarises the embedded samples.
    struct Demo: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.demoAbstract.localized, discussion: HelpText.demoDiscussion.localized)
        }

        @Option(help: ArgumentHelp(.optionFindings))
        var findings = 12

        @Option(help: ArgumentHelp(.demoOutput, valueName: "folder"))
        var output: String?

        @OptionGroup var language: LanguageOption

        func run() async throws {
            let demo = try RunDemo().run(
                findingLimit: findings, outputFolder: output, language: CLILanguage.current,
                now: WallClock.now(), version: FairPlan.version, clock: ContinuousClock())
            let out = Output()
            out.text(demo.report)
            out.say(WorkflowMessage.demoPlanFile(path: demo.fairPlanFile, allocated: true))
            out.say(WorkflowMessage.demoPlanFile(path: demo.briefingPlanFile, allocated: false))
        }
    }
}
