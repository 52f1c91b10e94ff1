import Foundation
import Store

/// Where a command's plan file is: the path given with `--plan`, or the single `*.fairplan` file
/// in the current folder.
enum PlanLocation {
    /// The plan file's path.
    ///
    /// An explicit path is used as given (the store reports a missing file). Without one, the
    /// folder must hold exactly one `*.fairplan` file: none or several is a ``WorkflowError``.
    static func resolve(explicit: String?, folder: String) throws -> String {
        if let explicit { return explicit }
        let found = candidates(in: folder)
        switch found.count {
        case 0: throw WorkflowError.noPlanFile(folder: folder)
        case 1: return found[0]
        default: throw WorkflowError.severalPlanFiles(folder: folder, names: found)
        }
    }

    /// The plan file for a command that can also work without one: the explicit path, the
    /// single plan file of the folder, or nil when the folder has none.
    static func resolveIfPresent(explicit: String?, folder: String) throws -> String? {
        if explicit == nil && candidates(in: folder).isEmpty { return nil }
        return try resolve(explicit: explicit, folder: folder)
    }

    /// The `*.fairplan` files of a folder, sorted (paths relative to the folder as given, or bare
    /// names for the current folder).
    static func candidates(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let current = FileManager.default.currentDirectoryPath
        return names.filter { $0.hasSuffix(".\(PlanStore.fileExtension)") && !$0.hasPrefix(".") }.sorted()
            .map { folder == current || folder == "." ? $0 : "\(folder)/\($0)" }
    }
}
