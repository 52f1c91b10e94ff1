public import Foundation
internal import LibXML

/// Writes a workbook as a flat OpenDocument spreadsheet (`.fods`, ODF 1.3): one
/// `office:document` holding meta, settings, styles, automatic styles and body, the same content
/// as `ODSWriter` writes. The XML is streamed, so memory stays flat whatever the row count; the
/// same workbook with the same `metadata.created` always gives byte-identical output.
public enum FODSWriter {
    /// Writes `workbook` to `path` atomically (a temporary file renamed into place).
    ///
    /// - Throws: `SheetsError` or the XML writer's error; the destination is untouched on failure.
    public static func write(_ workbook: Workbook, to path: String) throws {
        try write(workbook, on: try XMLWriter(path: path), fileName: path)
    }

    /// Streams the document to `sink` in chunks of a few KiB (each buffer valid only during the
    /// call); errors thrown by `sink` propagate.
    public static func write(_ workbook: Workbook, sink: @escaping (UnsafeRawBufferPointer) throws -> Void)
        throws
    {
        try write(workbook, on: try XMLWriter(sink: sink), fileName: "(stream)")
    }

    /// The whole document in memory (for small workbooks and tests).
    public static func data(_ workbook: Workbook) throws -> Data {
        let writer = try XMLWriter()
        try write(workbook, on: writer, fileName: "(memory)")
        return try writer.data()
    }

    private static func write(_ workbook: Workbook, on writer: XMLWriter, fileName: String) throws {
        let parts = ODFPartWriter(workbook: workbook, fileName: fileName)
        try parts.startRoot("document", on: writer)
        try parts.writeMeta(on: writer)
        try parts.writeSettings(on: writer)
        try parts.writeStyles(on: writer)
        try parts.writeAutomaticStyles(on: writer)
        try parts.writeBody(on: writer)
        try writer.endDocument()
        try writer.close()
    }
}
