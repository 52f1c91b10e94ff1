internal import LibXML

/// Writes a workbook as an OpenDocument spreadsheet package (`.ods`, ODF 1.3).
///
/// The package holds `mimetype` (first, stored), `content.xml` (streamed from the XML writer
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
        let zip = try ZipWriter(path: path, modified: workbook.metadata.created)
        do {
            try zip.addEntry(name: "mimetype", method: .stored, bytes: Array(ODFPartWriter.mediaType.utf8))
            try zip.beginEntry(name: "content.xml", method: .deflated)
            let content = try XMLWriter { chunk in try zip.write(chunk) }
            try parts.startRoot("document-content", on: content)
            try parts.writeAutomaticStyles(on: content)
            try parts.writeBody(on: content)
            try content.endDocument()
            try content.close()
            try zip.endEntry()

            try zip.addEntry(
                name: "styles.xml", method: .deflated,
                bytes: try part(parts, "document-styles") {
                    try parts.writeStyles(on: $0)
                })
            try zip.addEntry(
                name: "meta.xml", method: .deflated,
                bytes: try part(parts, "document-meta") {
                    try parts.writeMeta(on: $0)
                })
            try zip.addEntry(
                name: "settings.xml", method: .deflated,
                bytes: try part(parts, "document-settings") {
                    try parts.writeSettings(on: $0)
                })
            try zip.addEntry(name: "META-INF/manifest.xml", method: .deflated, bytes: try manifest())
            try zip.finish()
        } catch {
            zip.cancel()
            throw error
        }
    }

    /// The names of the package's XML parts, in the order they are written.
    static let xmlParts = ["content.xml", "styles.xml", "meta.xml", "settings.xml"]

    private static func part(
        _ parts: ODFPartWriter, _ root: String, body: (XMLWriter) throws -> Void
    ) throws -> [UInt8] {
        let writer = try XMLWriter()
        try parts.startRoot(root, on: writer)
        try body(writer)
        try writer.endDocument()
        return try writer.bytes()
    }

    /// `META-INF/manifest.xml`: the package and every XML part with its media type.
    static func manifest() throws -> [UInt8] {
        let uri = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("manifest", prefix: "manifest", namespaceURI: uri)
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
        try writer.endDocument()
        return try writer.bytes()
    }
}
