import LibXML
import Planning
import Sheets

extension Exporter {
    /// ODS, FODS and XLSX: one workbook with a sheet per list. CSV: one file per list, all
    /// written or none (``writeEach(_:stem:sheetErrors:_:)``).
    static func exportSheets(_ request: ExportRequest, lists: PlanLists, stem: String) throws -> [String] {
        let date = request.createdAt
        let created = "\(date.date.iso)T\(date.time):00"
        switch request.format {
        case .ods, .fods, .xlsx:
            let workbook = lists.workbook(
                request.lists, created: created, generator: "FairPlan/\(request.version)",
                language: request.language)
            let name =
                request.lists.count == 1
                ? "\(stem)-\(request.lists[0].xmlRoot).\(request.format.fileExtension)"
                : "\(stem)-danh-sach.\(request.format.fileExtension)"
            let path = try ExportLocation.path(explicit: request.output, name: name)
            switch request.format {
            case .ods: try ODSWriter.write(workbook, to: path)
            case .xlsx: try XLSXWriter.write(workbook, to: path)
            default: try FODSWriter.write(workbook, to: path)
            }
            return [path]
        default:
            let writer = CSVWriter()
            return try writeEach(request, stem: stem, sheetErrors: true) { kind, file in
                try writer.write(lists.sheet(kind, in: request.language)) { try file.write($0) }
            }
        }
    }
}
