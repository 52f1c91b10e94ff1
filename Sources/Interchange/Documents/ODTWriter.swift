import Foundation
import LibXML
public import Sheets

/// Writes a ``TextDocument`` as an OpenDocument text package (`.odt`, ODF 1.3).
///
/// Every XML part (`content.xml`, `styles.xml`, `meta.xml`, `META-INF/manifest.xml`) is written
/// by libxml2's writer (`LibXML.XMLWriter`) and packaged by the project's ZIP writer with
/// `mimetype` first and stored, then the pictures; the archive is written to a temporary file
/// and renamed into place, so a failed write leaves the destination untouched. The same document
/// always gives byte-identical files.
public enum ODTWriter {
    /// The ODF media type of a text document.
    public static let mediaType = "application/vnd.oasis.opendocument.text"

    /// Writes `document` to `path` atomically.
    ///
    /// - Throws: ``DocumentsError`` for a document that refers to a style, page style or picture
    ///   it does not have; `SheetsError` for file, XML or compression failures.
    public static func write(_ document: TextDocument, to path: String) throws {
        try ODTPartWriter.check(document)
        let parts = ODTPartWriter(document: document)
        let zip = try ZipWriter(path: path, modified: document.created, compressionLevel: 6)
        do {
            do {
                try zip.addEntry(name: "mimetype", method: .stored, bytes: Array(mediaType.utf8))
                try zip.addEntry(name: "content.xml", method: .deflated, bytes: try parts.content())
                try zip.addEntry(name: "styles.xml", method: .deflated, bytes: try parts.styles())
                try zip.addEntry(name: "meta.xml", method: .deflated, bytes: try parts.meta())
                for image in document.images {
                    try zip.addEntry(name: image.path, method: .deflated, bytes: image.bytes)
                }
                try zip.addEntry(
                    name: "META-INF/manifest.xml", method: .deflated, bytes: try parts.manifest())
            } catch let error as LibXMLError {
                throw SheetsError(writing: error, file: path)
            }
            try zip.finish()
        } catch {
            zip.cancel()
            throw error
        }
    }
}
