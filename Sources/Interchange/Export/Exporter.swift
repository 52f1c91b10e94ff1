import Foundation
import LibXML
import Planning
import Sheets

/// Writes exports: each file through a temporary file renamed into place, so a failed export
/// never leaves a half-written file.
public enum Exporter {
    /// Performs an export and returns the paths written.
    public static func export(_ request: ExportRequest) throws -> [String] {
        var lists = PlanLists(
            plan: request.plan, attendeeOrder: request.attendeeOrder, partyStatus: request.partyStatus,
            source: request.source)
        lists.connectionPoint = request.connectionPoint
        let stem = FrabScheduleWriter.acronym(request.plan.event.id.rawValue)
        if request.output == ExportLocation.standardOutput {
            try exportToStandardOutput(request, lists: lists)
            return [ExportLocation.standardOutput]
        }
        try checkExtension(request)
        switch request.format {
        case .frab, .ics:
            guard request.lists == [.programme] else {
                throw InterchangeError.unsupportedExport(.programmeOnlyFormat(request.format))
            }
            let suffix = request.connectionPoint.map { "-\($0.rawValue)" } ?? ""
            let path = try ExportLocation.path(
                explicit: request.output,
                name: "\(stem)-chuong-trinh\(suffix).\(request.format.fileExtension)")
            if request.format == .frab {
                try FrabScheduleWriter(
                    plan: request.plan, connectionPoint: request.connectionPoint, version: request.version,
                    programmeVersion: request.programmeVersion, language: request.language
                ).write(toFile: path)
            } else {
                let text = ICalendarWriter(
                    plan: request.plan, connectionPoint: request.connectionPoint, stamp: request.createdAt,
                    version: request.version, language: request.language
                ).text()
                try writeAtomically(Data(text.utf8), to: path)
            }
            return [path]
        case .xml:
            return try writeEach(request, stem: stem, sheetErrors: false) { kind, file in
                try ListXMLWriter.write(
                    lists.sheet(kind, in: request.language), kind: kind, event: request.plan.event.name,
                    sink: { try file.write($0) })
            }
        case .ods, .fods, .xlsx, .csv:
            return try exportSheets(request, lists: lists, stem: stem)
        }
    }

    /// Refuses an output file named with another format's extension (`--format ods --out x.xlsx`);
    /// a folder for several CSV or XML files is named as people like.
    static func checkExtension(_ request: ExportRequest) throws {
        guard let output = request.output else { return }
        let oneFile =
            switch request.format {
            case .ods, .fods, .xlsx, .frab, .ics: true
            case .csv, .xml: request.lists.count == 1
            }
        let written = URL(fileURLWithPath: output).pathExtension.lowercased()
        let known = Set(ExportFormat.allCases.map(\.fileExtension))
        guard oneFile, known.contains(written), written != request.format.fileExtension else { return }
        throw InterchangeError.badOutput(
            path: output, reason: .extensionOfAnotherFormat(request.format, written: written))
    }

    /// The path of one list's file: the explicit path when exporting one list, a file in the
    /// explicit folder when exporting several, or `Exports/<event>-<list>.<ext>`.
    static func outputPath(_ request: ExportRequest, kind: ListKind, stem: String) throws -> String {
        let name = "\(stem)-\(kind.xmlRoot).\(request.format.fileExtension)"
        if let output = request.output, request.lists.count > 1 {
            let folder = try ExportLocation.folder(explicit: output, name: stem)
            return try ExportLocation.path(
                explicit: URL(fileURLWithPath: folder).appendingPathComponent(name).path, name: name)
        }
        return try ExportLocation.path(explicit: request.output, name: name)
    }

    /// Writes bytes through a temporary file in the same folder, renamed into place (the
    /// destination's permissions kept; removed on a signal or an error).
    static func writeAtomically(_ data: Data, to path: String) throws {
        do {
            try OutputFile.write([UInt8](data), to: path)
        } catch let error as LibXMLError {
            throw SheetsError(writing: error)
        }
    }
}
