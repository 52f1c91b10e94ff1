public import Foundation

/// Writes a workbook as a flat OpenDocument spreadsheet (`.fods`, ODF 1.3): one
/// `office:document` holding meta, settings, styles, automatic styles and body, the same content
/// as `ODSWriter` writes. The XML is streamed, so memory stays flat whatever the row count; the
/// same workbook with the same `metadata.created` always gives byte-identical output.
public enum FODSWriter {
    /// Writes `workbook` to `path` atomically (a temporary file renamed into place).
    ///
    /// - Throws: `SheetsError`; the destination is untouched on failure.
    public static func write(_ workbook: Workbook, to path: String) throws {
        let file = try ZipWriterAtomicFile(path: path)
        do {
            try write(workbook, on: ODFXMLWriter(fileName: path) { try file.write($0) })
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Streams the document to `sink` in chunks of up to 64 KiB (each buffer valid only during
    /// the call); errors thrown by `sink` propagate.
    public static func write(_ workbook: Workbook, sink: @escaping (UnsafeRawBufferPointer) throws -> Void)
        throws
    {
        try write(workbook, on: ODFXMLWriter(fileName: "(stream)", sink: sink))
    }

    /// The whole document in memory (for small workbooks and tests).
    public static func data(_ workbook: Workbook) throws -> Data {
        var output = Data()
        try write(workbook, on: ODFXMLWriter(fileName: "(memory)") { output.append(contentsOf: $0) })
        return output
    }

    private static func write(_ workbook: Workbook, on writer: ODFXMLWriter) throws {
        let parts = ODFPartWriter(workbook: workbook, fileName: writer.fileName)
        try parts.startRoot("office:document", on: writer)
        try parts.writeMeta(on: writer)
        try parts.writeSettings(on: writer)
        try parts.writeStyles(on: writer)
        try parts.writeAutomaticStyles(on: writer)
        try parts.writeBody(on: writer)
        try writer.close()
    }
}
