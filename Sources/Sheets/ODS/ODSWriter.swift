import Foundation
internal import LibXML

/// Writes a workbook as an OpenDocument spreadsheet package (`.ods`, ODF 1.3).
///
/// The package holds `mimetype` (first, stored), `content.xml` (streamed from libxml2's
/// `xmlTextWriter` straight into deflate in 64 KiB chunks, compressed on a second thread while
/// the rows are serialised, so memory stays flat whatever the row count), `styles.xml`, `meta.xml`, `settings.xml` (frozen header rows) and
/// `META-INF/manifest.xml`, every part written by libxml2. The same workbook with the same
/// `metadata.created` always gives byte-identical files.
public enum ODSWriter {
    /// Writes `workbook` to `path` atomically (a temporary file renamed into place).
    ///
    /// - Throws: `SheetsError` for file, XML or compression failures; the destination is
    ///   untouched on failure.
    public static func write(_ workbook: Workbook, to path: String) throws {
        let parts = ODFPartWriter(workbook: workbook, fileName: path)
        let zip = try ZipWriter(
            path: path, modified: workbook.metadata.created, compressionLevel: contentCompressionLevel)
        do {
            try ODFPartWriter.translatingWriterErrors(file: path) {
                try zip.addEntry(
                    name: "mimetype", method: .stored, bytes: Array(ODFPartWriter.mediaType.utf8))
                try zip.beginEntry(name: "content.xml", method: .deflated)
                try writeContent(parts, to: zip)
                try zip.endEntry()

                try zip.addEntry(
                    name: "styles.xml", method: .deflated,
                    bytes: try parts.part("document-styles") { writer in
                        try parts.writeStyles(on: writer)
                        if !parts.printedSheets.isEmpty {
                            try writer.startElement(qualified: "office:automatic-styles")
                            try parts.writePageLayouts(on: writer)
                            try writer.endElement()
                            try parts.writeMasterStyles(on: writer)
                        }
                    })
                try zip.addEntry(
                    name: "meta.xml", method: .deflated,
                    bytes: try parts.part("document-meta") { try parts.writeMeta(on: $0) })
                try zip.addEntry(
                    name: "settings.xml", method: .deflated,
                    bytes: try parts.part("document-settings") { try parts.writeSettings(on: $0) })
                try zip.addEntry(name: "META-INF/manifest.xml", method: .deflated, bytes: try manifest())
            }
            try zip.finish()
        } catch {
            zip.cancel()
            throw error
        }
    }

    /// Writes `workbook` to `sink` in chunks of up to 64 KiB (for `--out -`: pass LibXML's
    /// `StandardOutput.write`); each buffer is valid only during the call.
    ///
    /// A ZIP archive is finished by patching sizes into headers already written, so the package is
    /// first written to a temporary file (in the system's temporary folder, removed afterwards
    /// and on SIGINT/SIGTERM), then copied to `sink`.
    ///
    /// - Throws: `SheetsError`, or what `sink` throws.
    public static func write(_ workbook: Workbook, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try PackageStream.copy(fileExtension: "ods", write: { try write(workbook, to: $0) }, to: sink)
    }

    /// Streams `content.xml` from libxml2's writer into the archive's current entry. The
    /// compressor (CRC-32, deflate, file writes) runs on a second thread, fed 64 KiB chunks
    /// through a `ChunkPipeline`, while this thread serialises the rows.
    private static func writeContent(_ parts: ODFPartWriter, to zip: ZipWriter) throws {
        let pipeline = ChunkPipeline(slotCount: 4, slotSize: contentChunkSize) { chunk in
            try zip.write(chunk)
        }
        do {
            let content = try XMLWriter(chunkSize: contentChunkSize) { chunk in try pipeline.send(chunk) }
            try parts.startRoot("document-content", on: content)
            try parts.writeAutomaticStyles(on: content)
            try parts.writeBody(on: content)
            try content.endDocument()
            try content.close()
            try pipeline.finish()
        } catch {
            pipeline.cancel()
            throw error
        }
    }

    /// The zlib level of every deflated part: 1, the fastest. `content.xml` of a large sheet is
    /// very repetitive, so level 1 still shrinks it about 14 times, at about twice the speed of
    /// zlib's default level 6 (whose files are about a third smaller).
    static let contentCompressionLevel = 1

    /// The size of the chunks libxml2's output is handed to the compressor in.
    static let contentChunkSize = 64 * 1024

    /// The names of the package's XML parts, in the order they are written.
    static let xmlParts = ["content.xml", "styles.xml", "meta.xml", "settings.xml"]

    /// `META-INF/manifest.xml`: the package and every XML part with its media type.
    static func manifest() throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement(
            "manifest", prefix: "manifest", namespaceURI: "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
        )
        try writer.attribute(qualified: "manifest:version", ODFPartWriter.version)
        try writer.startElement(qualified: "manifest:file-entry")
        try writer.attribute(qualified: "manifest:full-path", "/")
        try writer.attribute(qualified: "manifest:version", ODFPartWriter.version)
        try writer.attribute(qualified: "manifest:media-type", ODFPartWriter.mediaType)
        try writer.endElement()
        for name in xmlParts {
            try ODFPartWriter.emptyElement(
                on: writer, "manifest:file-entry",
                ["manifest:full-path": name, "manifest:media-type": "text/xml"])
        }
        try writer.endDocument()
        return try writer.bytes()
    }
}
