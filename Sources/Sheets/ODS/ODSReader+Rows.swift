extension ODSReader {
    /// Streams the non-empty rows of an `.ods` file to `body`, one at a time, keeping none:
    /// memory stays flat whatever the row count (`read` keeps every row).
    ///
    /// Rows come in file order, sheet after sheet, with the same cells `read` would give; a
    /// repeated row (`table:number-rows-repeated`) is delivered once per repetition, and no
    /// workbook-wide cell limit applies (nothing is kept). Throw from `body` to stop early;
    /// the error propagates unchanged. The archive's CRC-32 and sizes are checked when the
    /// whole entry has been read, so an error can still come after the last row.
    ///
    /// - Parameters:
    ///   - path: Path of the file; errors name its last component.
    ///   - limits: Bounds applied to the archive (raise `maximumEntrySize` for files whose
    ///     `content.xml` exceeds 256 MiB).
    ///   - body: Called with each row.
    /// - Throws: `SheetsError` as for `read`, or `body`'s error.
    public static func forEachRow(
        contentsOf path: String, limits: ZipReader.Limits = ZipReader.Limits(),
        _ body: (ReadRow) throws -> Void
    ) throws {
        try withContent(of: path, limits: limits) { reader, _ in
            try reader.readTables(limitingCells: false, sheet: { _ in }, row: body)
        }
    }
}
