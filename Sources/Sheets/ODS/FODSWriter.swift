public import Foundation
internal import LibXML

/// Writes a workbook as a flat OpenDocument spreadsheet (`.fods`, ODF 1.3): one
/// `office:document` holding meta, settings, styles, automatic styles and body, the same content
/// as `ODSWriter` writes, serialised by libxml2's `xmlTextWriter`. The XML is streamed, so memory
/// stays flat whatever the row count; the same workbook with the same `metadata.created` always
/// gives byte-identical output.
public enum FODSWriter {
    /// Writes `workbook` to `path` atomically (a temporary file renamed into place).
    ///
    /// - Throws: `SheetsError`; the destination is untouched on failure.
    public static func write(_ workbook: Workbook, to path: String) throws {
        try ODFPartWriter.translatingWriterErrors(file: path) {
            try write(workbook, fileName: path, on: XMLWriter(path: path))
        }
    }

    /// Streams the document to `sink` in chunks of up to 64 KiB (each buffer valid only during
    /// the call); errors thrown by `sink` propagate.
    public static func write(_ workbook: Workbook, sink: @escaping (UnsafeRawBufferPointer) throws -> Void)
        throws
    {
        try ODFPartWriter.translatingWriterErrors(file: "(stream)") {
            try write(workbook, fileName: "(stream)", on: XMLWriter(sink: sink))
        }
    }

    /// The whole document in memory (for small workbooks and tests).
    public static func data(_ workbook: Workbook) throws -> Data {
        try ODFPartWriter.translatingWriterErrors(file: "(memory)") {
            let writer = try XMLWriter()
            try write(workbook, fileName: "(memory)", on: writer)
            return try writer.data()
        }
    }

    private static func write(_ workbook: Workbook, fileName: String, on writer: XMLWriter) throws {
        let parts = ODFPartWriter(workbook: workbook, fileName: fileName)
        try parts.startRoot("document", on: writer)
        try parts.writeMeta(on: writer)
        try parts.writeSettings(on: writer)
        try parts.writeStyles(on: writer)
        try parts.writeAutomaticStyles(on: writer, pageLayouts: true)
        try parts.writeMasterStyles(on: writer)
        try parts.writeBody(on: writer)
        try writer.endDocument()
        try writer.close()
    }
}
