import Foundation
public import Interchange
public import Planning
import Store

/// Writes the registration template (instructions, organisations, products, delegates, the OCOP
/// product sets and the drop-down lists) in the language asked for: one workbook (ODS, FODS,
/// XLSX) or a CSV file per sheet. With a plan (named, or the single one of the folder), the
/// attendance drop-down offers the plan's connection points beside «on site», and the booth
/// requests' preferred-zone drop-down the zones of its venue.
public struct WriteTemplate: Sendable {
    /// The formats the template is written in.
    static let formats: [ExportFormat] = [.ods, .fods, .xlsx, .csv]

    /// The plan file named, if any.
    let plan: String?
    /// The folder whose single plan file is used when none is named.
    let folder: String?

    /// The use case; with a plan file named, or a folder whose single plan file gives the
    /// connection points (without either, or with several plan files in the folder, none).
    public init(plan: String? = nil, folder: String? = nil) {
        self.plan = plan
        self.folder = folder
    }

    /// Writes the template; returns the paths written. An `output` ending in another template
    /// format's extension (`--format xlsx --out mau.ods`) is refused with
    /// ``UnsupportedExport/extensionOfAnotherFormat(_:written:)``.
    public func run(
        format: ExportFormat, output: String?, language: Language, now: LocalDateTime, version: String
    ) throws -> [String] {
        guard Self.formats.contains(format) else {
            throw WorkflowError.invalidValue(.format, value: format.rawValue, expected: .templateFormat)
        }
        // A file (or CSV folder) named for another format would not open by its name: refused
        // before anything is written, as `export` refuses it.
        if let output {
            let written = URL(fileURLWithPath: output).pathExtension.lowercased()
            if Self.formats.map(\.fileExtension).contains(written), written != format.fileExtension {
                throw InterchangeError.badOutput(
                    path: output, reason: .extensionOfAnotherFormat(format, written: written))
            }
            // A CSV template is a folder of files: named «t.csv» it would pass for one file.
            if format == .csv && written == "csv" {
                throw InterchangeError.badOutput(path: output, reason: .csvTemplateFolderNamedAsFile)
            }
        }
        let lists = try planLists()
        return try RegistrationTemplate.write(
            format: format, output: output, language: language, created: now, version: version,
            connectionPoints: lists.connectionPoints, zones: lists.zones)
    }

    /// The names of the plan's connection points and of its venue's zones, read on their own
    /// from a read-only snapshot; none without a plan.
    func planLists() throws -> (connectionPoints: [String], zones: [String]) {
        let path: String
        if let plan {
            path = plan
        } else if let folder, case let found = PlanLocation.candidates(in: folder), found.count == 1 {
            path = found[0]
        } else {
            return ([], [])
        }
        let store = try PlanStore.open(at: path, for: .reading)
        defer { try? store.close() }
        var focus = PlanFocus()
        focus.connectionPoints = true
        let points = try store.loadPlan(focus: focus).connectionPoints.map(\.name)
        return (points, try store.venue()?.zones.map(\.name) ?? [])
    }
}
