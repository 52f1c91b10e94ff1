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
    /// An explicit path must not be empty and its folder must exist
    /// (``InterchangeError/badOutput(path:reason:)``); the default `Exports/` folders are created
    /// when missing. The path must name a regular file or nothing
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
            try checkFolder(of: explicit)
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
            throw InterchangeError.cannotCreateFolder(path: parent, reason: systemReason(error))
        }
        do {
            try OutputFile.checkDestination(path)
        } catch let error as LibXMLError {
            throw SheetsError(writing: error)
        }
        return path
    }

    /// The folder a multi-file output (a CSV template) goes to, created when missing: `explicit`
    /// when given (its own folder must exist, as for ``path(explicit:subfolder:name:)``),
    /// otherwise `Exports/<name>`.
    ///
    /// - Throws: ``InterchangeError/badOutput(path:reason:)`` or
    ///   ``InterchangeError/cannotCreateFolder(path:reason:)``.
    public static func folder(explicit: String?, name: String) throws -> String {
        let folder: String
        if let explicit {
            try checkFolder(of: explicit)
            folder = explicit
        } else {
            folder = "\(defaultFolder)/\(name)"
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw InterchangeError.cannotCreateFolder(path: folder, reason: systemReason(error))
        }
        return folder
    }

    /// Refuses an empty path, or one whose folder does not exist: a folder the organiser names
    /// must exist, so a mistyped one is an error rather than created.
    static func checkFolder(of explicit: String) throws {
        guard !explicit.isEmpty else { throw InterchangeError.badOutput(path: "", reason: .outputPathEmpty) }
        let parent = URL(fileURLWithPath: explicit).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) || !isFolder.boolValue {
            let written = (explicit as NSString).deletingLastPathComponent
            throw InterchangeError.badOutput(
                path: explicit, reason: .outputFolderMissing(folder: written.isEmpty ? parent : written))
        }
    }

    /// The system's own reason for a failed folder operation (its `strerror` text when known).
    static func systemReason(_ error: any Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
            posix.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(posix.code)))
        }
        return error.localizedDescription
    }
}
