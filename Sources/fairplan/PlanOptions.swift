import ArgumentParser
import Foundation
import Store

/// The `--plan PATH` option every workflow command takes, and how it opens the plan file.
///
/// Without `--plan`, the plan is the single `*.fairplan` file in the current folder; none or
/// several is an error naming the folder (and the files found).
struct PlanOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The plan file (default: the single *.fairplan file in the current folder).",
            valueName: "path"))
    var plan: String?

    /// The plan file's path (see ``PlanLocation/resolve(explicit:folder:)``).
    func location() throws -> String {
        try PlanLocation.resolve(explicit: plan, folder: FileManager.default.currentDirectoryPath)
    }

    /// The plan file's path when one is given or found, nil when the folder holds none.
    func locationIfPresent() throws -> String? {
        try PlanLocation.resolveIfPresent(explicit: plan, folder: FileManager.default.currentDirectoryPath)
    }

    /// Opens the plan file (migrating an older one; a newer one is refused with a clear message).
    func openStore() throws -> PlanStore {
        try PlanStore.open(at: try location())
    }
}
