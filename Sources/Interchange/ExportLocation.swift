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
    public static func path(
        explicit: String?, subfolder: String? = nil, name: String, option: String = "--out"
    ) throws -> String {
        let path: String
        if let explicit {
            try checkFolder(of: explicit, option: option)
            path = explicit
        } else {
            var folder = URL(fileURLWithPath: defaultFolder, isDirectory: true)
            if let subfolder { folder.appendPathComponent(subfolder, isDirectory: true) }
            path = folder.appendingPathComponent(name).path
        }
        if let kind = OutputFile.unsafeKind(at: path) {
            throw SheetsError.unsafeDestination(file: path, kind: kind)
        }
        try makeFolders(URL(fileURLWithPath: path).deletingLastPathComponent().path)
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
    public static func folder(explicit: String?, name: String, option: String = "--out") throws -> String {
        let folder: String
        if let explicit {
            try checkFolder(of: explicit, option: option)
            folder = explicit
        } else {
            folder = "\(defaultFolder)/\(name)"
        }
        try makeFolders(folder)
        return folder
    }

    /// Refuses an empty path, or one whose folder does not exist or is a file: a folder the
    /// organiser names must exist, so a mistyped one is an error rather than created. `option`
    /// is the option the path was given with (`--out`, `--svg`, `--output`).
    static func checkFolder(of explicit: String, option: String) throws {
        guard !explicit.isEmpty else {
            throw InterchangeError.badOutput(path: option, reason: .outputPathEmpty(option: option))
        }
        let parent = URL(fileURLWithPath: explicit).deletingLastPathComponent().path
        let written = writtenFolder(of: explicit)
        let folder = written.isEmpty ? parent : written
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) else {
            throw InterchangeError.badOutput(
                path: explicit, reason: .outputFolderMissing(folder: folder, option: option))
        }
        if !isFolder.boolValue {
            throw InterchangeError.badOutput(path: explicit, reason: .outputParentIsFile(folder: folder))
        }
    }

    /// The folder part of a path as written: up to its last `/` (`/` for a file at the root),
    /// empty for a bare name. (Foundation's `NSString.deletingLastPathComponent` traps on some
    /// one-character paths on Linux, so it is not used.)
    static func writtenFolder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var folder = trimmed[..<slash]
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }

    /// Creates `folder` and the folders above it that are missing, one `mkdir` at a time, so a
    /// failure carries the system's own reason (worded in Vietnamese by the message).
    static func makeFolders(_ folder: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue {
            return
        }
        let parent = writtenFolder(of: folder)
        if !parent.isEmpty && parent != folder { try makeFolders(parent) }
        if mkdir(folder, 0o755) != 0 {
            let code = errno
            if code == EEXIST, FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
                isFolder.boolValue
            {
                return
            }
            throw InterchangeError.cannotCreateFolder(path: folder, reason: String(cString: strerror(code)))
        }
    }
}
