import ArgumentParser
import Store
import Workflow

/// The `--plan PATH` option of the commands that work on a plan file.
struct PlanOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(.optionPlan, valueName: "path"))
    var plan: String?

    @OptionGroup var language: LanguageOption

    /// The folder searched for a plan file when none is named: the current folder (its plan
    /// file is then named as people see it, without the folder).
    static let folder = "."

    /// The plan file's path (named, or the single one of the current folder).
    func location() throws -> String {
        try PlanLocation.resolve(explicit: plan, folder: Self.folder)
    }

    /// Opens the plan file for a command that changes it.
    func openStore() throws -> PlanStore {
        try PlanStore.open(at: try location(), for: .writing)
    }

    /// Opens the plan file read-only, for a command that only reads it.
    func openForReading() throws -> PlanStore {
        try PlanStore.open(at: try location(), for: .reading)
    }
}
