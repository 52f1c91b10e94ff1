public import LibXML

/// Every sentence the Sheets module shows to people, by code: the errors of reading and writing a
/// spreadsheet (ODS, FODS, CSV) or the ZIP archive around it, and the reasons inside them.
///
/// Sheets depends on no other FairPlan module but LibXML, so it words its messages itself:
/// ``vietnamese`` and ``english`` (Interchange makes this type `Localizable`, so front ends pick
/// the user's language). ``SheetsError/message`` gives an error's message; tests compare cases,
/// never wording. It also words the output-file errors of LibXML (``SheetsError/init(writing:)``).
///
/// Error messages name the file first; messages about a cell also name the sheet, the row
/// (1-based, as the spreadsheet shows it) and the column (1-based, shown as its letter). Values
/// called `detail` are the system's or a library's own text, shown as they are.
public enum SheetsMessage: Hashable, Sendable, Codable {
    // MARK: Files

    /// The system could not read or write `file`; `detail` is its own message.
    case io(file: String, detail: String)
    /// The file at `path` could not be opened for reading.
    case cannotOpen(file: String, path: String)
    /// The file is larger than the `limit` (bytes) a reader accepts.
    case fileTooLarge(file: String, limit: Int)
    /// A step of writing a file (to a temporary file renamed into place) failed; `detail` is the
    /// system's own message.
    case fileOperationFailed(file: String, operation: SheetsFileOperation, detail: String)
    /// The destination is not a regular file but a `kind` that is never written over (a device
    /// such as `/dev/null`, a named pipe, a socket, a folder, a symbolic link).
    case unsafeDestination(file: String, kind: FileKind)

    // MARK: Writing ZIP archives and XML

    /// A ZIP entry being written exceeds 4 GiB (ZIP64 is not supported).
    case zipEntryTooLarge(file: String, entry: String)
    /// The ZIP archive being written exceeds 4 GiB or 65 535 entries (ZIP64 is not supported).
    case zipArchiveTooLarge(file: String)
    /// A ZIP writer used out of order; `reason` is one of the misuse reasons below.
    indirect case zipWriterMisuse(file: String, reason: SheetsMessage)
    /// zlib reported error `code` while compressing `entry`.
    case compression(file: String, entry: String, code: Int)
    /// XML could not be written; `detail` is the XML library's own message.
    case xmlWriteFailed(file: String, detail: String)

    // MARK: Reading ZIP archives

    /// The file is not a ZIP archive, or it is truncated or corrupt; `reason` says how.
    indirect case corruptArchive(file: String, reason: SheetsMessage)
    /// The archive uses ZIP64, which is not supported.
    case zip64NotSupported(file: String)
    /// The archive has `count` entries, more than `limit`.
    case tooManyEntries(file: String, count: Int, limit: Int)
    /// An entry's name is unsafe: a `..` segment, an absolute path or a backslash.
    case unsafeEntryName(file: String, entry: String)
    /// An entry is encrypted.
    case encryptedEntry(file: String, entry: String)
    /// An entry uses compression `method`, neither stored (0) nor deflate (8).
    case unsupportedCompression(file: String, entry: String, method: Int)
    /// An entry is (or inflates to) more than `limit` bytes.
    case entryTooLarge(file: String, entry: String, limit: Int)
    /// An entry inflates to more than the `declared` bytes of its header.
    case entrySizeMismatch(file: String, entry: String, declared: Int)
    /// An entry's compression ratio is above `limit`:1 (a zip bomb).
    case compressionRatioTooHigh(file: String, entry: String, limit: Int)
    /// An entry's compressed data is corrupt or truncated; `reason` says how.
    indirect case corruptEntry(file: String, entry: String, reason: SheetsMessage)
    /// An entry's CRC-32 does not match its data.
    case checksumMismatch(file: String, entry: String)
    /// A required entry (such as `content.xml`) is missing.
    case missingEntry(file: String, entry: String)

    // MARK: Reading spreadsheets

    /// An ODF package whose `mimetype` declares `mimeType`, not a spreadsheet.
    case notASpreadsheet(file: String, mimeType: String)
    /// The XML is malformed or refused at `line` (0 when unknown); `detail` is the parser's own
    /// message.
    case malformedXML(file: String, line: Int, detail: String)
    /// The XML document is empty.
    case emptyDocument(file: String)
    /// A cell's value cannot be read; `reason` says why.
    indirect case invalidCell(file: String, sheet: String, row: Int, column: Int, reason: SheetsMessage)
    /// A sheet has more columns or cells than allowed, at `row`; `reason` says which.
    indirect case sheetTooLarge(file: String, sheet: String, row: Int, reason: SheetsMessage)
    /// A CSV file is not valid UTF-8 at a cell.
    case invalidUTF8(file: String, row: Int, column: Int)
    /// A CSV file starting with a UTF-16 byte-order mark holds a broken UTF-16 sequence on line `row` of the file (lines, not records: a quoted cell may
    /// span lines).
    case invalidUTF16(file: String, row: Int)
    /// A CSV file ends inside a quoted field that starts at `row`, `column`.
    case unterminatedQuote(file: String, row: Int, column: Int)
    /// A CSV delimiter other than a single ASCII character was asked for.
    case unsupportedDelimiter(file: String, delimiter: String)
    /// An Excel 97–2003 workbook (`.xls`, BIFF in an OLE2 compound file, which is also how Excel
    /// stores a password-protected workbook): not read; it must be saved as `.xlsx` or `.ods`.
    case legacyExcelFile(file: String)
    /// A sheet name Excel does not accept, so the XLSX file is not written; `reason` says why.
    indirect case invalidSheetName(file: String, sheet: String, reason: SheetsMessage)

