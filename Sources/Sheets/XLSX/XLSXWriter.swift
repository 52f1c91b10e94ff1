import Foundation
internal import LibXML

/// Writes a workbook as an Office Open XML spreadsheet (`.xlsx`, SpreadsheetML transitional, as
/// Excel writes it).
///
/// The package holds `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml` and `app.xml`,
/// `xl/styles.xml`, one `xl/worksheets/sheetN.xml` per sheet (with `xl/commentsN.xml`, its VML
/// drawing and relationships when the header has notes), `xl/workbook.xml` and its
/// relationships, every part written by libxml2. Each worksheet is streamed from libxml2's
/// `xmlTextWriter` straight into deflate in 64 KiB chunks, compressed on a second thread while
/// the rows are serialised, so memory stays flat whatever the row count; text is written as
/// inline strings for the same reason (see ``XLSXPartWriter/writeWorksheet(_:on:)``). Body rows,
/// the hot path, are built as markup in a reusable buffer (``XLSXRowMarkup``: text escaped and
/// checked in one pass over its UTF-8 bytes, cell references from cached column letters, numbers
/// formatted in place) and handed to the writer every 48 KiB, the same bytes as element by
/// element.
///
/// Cells: text as inline strings (NFC; characters XML forbids replaced by U+FFFD, as in ODS);
/// numbers; percentages with `0%` or `0.00%`; dates as serial numbers of the 1900 date system
/// formatted `dd/mm/yyyy` (before 1900, as `dd/mm/yyyy` text); date-times `dd/mm/yyyy hh:mm`
/// (`:ss` when the seconds are not 0; the UTC offset is not kept, as in ODS); times of day
/// `hh:mm` (`hh:mm:ss`), durations of a day or more or negative `[hh]:mm:ss`; booleans; a number
/// that is not finite as its text. Columns get their widths, text columns (``Column/isText``)
/// the text format `@`, date columns `dd/mm/yyyy`; the title row is merged across every column,
/// the rows down to the header frozen, notes are comments on the header cells, drop-down lists
/// (``Column/validation``) are `dataValidation`s of type `list`, and a ``Sheet/pageSetup`` gives
/// `pageSetup`, `headerFooter` and the `_xlnm.Print_Titles` name. The same workbook with the same
/// `metadata.created` always gives byte-identical files.
public enum XLSXWriter {
    /// The media type of an `.xlsx` file.
    public static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// Writes `workbook` to `path` atomically (a temporary file renamed into place).
    ///
    /// - Throws: ``SheetsError/invalidSheetName(file:sheet:reason:)`` before anything is written
    ///   when a sheet name breaks Excel's rules (at most 31 characters, none of `[]:*?/\`, no
    ///   apostrophe at either end, unique ignoring case); `SheetsError` for file, XML or
    ///   compression failures. The destination is untouched on failure.
    public static func write(_ workbook: Workbook, to path: String) throws {
        let parts = try XLSXPartWriter(workbook: workbook, fileName: path)
        let zip = try ZipWriter(
            path: path, modified: workbook.metadata.created,
            compressionLevel: ODSWriter.contentCompressionLevel)
        do {
            try XLSXPartWriter.translatingWriterErrors(file: path) {
                try zip.addEntry(
                    name: "[Content_Types].xml", method: .deflated, bytes: try parts.contentTypes())
                try zip.addEntry(
                    name: "_rels/.rels", method: .deflated, bytes: try XLSXPartWriter.rootRelationships())
                try zip.addEntry(
                    name: "docProps/app.xml", method: .deflated, bytes: try parts.extendedProperties())
                try zip.addEntry(
                    name: "docProps/core.xml", method: .deflated, bytes: try parts.coreProperties())
                try zip.addEntry(name: "xl/styles.xml", method: .deflated, bytes: try XLSXPartWriter.styles())
                var bodyRows: [Int] = []
                for index in workbook.sheets.indices {
                    try zip.beginEntry(name: XLSXPartWriter.worksheetPath(index), method: .deflated)
                    bodyRows.append(try writeWorksheet(index, parts: parts, to: zip))
                    try zip.endEntry()
                    if parts.hasNotes(index) {
                        try zip.addEntry(
                            name: "xl/worksheets/_rels/sheet\(index + 1).xml.rels", method: .deflated,
                            bytes: try XLSXPartWriter.worksheetRelationships(index))
                        try zip.addEntry(
                            name: "xl/comments\(index + 1).xml", method: .deflated,
                            bytes: try parts.comments(index))
                        try zip.addEntry(
                            name: "xl/drawings/vmlDrawing\(index + 1).vml", method: .deflated,
                            bytes: try parts.vmlDrawing(index))
                    }
                }
                try zip.addEntry(
                    name: "xl/workbook.xml", method: .deflated,
                    bytes: try parts.workbookPart(bodyRows: bodyRows))
                try zip.addEntry(
                    name: "xl/_rels/workbook.xml.rels", method: .deflated,
                    bytes: try parts.workbookRelationships())
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
    /// A ZIP archive is finished by patching sizes into headers already written, so the package
    /// is first written to a temporary file (in the system's temporary folder, removed afterwards
    /// and on SIGINT/SIGTERM), then copied to `sink`.
    ///
    /// - Throws: `SheetsError`, or what `sink` throws.
    public static func write(_ workbook: Workbook, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try PackageStream.copy(fileExtension: "xlsx", write: { try write(workbook, to: $0) }, to: sink)
    }

    /// Streams one worksheet from libxml2's writer into the archive's current entry; the
    /// compressor runs on a second thread, fed 64 KiB chunks through a `ChunkPipeline`.
    /// Returns the number of body rows.
    private static func writeWorksheet(_ index: Int, parts: XLSXPartWriter, to zip: ZipWriter) throws -> Int {
        let pipeline = ChunkPipeline(slotCount: 4, slotSize: ODSWriter.contentChunkSize) { chunk in
            try zip.write(chunk)
        }
        do {
            let writer = try XMLWriter(chunkSize: ODSWriter.contentChunkSize) { chunk in
                try pipeline.send(chunk)
            }
            let rows = try parts.writeWorksheet(index, on: writer)
            try writer.close()
            try pipeline.finish()
            return rows
        } catch {
            pipeline.cancel()
            throw error
        }
    }
}
