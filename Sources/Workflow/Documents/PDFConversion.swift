import Foundation
import Interchange

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
    func write(to destination: String, odt write: (String) throws -> Void) throws {
        let target = URL(fileURLWithPath: destination)
        let folder = target.deletingLastPathComponent().appendingPathComponent(
            ".fairplan-pdf-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
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
}
