import Foundation

/// Where FairPlan writes its outputs: the `Exports/` folder of the current directory by default.
public enum ExportLocation {
    /// The default output folder, relative to the current directory.
    public static let defaultFolder = "Exports"

    /// The path to write to: `explicit` when given, otherwise `Exports/<subfolder>/<name>`.
    ///
    /// The parent folder is created when missing.
    public static func path(explicit: String?, subfolder: String? = nil, name: String) throws -> String {
        let path: String
        if let explicit {
            path = explicit
        } else {
            var folder = URL(fileURLWithPath: defaultFolder, isDirectory: true)
            if let subfolder { folder.appendPathComponent(subfolder, isDirectory: true) }
            path = folder.appendingPathComponent(name).path
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw InterchangeError.cannotCreateFolder(path: parent, reason: error.localizedDescription)
        }
        return path
    }
}
