import Foundation
import Interchange
import Synchronization

/// Converts an OpenDocument text file to PDF with LibreOffice (`soffice --headless --convert-to
/// pdf`), in a private profile so that it runs beside an open LibreOffice, and puts the PDF in
/// place by a rename (atomic: the destination is either the old file or the whole new one).
struct PDFConversion {
    /// The LibreOffice program, looked for on `PATH` as `soffice`, then `libreoffice`.
    let program: URL

    /// LibreOffice from `PATH`.
    ///
    /// - Throws: ``DocumentsError/libreOfficeMissing`` when it is not installed.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(DocumentsError) {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["soffice", "libreoffice"] {
            for folder in folders {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    program = candidate
                    return
                }
            }
        }
        throw .libreOfficeMissing
    }

    /// Writes the PDF of the document `write` makes to `destination`: the ODT is written to a
    /// private folder next to the destination, converted there, and the PDF renamed into place;
    /// the folder is removed whatever happens.
    ///
    /// The folder's name holds this process's identifier (`.fairplan-pdf-<pid>-<uuid>`): a run
    /// killed outright (its `defer` never runs) leaves one, and the next conversion into the same
    /// folder stops the LibreOffice still working there and removes it
    /// (``removeLeftovers(in:)``); ``cancelAll()`` does both at once for a run interrupted.
    func write(to destination: String, odt write: (String) throws -> Void) throws {
        let target = URL(fileURLWithPath: destination)
        Self.removeLeftovers(in: target.deletingLastPathComponent())
        let folder = target.deletingLastPathComponent().appendingPathComponent(
            "\(Self.folderPrefix)\(getpid())-\(UUID().uuidString)", isDirectory: true)
        // Known before it exists: an interruption between the two would leave it behind.
        Self.inFlight.withLock { _ = $0.insert(folder.path) }
        defer {
            Self.inFlight.withLock { _ = $0.remove(folder.path) }
            try? FileManager.default.removeItem(at: folder)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let odt = folder.appendingPathComponent("document.odt")
        try write(odt.path)
        let process = Process()
        process.executableURL = program
        process.arguments = [
            "-env:UserInstallation=\(folder.appendingPathComponent("profile", isDirectory: true).absoluteString)",
            "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.path, odt.path,
        ]
        let errors = folder.appendingPathComponent("errors.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // Interrupted (``cancelAll()`` stopped LibreOffice): the front end's interruption ends
        // the process; reporting the stopped conversion as a failure would race it.
        while Self.cancelled.load(ordering: .acquiring) { sleep(1) }
        let pdf = folder.appendingPathComponent("document.pdf")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let said = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
            throw DocumentsError.conversionFailed(
                file: destination,
                detail: said.isEmpty ? "exit status \(process.terminationStatus)" : String(said.prefix(500)))
        }
        guard rename(pdf.path, target.path) == 0 else {
            throw InterchangeError.cannotWrite(path: destination, reason: String(cString: strerror(errno)))
        }
    }

    /// The start of a conversion folder's name, before the process identifier.
    static let folderPrefix = ".fairplan-pdf-"

    /// Whether ``cancelAll()`` ran: the process is being interrupted.
    static let cancelled = Atomic<Bool>(false)

    /// The conversion folders of this process in use.
    static let inFlight = Mutex<Set<String>>([])

    /// Stops the LibreOffice of every conversion of this process and removes their folders, for a
    /// run interrupted (Ctrl+C, `kill`): nothing is left behind. The conversions under way then
    /// wait for the caller to end the process.
    static func cancelAll() {
        cancelled.store(true, ordering: .releasing)
        for folder in inFlight.withLock({ $0 }) {
            stopProcesses(using: folder)
            removeFolder(folder)
        }
    }

    /// Removes the conversion folders in `directory` left by processes that are gone (killed
    /// before they could clean up), stopping the LibreOffice still working in them first.
    static func removeLeftovers(in directory: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(folderPrefix) {
            let digits = name.dropFirst(folderPrefix.count).prefix { $0.isNumber }
            guard let owner = Int32(digits), owner != getpid(), kill(owner, 0) != 0, errno == ESRCH else {
                continue
            }
            let folder = directory.appendingPathComponent(name).path
            stopProcesses(using: folder)
            removeFolder(folder)
        }
    }

    /// Stops every process whose command line names `folder` (the LibreOffice of a conversion:
    /// its profile and files are there), read from `/proc`: SIGTERM, then, for any still running
    /// after 5 seconds, SIGKILL; returns once they are gone, so the folder can be removed without
    /// one of them writing into it again.
    static func stopProcesses(using folder: String) {
        var running = processes(naming: folder)
        for pid in running { kill(pid, SIGTERM) }
        for round in 0..<120 where !running.isEmpty {
            if round == 100 { for pid in running { kill(pid, SIGKILL) } }
            usleep(50_000)
            running = running.filter(isRunning)
        }
    }

    /// Removes a conversion folder, again while a process that just stopped may still have been
    /// writing into it.
    static func removeFolder(_ folder: String) {
        for _ in 0..<5 {
            try? FileManager.default.removeItem(atPath: folder)
            guard FileManager.default.fileExists(atPath: folder) else { return }
            usleep(100_000)
        }
    }

    /// The processes (other than this one) whose command line names `needle`.
    static func processes(naming needle: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = Int32(entry), pid != getpid(),
                let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { return nil }
            let command = String(decoding: line.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return command.contains(needle) ? pid : nil
        }
    }

    /// Whether a process still runs: it is in `/proc` and not a zombie waiting to be reaped.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return false }
        // The state follows the command name, which is in parentheses and may hold spaces.
        guard let close = stat.lastIndex(of: UInt8(ascii: ")")), close + 2 < stat.count else { return false }
        return stat[close + 2] != UInt8(ascii: "Z")
    }
}
