import ArgumentParser

/// The `fairplan` command: plans cooperative trade fairs and hybrid conferences.
@main
struct FairPlan: AsyncParsableCommand {
    /// FairPlan's version, printed by `fairplan --version`.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "fairplan",
        abstract: "Plan cooperative trade fairs and hybrid conferences (hội chợ, hội nghị trực tuyến).",
        discussion: """
            FairPlan registers cooperatives, their OCOP products and delegates, models venues and \
            connection points, and checks the plan against the rules organisers apply. A plan lives \
            in a plan file (*.fairplan): commands find it with --plan PATH or as the single *.fairplan \
            file in the current folder. Run `fairplan demo` to see the main job on the embedded sample.
            """,
        version: version,
        subcommands: [
            Demo.self, Init.self, VenueGroup.self, Register.self, Template.self, Import.self,
            ListCommand.self,
            Confirm.self, Withdraw.self, Allocate.self, Schedule.self, Check.self, Changes.self, Export.self,
            Report.self,
        ]
    )
}
