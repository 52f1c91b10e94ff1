/// Writes a workbook as an OpenDocument spreadsheet package (`.ods`, ODF 1.3).
///
/// The package holds `mimetype` (first, stored), `content.xml` (serialised by `ODFXMLWriter`
/// straight into the compressor, so memory stays flat whatever the row count), `styles.xml`,
/// `meta.xml`, `settings.xml` (frozen header rows) and `META-INF/manifest.xml`. The same
/// workbook with the same `metadata.created` always gives byte-identical files.
public enum ODSWriter {
    /// Writes `workbook` to `path` atomically (a temporary file renamed into place).
    ///
    /// - Throws: `SheetsError` for file or compression failures; the destination is untouched
    ///   on failure.
    public static func write(_ workbook: Workbook, to path: String) throws {
        let parts = ODFPartWriter(workbook: workbook, fileName: path)
        let zip = try ZipWriter(
            path: path, modified: workbook.metadata.created, compressionLevel: contentCompressionLevel)
        do {
            try zip.addEntry(name: "mimetype", method: .stored, bytes: Array(ODFPartWriter.mediaType.utf8))
            try zip.beginEntry(name: "content.xml", method: .deflated)
            let content = ODFXMLWriter(fileName: path) { chunk in try zip.write(chunk) }
            try parts.startRoot("office:document-content", on: content)
            try parts.writeAutomaticStyles(on: content)
            try parts.writeBody(on: content)
            try content.close()
            try zip.endEntry()

            try zip.addEntry(
                name: "styles.xml", method: .deflated,
                bytes: try part(parts, "office:document-styles") {
                    try parts.writeStyles(on: $0)
                })
            try zip.addEntry(
                name: "meta.xml", method: .deflated,
                bytes: try part(parts, "office:document-meta") {
                    try parts.writeMeta(on: $0)
                })
            try zip.addEntry(
                name: "settings.xml", method: .deflated,
                bytes: try part(parts, "office:document-settings") {
                    try parts.writeSettings(on: $0)
                })
            try zip.addEntry(name: "META-INF/manifest.xml", method: .deflated, bytes: try manifest())
            try zip.finish()
        } catch {
            zip.cancel()
            throw error
        }
    }

    /// The zlib level of every deflated part: 1, the fastest. `content.xml` of a large sheet is
    /// very repetitive, so level 1 still shrinks it about 14 times, at about twice the speed of
    /// zlib's default level 6 (whose files are about a third smaller).
    static let contentCompressionLevel = 1

    /// The names of the package's XML parts, in the order they are written.
    static let xmlParts = ["content.xml", "styles.xml", "meta.xml", "settings.xml"]

    private static func part(
        _ parts: ODFPartWriter, _ root: StaticString, body: (ODFXMLWriter) throws -> Void
    ) throws -> [UInt8] {
        try ODFXMLWriter.bytes(fileName: parts.fileName) { writer in
            try parts.startRoot(root, on: writer)
            try body(writer)
        }
    }

    /// `META-INF/manifest.xml`: the package and every XML part with its media type.
    static func manifest() throws -> [UInt8] {
        try ODFXMLWriter.bytes(fileName: "META-INF/manifest.xml") { writer in
            try writer.startDocument()
            try writer.start("manifest:manifest")
            try writer.attr("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")
            try writer.attr("manifest:version", ODFPartWriter.version)
            try writer.start("manifest:file-entry")
            try writer.attr("manifest:full-path", "/")
            try writer.attr("manifest:version", ODFPartWriter.version)
            try writer.attr("manifest:media-type", ODFPartWriter.mediaType)
            try writer.end()
            for name in xmlParts {
                try writer.empty(
                    "manifest:file-entry", ["manifest:full-path": name, "manifest:media-type": "text/xml"])
            }
        }
    }
}