    // MARK: Reasons: a ZIP writer's misuse

    /// An entry `entry` begun while another is still open.
    case entryBegunBeforeEnd(entry: String)
    /// An entry name that cannot be written: empty, or longer than 65 535 bytes.
    case invalidEntryName(entry: String)
    /// Bytes written outside an entry.
    case writeOutsideEntry
    /// An entry ended when none is open.
    case endOutsideEntry
    /// The archive finished while an entry is open.
    case finishInsideEntry
    /// The archive used after it was finished or failed.
    case archiveClosed
    /// A file written after it was committed or discarded.
    case writeAfterClose

    // MARK: Reasons: a corrupt archive

    /// The file is too short to be a ZIP archive.
    case fileTooShort
    /// No end-of-central-directory record.
    case noEndOfCentralDirectory
    /// A multi-disk archive.
    case multiDiskArchive
    /// The central directory lies outside the file.
    case centralDirectoryOutOfBounds
    /// A central directory entry is malformed.
    case badCentralDirectoryEntry
    /// A central directory entry is cut short.
    case truncatedCentralDirectoryEntry
    /// The file ends before the data it declares.
    case truncatedFile
    /// The local header of `entry` is missing.
    case badLocalHeader(entry: String)
    /// The data of `entry` lies outside the file.
    case entryDataOutOfBounds(entry: String)
    /// Two entries of the central directory share the name `entry` (readers would disagree on
    /// which one is the document).
    case duplicateEntryName(entry: String)
    /// The bytes of `entry` (local header, data, data descriptor) overlap those of `other`.
    case overlappingEntries(entry: String, other: String)
    /// The local header of `entry` disagrees with its central directory record on `field`.
    case headerMismatch(entry: String, field: ZipHeaderField)

    // MARK: Reasons: a corrupt entry

    /// A stored (uncompressed) entry whose two sizes differ.
    case storedSizesDiffer
    /// Compressed data that ends too early.
    case truncatedData
    /// zlib could not inflate the data; `detail` is its own message.
    case inflateFailed(detail: String)
    /// An entry that inflated to `produced` bytes instead of the `declared` ones.
    case sizeMismatch(produced: Int, declared: Int)

    // MARK: Reasons: a cell or a sheet

    /// A number cell whose value `written` is not a number.
    case invalidNumber(String)
    /// A date cell whose value `written` is not a date.
    case invalidDate(String)
    /// A time cell whose value `written` is not a duration.
    case invalidTime(String)
    /// A boolean cell whose value `written` is not true or false.
    case invalidBoolean(String)
    /// A cell of a value type Sheets does not read.
    case unsupportedValueType(String)
    /// A formula cell saved without its computed value (written by a program that does not
    /// calculate, such as a script); `formula` as written, without its leading `=`.
    case formulaWithoutValue(formula: String)
    /// More than `limit` cells in the workbook.
    case tooManyCells(limit: Int)
    /// A row reaching past column `limit`.
    case tooManyColumns(limit: Int)
    /// More than `limit` rows in a sheet.
    case tooManyRows(limit: Int)
    /// A cell holding more than `limit` characters.
    case cellTooLong(limit: Int)
    /// A cell of an XLSX file pointing at shared string `index` (as written), which the
    /// workbook's shared-string table does not have.
    case invalidSharedString(String)
    /// A cell or row reference of an XLSX file (`written`, such as `C7`) that is not one, or lies
    /// beyond the sheet's 16,384 columns and 1,048,576 rows.
    case invalidCellReference(String)

    // MARK: Reasons: a sheet name (XLSX)

    /// An empty sheet name.
    case sheetNameEmpty
    /// A sheet name longer than `limit` characters.
    case sheetNameTooLong(limit: Int)
    /// A sheet name holding `character`, one of `[ ] : * ? / \`.
    case sheetNameForbiddenCharacter(String)
    /// A sheet name starting or ending with an apostrophe.
    case sheetNameApostropheAtEdge
    /// A sheet name another sheet of the workbook already has (Excel ignores case).
    case sheetNameRepeated

    // MARK: Drop-down lists (XLSX)

    /// A column's drop-down list that an XLSX file cannot hold (`column` 1-based); `reason` says
    /// why.
    indirect case invalidValidation(file: String, sheet: String, column: Int, reason: SheetsMessage)
    /// A drop-down list written in full longer than `limit` characters (Excel's limit).
    case validationListTooLong(limit: Int)
    /// A value of a drop-down list written in full that holds a comma or a quotation mark.
    case validationValueWithSeparator(String)

    /// The spreadsheet letter of a 1-based column number: 1 → `A`, 27 → `AA`; `?` below 1.
    public static func columnLetter(_ column: Int) -> String {
        guard column > 0 else { return "?" }
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A formula as a message shows it: at most 60 characters, `…` after a longer one's first 59.
    static func shortFormula(_ formula: String) -> String {
        formula.count <= 60 ? formula : String(formula.prefix(59)) + "…"
    }
}
