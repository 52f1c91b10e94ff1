import LibXML
import Sheets

extension Exporter {
    /// Writes one file per list, all or none: each list goes to its own temporary file beside its
    /// destination, and they are renamed into place only once every list is complete. A list read
    /// from a plan file may fail half-way (``Sheets/Sheet/rowsFailure``); then no file is
    /// replaced and every temporary file is removed.
    ///
    /// `sheetErrors` reports the files' own errors as ``SheetsError`` (CSV), otherwise as
    /// ``LibXML/LibXMLError`` (XML), as each format's writer does.
    static func writeEach(
        _ request: ExportRequest, stem: String, sheetErrors: Bool,
        _ write: (ListKind, OutputFile) throws -> Void
    ) throws -> [String] {
        var pending: [(file: OutputFile, path: String)] = []
        do {
            for kind in request.lists {
                let path = try outputPath(request, kind: kind, stem: stem)
                let file = try OutputFile(path: path)
                pending.append((file, path))
                try write(kind, file)
            }
            for entry in pending { try entry.file.commit() }
        } catch let error as LibXMLError {
            for entry in pending { entry.file.discard() }
            throw sheetErrors ? SheetsError(writing: error) : error
        } catch {
            for entry in pending { entry.file.discard() }
            throw error
        }
        return pending.map(\.path)
    }
}
