import Foundation
import Hummingbird
import Interchange

/// A file a use case wrote to a private temporary folder, sent as an attachment: the file is
/// opened, the folder removed at once (the open file stays readable), and the bytes streamed in
/// pieces, so nothing is left behind even when the browser goes away.
enum FileDownload {
    /// The size of the pieces streamed.
    static let chunkSize = 64 * 1024

    /// A new private folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-tai-ve-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return folder
    }

    /// The response sending the file at `path` (inside `folder`, removed here) as `type`.
    static func response(path: String, folder: URL, type: String) throws -> Response {
        defer { try? FileManager.default.removeItem(at: folder) }
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        let name = fileName(URL(fileURLWithPath: path).lastPathComponent)
        let body = ResponseBody(contentLength: size) { writer in
            defer { try? handle.close() }
            while let data = try handle.read(upToCount: chunkSize), !data.isEmpty {
                try await writer.write(ByteBuffer(bytes: data))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: type, .contentDisposition: "attachment; filename=\"\(name)\"",
                .cacheControl: "no-store",
            ],
            body: body)
    }

    /// `name` with only ASCII letters, digits, `.`, `-` and `_` (anything else becomes `-`), at
    /// most 100 characters: safe in a `Content-Disposition` header.
    static func fileName(_ name: String) -> String {
        let kept = name.unicodeScalars.map { scalar -> Character in
            let safe =
                scalar.isASCII
                && (CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "-"
                    || scalar == "_")
            return safe ? Character(scalar) : "-"
        }
        let text = String(String(kept).prefix(100))
        return text.isEmpty ? "fairplan" : text
    }

    /// The MIME type of an export in `format`.
    static func type(of format: ExportFormat) -> String {
        switch format {
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .fods: "application/vnd.oasis.opendocument.spreadsheet-flat-xml"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .xml, .frab: "application/xml; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .ics: "text/calendar; charset=utf-8"
        }
    }

    /// The MIME type of a document in `format`.
    static func type(of format: DocumentFormat) -> String {
        switch format {
        case .odt: "application/vnd.oasis.opendocument.text"
        case .pdf: "application/pdf"
        }
    }
}
