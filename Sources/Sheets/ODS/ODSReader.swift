import Foundation
import LibXML

/// Reads an OpenDocument spreadsheet (`.ods`, a ZIP archive) into a `ReadWorkbook`, or streams
/// its rows (`forEachRow`).
///
/// `content.xml` is parsed while it is inflated, a bounded buffer at a time, so memory stays
/// flat; the archive is read with `ZipReader`'s defences (zip bombs, unsafe names, ZIP64...).
public enum ODSReader {
    /// The `mimetype` an ODS file declares.
    static let mimeType = "application/vnd.oasis.opendocument.spreadsheet"

    /// Reads an `.ods` file.
    ///
    /// - Parameters:
    ///   - path: Path of the file; errors name its last component.
    ///   - limits: Bounds applied to the archive.
    /// - Throws: `SheetsError` for unreadable, unsafe or corrupt archives, a missing
    ///   `content.xml`, another document type, malformed XML and invalid cells.
    public static func read(contentsOf path: String, limits: ZipReader.Limits = ZipReader.Limits()) throws
        -> ReadWorkbook
    {
        try withContent(of: path, limits: limits) { reader, fileName in
            ReadWorkbook(fileName: fileName, sheets: try reader.readSheets())
        }
    }

    /// Opens the package, checks its `mimetype`, parses `content.xml` with `body` while it is
    /// inflated, then drains the entry so that its size and CRC-32 are checked even if parsing
    /// stopped early.
    static func withContent<Result>(
        of path: String, limits: ZipReader.Limits,
        _ body: (inout ODFTableReader, _ fileName: String) throws -> Result
    ) throws -> Result {
        let archive = try ZipReader(path: path, limits: limits)
        let fileName = archive.fileName
        if let mimetype = archive.entry(named: "mimetype") {
            let bytes = try archive.contents(of: mimetype, maximumSize: 256)
            let declared = String(decoding: bytes, as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            guard declared == mimeType else {
                throw SheetsError.notASpreadsheet(file: fileName, mimeType: declared)
            }
        }
        guard let content = archive.entry(named: "content.xml") else {
            throw SheetsError.missingEntry(file: fileName, entry: "content.xml")
        }
        let stream = try archive.openEntry(content)
        let xml: XMLStreamReader
        do {
            xml = try XMLStreamReader(sourceName: "\(fileName)/content.xml") { buffer in
                try stream.read(into: buffer)
            }
        } catch let error as LibXMLError {
            throw ODFTableReader.translate(error, fileName: "\(fileName)/content.xml")
        }
        var reader = ODFTableReader(fileName: fileName, xml: xml)
        let result = try body(&reader, fileName)
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        while try scratch.withUnsafeMutableBytes({ try stream.read(into: $0) }) > 0 {}
        return result
    }
}
