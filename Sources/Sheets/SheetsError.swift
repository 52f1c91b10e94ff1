public import LibXML

/// Every error of the Sheets module: reading or writing a spreadsheet file (ODS, FODS, XLSX, CSV) or
/// the ZIP archive around it.
///
/// Every case names the file; cases about a cell also name the sheet, the row (1-based, as the
/// spreadsheet shows it) and the column (1-based; messages show its letter). Cases are typed:
/// reasons are ``SheetsMessage`` codes and `message` strings are only ever the system's or a
/// library's own text. ``message`` is the catalogue message (worded by
/// ``SheetsMessage/vietnamese`` and ``SheetsMessage/english``); `description` is the Vietnamese,
/// e.g. `dangky.ods, trang «Tổ chức», dòng 7, cột C: …`.
public enum SheetsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The system could not read or write the file; `message` is its own explanation.
    case io(file: String, message: String)
    /// The file at `path` could not be opened for reading.
    case cannotOpen(file: String, path: String)
    /// The file is larger than the `limit` (bytes) the reader accepts.
    case fileTooLarge(file: String, limit: Int)
    /// A step of writing the file safely failed; `message` is the system's own explanation.
    case fileOperationFailed(file: String, operation: SheetsFileOperation, message: String)
    /// The destination is not a regular file (a device such as `/dev/null`, a named pipe, a
    /// socket, a folder or a symbolic link) and is never written over.
    case unsafeDestination(file: String, kind: FileKind)
    /// A ZIP entry being written exceeds 4 GiB; ZIP64 is not supported.
    case zipEntryTooLarge(file: String, entry: String)
    /// The ZIP archive being written exceeds 4 GiB or 65 535 entries; ZIP64 is not supported.
    case zipArchiveTooLarge(file: String)
    /// A ZIP writer was used out of order (e.g. `write` without `beginEntry`); `reason` is one of
    /// the misuse codes (``SheetsMessage/writeOutsideEntry``, ...).
    case zipWriterMisuse(file: String, reason: SheetsMessage)
    /// zlib reported an error while compressing.
    case compression(file: String, entry: String, code: Int)
    /// XML could not be written; `message` is the XML library's own explanation (with the element,
    /// as `<text:p>: …`, when the content of one was refused).
    case xml(file: String, message: String)
    /// The file is not a ZIP archive, or it is truncated or corrupt; `reason` says how
    /// (``SheetsMessage/truncatedFile``, ...).
    case corruptArchive(file: String, reason: SheetsMessage)
    /// The archive uses ZIP64, which is not supported.
    case zip64NotSupported(file: String)
    /// The archive has more entries than allowed.
    case tooManyEntries(file: String, count: Int, limit: Int)
    /// An entry's name is unsafe: a `..` segment, an absolute path or a backslash.
    case unsafeEntryName(file: String, entry: String)
    /// An entry is encrypted.
    case encryptedEntry(file: String, entry: String)
    /// An entry uses a compression method other than stored (0) or deflate (8).
    case unsupportedCompression(file: String, entry: String, method: Int)
    /// An entry is (or inflates to) more bytes than allowed.
    case entryTooLarge(file: String, entry: String, limit: Int)
    /// An entry inflates to more bytes than its header declares.
    case entrySizeMismatch(file: String, entry: String, declared: Int)
    /// An entry's compression ratio is suspiciously high (a zip bomb).
    case compressionRatioTooHigh(file: String, entry: String, limit: Int)
    /// An entry's compressed data is corrupt or truncated; `reason` says how
    /// (``SheetsMessage/truncatedData``, ...).
    case corruptEntry(file: String, entry: String, reason: SheetsMessage)
    /// An entry's CRC-32 does not match its data.
    case checksumMismatch(file: String, entry: String)
    /// A required entry (such as `content.xml`) is missing.
    case missingEntry(file: String, entry: String)
    /// The package's `mimetype` declares `mimeType`, not a spreadsheet.
    case notASpreadsheet(file: String, mimeType: String)
    /// The XML is malformed or refused; `line` is 0 when unknown; `message` is the parser's own.
    case malformedXML(file: String, line: Int, message: String)
    /// The XML document is empty.
    case emptyDocument(file: String)
    /// A cell's value cannot be read, or is longer than allowed; `reason` says why
    /// (``SheetsMessage/invalidNumber(_:)``, ``SheetsMessage/cellTooLong(limit:)``, ...).
    case invalidCell(file: String, sheet: String, row: Int, column: Int, reason: SheetsMessage)
    /// A sheet has more rows, columns or cells than allowed; `reason` says which
    /// (``SheetsMessage/tooManyRows(limit:)``, ``SheetsMessage/tooManyColumns(limit:)``,
    /// ``SheetsMessage/tooManyCells(limit:)``).
    case sheetTooLarge(file: String, sheet: String, row: Int, reason: SheetsMessage)
    /// A CSV file is not valid UTF-8 at a cell.
    case invalidUTF8(file: String, row: Int, column: Int)
    /// A CSV file starting with a UTF-16 byte-order mark holds a broken UTF-16 sequence on line `row` of the file (lines, not records: a quoted cell may
    /// span lines).
    case invalidUTF16(file: String, row: Int)
    /// A CSV file ends inside a quoted field that starts on `row`.
    case unterminatedQuote(file: String, row: Int, column: Int)
    /// A CSV delimiter other than a single ASCII character was asked for.
    case unsupportedDelimiter(file: String, delimiter: String)
    /// An Excel 97–2003 workbook (`.xls`, BIFF in an OLE2 compound file; also how Excel stores a
    /// password-protected `.xlsx`): refused, with how to save it as `.xlsx` or `.ods`.
    case legacyExcelFile(file: String)
    /// A sheet name Excel does not accept (empty, over 31 characters, holding `[]:*?/\`, an
    /// apostrophe at either end, or repeated ignoring case); `reason` says which
    /// (``SheetsMessage/sheetNameTooLong(limit:)``, ...). Nothing is written.
    case invalidSheetName(file: String, sheet: String, reason: SheetsMessage)
    /// A column's drop-down list that an XLSX file cannot hold (`column` 1-based), so the file
    /// is not written; `reason` says why.
    case invalidValidation(file: String, sheet: String, column: Int, reason: SheetsMessage)

    /// The catalogue message of the error.
    public var message: SheetsMessage {
        switch self {
        case .io(let file, let message): .io(file: file, detail: message)
        case .cannotOpen(let file, let path): .cannotOpen(file: file, path: path)
        case .fileTooLarge(let file, let limit): .fileTooLarge(file: file, limit: limit)
        case .fileOperationFailed(let file, let operation, let message):
            .fileOperationFailed(file: file, operation: operation, detail: message)
        case .unsafeDestination(let file, let kind): .unsafeDestination(file: file, kind: kind)
        case .zipEntryTooLarge(let file, let entry): .zipEntryTooLarge(file: file, entry: entry)
        case .zipArchiveTooLarge(let file): .zipArchiveTooLarge(file: file)
        case .zipWriterMisuse(let file, let reason): .zipWriterMisuse(file: file, reason: reason)
        case .compression(let file, let entry, let code): .compression(file: file, entry: entry, code: code)
        case .xml(let file, let message): .xmlWriteFailed(file: file, detail: message)
        case .corruptArchive(let file, let reason): .corruptArchive(file: file, reason: reason)
        case .zip64NotSupported(let file): .zip64NotSupported(file: file)
        case .tooManyEntries(let file, let count, let limit):
            .tooManyEntries(file: file, count: count, limit: limit)
        case .unsafeEntryName(let file, let entry): .unsafeEntryName(file: file, entry: entry)
        case .encryptedEntry(let file, let entry): .encryptedEntry(file: file, entry: entry)
        case .unsupportedCompression(let file, let entry, let method):
            .unsupportedCompression(file: file, entry: entry, method: method)
        case .entryTooLarge(let file, let entry, let limit):
            .entryTooLarge(file: file, entry: entry, limit: limit)
        case .entrySizeMismatch(let file, let entry, let declared):
            .entrySizeMismatch(file: file, entry: entry, declared: declared)
        case .compressionRatioTooHigh(let file, let entry, let limit):
            .compressionRatioTooHigh(file: file, entry: entry, limit: limit)
        case .corruptEntry(let file, let entry, let reason):
            .corruptEntry(file: file, entry: entry, reason: reason)
        case .checksumMismatch(let file, let entry): .checksumMismatch(file: file, entry: entry)
        case .missingEntry(let file, let entry): .missingEntry(file: file, entry: entry)
        case .notASpreadsheet(let file, let mimeType): .notASpreadsheet(file: file, mimeType: mimeType)
        case .malformedXML(let file, let line, let message):
            .malformedXML(file: file, line: line, detail: message)
        case .emptyDocument(let file): .emptyDocument(file: file)
        case .invalidCell(let file, let sheet, let row, let column, let reason):
            .invalidCell(file: file, sheet: sheet, row: row, column: column, reason: reason)
        case .sheetTooLarge(let file, let sheet, let row, let reason):
            .sheetTooLarge(file: file, sheet: sheet, row: row, reason: reason)
        case .invalidUTF8(let file, let row, let column): .invalidUTF8(file: file, row: row, column: column)
        case .invalidUTF16(let file, let row): .invalidUTF16(file: file, row: row)
        case .unterminatedQuote(let file, let row, let column):
            .unterminatedQuote(file: file, row: row, column: column)
        case .unsupportedDelimiter(let file, let delimiter):
            .unsupportedDelimiter(file: file, delimiter: delimiter)
        case .legacyExcelFile(let file): .legacyExcelFile(file: file)
        case .invalidSheetName(let file, let sheet, let reason):
            .invalidSheetName(file: file, sheet: sheet, reason: reason)
        case .invalidValidation(let file, let sheet, let column, let reason):
            .invalidValidation(file: file, sheet: sheet, column: column, reason: reason)
        }
    }

    /// The message in Vietnamese, place first.
    public var description: String { message.vietnamese }
}
