import Foundation
public import Planning

/// Turns a written floor-plan SVG into PNG or PDF with `rsvg-convert` (Debian package
/// `librsvg2-bin`), when it is installed; the SVG stays the plan's own format.
///
/// The picture is written next to the destination under a temporary name and renamed into place,
/// so a destination is either the old file or the whole new one. A missing converter or a failed
/// conversion is an outcome with a message saying what to install or what went wrong, not an
/// error: the SVG is already written.
public enum FloorPlanConverter {
    /// A picture format besides SVG.
    public enum Format: String, CaseIterable, Sendable {
        /// A PNG image (at 1 drawing unit per pixel, times the zoom).
        case png
        /// A PDF page the size of the drawing.
        case pdf
    }

    /// What a conversion did.
    public enum Outcome: Hashable, Sendable {
        /// The picture was written to `path`.
        case written(path: String)
        /// No converter is installed: the message says which package to install.
        case unavailable(FloorPlanMessage)
        /// The converter failed: the message carries its own words.
        case failed(FloorPlanMessage)
    }

    /// The converter's program name, looked for on `PATH`.
    public static let program = "rsvg-convert"

    /// The format a file name asks for by its extension (`.png`, `.pdf`), or nil.
    public static func format(ofPath path: String) -> Format? {
        Format(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// The converter on `PATH`, or nil.
    static func executable(environment: [String: String]) -> URL? {
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(program)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Converts the SVG file `svg` to `destination` in `format`, scaled by `zoom` (0.1–10),
    /// looking for the converter on the `PATH` of `environment` (the process's when nil).
    public static func convert(
        svg: String, to destination: String, format: Format, zoom: Double = 1,
        environment: [String: String]? = nil
    ) -> Outcome {
        guard let executable = executable(environment: environment ?? ProcessInfo.processInfo.environment)
        else {
            return .unavailable(.converterMissing(format: format.rawValue))
        }
        let target = URL(fileURLWithPath: destination)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            ".fairplan-\(UUID().uuidString).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let process = Process()
        process.executableURL = executable
        let factor = min(max(zoom.isFinite ? zoom : 1, 0.1), 10)
        process.arguments = [
            "--format", format.rawValue, "--zoom", String(factor), "--background-color", "white",
            "--output", temporary.path, svg,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failed(.converterFailed(tool: program, detail: "\(error)"))
        }
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: temporary.path) else {
            let detail = String(decoding: said.prefix(500), as: UTF8.self)
            return .failed(
                .converterFailed(
                    tool: program,
                    detail: detail.isEmpty ? "exit status \(process.terminationStatus)" : detail))
        }
        guard rename(temporary.path, target.path) == 0 else {
            return .failed(.converterFailed(tool: program, detail: String(cString: strerror(errno))))
        }
        return .written(path: destination)
    }
}
