import Foundation
import Store

/// Where a request's plan file is: the path given, or the single `*.fairplan` file of a folder.
public enum PlanLocation {
    /// The plan file's path.
    ///
    /// An explicit path is used as given (opening reports a missing file). Without one, `folder`
    /// must hold exactly one `*.fairplan` file: none or several is a ``WorkflowError``.
    public static func resolve(explicit: String?, folder: String) throws(WorkflowError) -> String {
        if let explicit { return explicit }
        let found = candidates(in: folder)
        switch found.count {
        case 0: throw .noPlanFile(folder: absolute(folder))
        case 1: return found[0]
        default:
            throw .severalPlanFiles(
                folder: absolute(folder), names: found.map { URL(fileURLWithPath: $0).lastPathComponent })
        }
    }

    /// The plan file for a request that can also work without one: the explicit path, the single
    /// plan file of the folder, or nil when the folder has none.
    public static func resolveIfPresent(explicit: String?, folder: String) throws(WorkflowError) -> String? {
        if explicit == nil && candidates(in: folder).isEmpty { return nil }
        return try resolve(explicit: explicit, folder: folder)
    }

    /// The folder as an absolute path, for messages.
    static func absolute(_ folder: String) -> String {
        URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
    }

    /// The `*.fairplan` files of a folder, sorted: bare names for `.`, else paths under `folder`.
    static func candidates(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".\(PlanStore.fileExtension)") && !$0.hasPrefix(".") }.sorted()
            .map { folder == "." ? $0 : URL(fileURLWithPath: folder).appendingPathComponent($0).path }
    }
}
