import Foundation
import LibXML
import Sheets

/// Where FairPlan writes its outputs: the `Exports/` folder of the current directory by default.
public enum ExportLocation {
    /// The default output folder, relative to the current directory.
    public static let defaultFolder = "Exports"
    /// The `--out` value that writes to standard output instead of a file.
    public static let standardOutput = "-"

    /// Whether `path` is an SQLite database (a plan file), which ``path(explicit:subfolder:name:)``
    /// refuses to write over: a caller that means to replace its own plan file removes it first.
    public static func holdsDatabase(_ path: String) -> Bool {
        OutputFile.unsafeKind(at: path) == .database
    }

    /// The path to write to: `explicit` when given, otherwise `Exports/<subfolder>/<name>`.
    ///
    /// The parent folder is created when missing. The path must name a regular file or nothing
    /// yet: a device (`/dev/null`, `/dev/full`), a named pipe, a socket, a folder, a symbolic
    /// link or a database (a plan file, so an export named like the plan never replaces it) is
    /// refused here, before anything is computed or written (the writers check again
    /// when they write; see LibXML's `OutputFile`).
    ///
    /// - Throws: ``InterchangeError/cannotCreateFolder(path:reason:)`` when the folder cannot be
    ///   made; `SheetsError.unsafeDestination(file:kind:)` for a destination that is not a
    ///   regular file, or `SheetsError.fileOperationFailed` when it cannot be inspected.
    public static func path(explicit: String?, subfolder: String? = nil, name: String) throws -> String {
        let path: String
        if let explicit {
            path = explicit
        } else {
            var folder = URL(fileURLWithPath: defaultFolder, isDirectory: true)
            if let subfolder { folder.appendPathComponent(subfolder, isDirectory: true) }
            path = folder.appendingPathComponent(name).path
        }
        if let kind = OutputFile.unsafeKind(at: path) {
            throw SheetsError.unsafeDestination(file: path, kind: kind)
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw InterchangeError.cannotCreateFolder(path: parent, reason: error.localizedDescription)
        }
        do {
            try OutputFile.checkDestination(path)
        } catch let error as LibXMLError {
            throw SheetsError(writing: error)
        }
        return path
    }
}
