import Foundation
import LibXML
import Planning
import Sheets

extension Exporter {
    /// Writes the one file an export makes to standard output (`--out -`), streamed in chunks:
    /// an ODS or FODS workbook (any number of lists), or one list as CSV or XML, or the programme
    /// as frab or iCalendar. An export that would write several files is refused before anything
    /// is written.
    static func exportToStandardOutput(_ request: ExportRequest, lists: PlanLists) throws {
        let sink: (UnsafeRawBufferPointer) throws -> Void = { try StandardOutput.write($0) }
        do {
            switch request.format {
            case .frab, .ics:
                guard request.lists == [.programme] else {
                    throw InterchangeError.unsupportedExport(.programmeOnlyFormat(request.format))
                }
                if request.format == .frab {
                    try FrabScheduleWriter(
                        plan: request.plan, connectionPoint: request.connectionPoint,
                        version: request.version, programmeVersion: request.programmeVersion,
                        language: request.language
                    ).write(sink: sink)
                } else {
                    let text = ICalendarWriter(
                        plan: request.plan, connectionPoint: request.connectionPoint,
                        stamp: request.createdAt,
                        version: request.version, language: request.language
                    ).text()
                    try StandardOutput.write(Array(text.utf8))
                }
            case .ods, .fods, .xlsx:
                let date = request.createdAt
                let workbook = lists.workbook(
                    request.lists, created: "\(date.date.iso)T\(date.time):00",
                    generator: "FairPlan/\(request.version)", language: request.language)
                switch request.format {
                case .ods: try ODSWriter.write(workbook, sink: sink)
                case .xlsx: try XLSXWriter.write(workbook, sink: sink)
                default: try FODSWriter.write(workbook, sink: sink)
                }
            case .csv, .xml:
                guard request.lists.count == 1, let kind = request.lists.first else {
                    throw InterchangeError.unsupportedExport(
                        .severalFilesToStandardOutput(request.format, files: request.lists.count))
                }
                let sheet = lists.sheet(kind, in: request.language)
                if request.format == .csv {
                    try CSVWriter().write(sheet, sink: { try StandardOutput.write($0) })
                } else {
                    try ListXMLWriter.write(sheet, kind: kind, event: request.plan.event.name, sink: sink)
                }
            }
        } catch let error as LibXMLError {
            throw SheetsError(writing: error)
        }
    }
}
