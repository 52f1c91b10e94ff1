import LibXML

extension SheetsMessage {
    /// The message in English, place first: `dangky.ods, sheet «Tổ chức», row 7, column C: …`.
    public var english: String {
        switch self {
        case .io(let file, let detail):
            "\(file): file error: \(detail)"
        case .cannotOpen(let file, let path):
            "\(file): file error: cannot open \(path)"
        case .fileTooLarge(let file, let limit):
            "\(file): file error: the file is larger than \(limit) bytes"
        case .fileOperationFailed(let file, let operation, let detail):
            "\(file): file error: \(Self.englishStep(operation)): \(detail)"
        case .unsafeDestination(let file, .database):
            "\(file): not written: this is a database (a FairPlan plan file, perhaps the plan itself), and "
                + "writing over it would destroy it; give another file name"
        case .unsafeDestination(let file, let kind):
            "\(file): not written: this is \(Self.englishKind(kind)), not a regular file; "
                + "give the path of a file"
        case .zipEntryTooLarge(let file, let entry):
            "\(file): the ZIP entry «\(entry)» is over 4 GiB (ZIP64 is not supported)"
        case .zipArchiveTooLarge(let file):
            "\(file): the ZIP archive is over 4 GiB or 65,535 entries (ZIP64 is not supported)"
        case .zipWriterMisuse(let file, let reason):
            "\(file): ZIP writer misuse: \(reason.english)"
        case .compression(let file, let entry, let code):
            "\(file): zlib error \(code) while compressing the entry «\(entry)»"
        case .xmlWriteFailed(let file, let detail):
            "\(file): cannot write the XML: \(detail)"
        case .corruptArchive(let file, let reason):
            "\(file): corrupt or truncated ZIP archive: \(reason.english)"
        case .zip64NotSupported(let file):
            "\(file): ZIP64 archives are not supported"
        case .tooManyEntries(let file, let count, let limit):
            "\(file): the ZIP archive has \(count) entries, more than the limit of \(limit)"
        case .unsafeEntryName(let file, let entry):
            "\(file): unsafe entry name «\(entry)»"
        case .encryptedEntry(let file, let entry):
            "\(file): the entry «\(entry)» is encrypted; encrypted entries are not supported"
        case .unsupportedCompression(let file, let entry, let method):
            "\(file): the entry «\(entry)» uses compression method \(method), which is not supported"
        case .entryTooLarge(let file, let entry, let limit):
            "\(file): the entry «\(entry)» is larger than the limit of \(limit) bytes"
        case .entrySizeMismatch(let file, let entry, let declared):
            "\(file): the entry «\(entry)» inflates to more than the \(declared) bytes it declares"
        case .compressionRatioTooHigh(let file, let entry, let limit):
            "\(file): the entry «\(entry)» is compressed more than \(limit):1, probably a ZIP bomb"
        case .corruptEntry(let file, let entry, let reason):
            "\(file): the entry «\(entry)» is corrupt: \(reason.english)"
        case .checksumMismatch(let file, let entry):
            "\(file): the entry «\(entry)» fails its CRC-32 check"
        case .missingEntry(let file, let entry):
            "\(file): the entry «\(entry)» is missing"
        case .notASpreadsheet(let file, let mimeType):
            "\(file): not a spreadsheet: the mimetype «\(mimeType)» is not an ODS spreadsheet"
        case .malformedXML(let file, let line, let detail):
            "\(line > 0 ? "\(file), XML line \(line)" : file): malformed XML: \(detail)"
        case .emptyDocument(let file):
            "\(file): malformed XML: the document is empty"
        case .invalidCell(let file, let sheet, let row, let column, let reason):
            "\(Self.englishPlace(file, sheet: sheet, row: row, column: column)): \(reason.english)"
        case .sheetTooLarge(let file, let sheet, let row, let reason):
            "\(Self.englishPlace(file, sheet: sheet, row: row)): the sheet is too large: \(reason.english)"
        case .invalidUTF8(let file, let row, let column):
            "\(Self.englishPlace(file, row: row, column: column)): not valid UTF-8"
        case .invalidUTF16(let file, let row):
            "\(file), line \(row) of the file: not valid UTF-16 (the file starts as UTF-16 text does)"
        case .unterminatedQuote(let file, let row, let column):
            "\(Self.englishPlace(file, row: row, column: column)): a quotation mark is never closed"
        case .unsupportedDelimiter(let file, let delimiter):
            "\(file): the delimiter «\(delimiter)» is not supported (use a single ASCII character)"
        case .legacyExcelFile(let file):
            "\(file): this is an Excel 97–2003 workbook (.xls) or a password-protected one, which cannot be "
                + "read: open it in Excel or LibreOffice, remove any password and save it as "
                + "Excel Workbook (.xlsx) or OpenDocument Spreadsheet (.ods)"
        case .invalidSheetName(let file, let sheet, let reason):
            "\(file): the sheet name «\(sheet)» cannot be used in an Excel workbook: \(reason.english)"

        case .entryBegunBeforeEnd(let entry): "the entry «\(entry)» was begun before the previous one ended"
        case .invalidEntryName(let entry): "invalid entry name «\(entry)»"
        case .writeOutsideEntry: "bytes written outside an entry"
        case .endOutsideEntry: "an entry ended when none was open"
        case .finishInsideEntry: "the archive was finished while an entry was open"
        case .archiveClosed: "the archive is already finished or failed"
        case .writeAfterClose: "write after the file was closed"

        case .fileTooShort: "the file is too short"
        case .noEndOfCentralDirectory: "no end of central directory record"
        case .multiDiskArchive: "multi-disk archives are not supported"
        case .centralDirectoryOutOfBounds: "the central directory lies outside the file"
        case .badCentralDirectoryEntry: "bad central directory entry"
        case .truncatedCentralDirectoryEntry: "truncated central directory entry"
        case .truncatedFile: "the file is truncated"
        case .badLocalHeader(let entry): "the local header of «\(entry)» is missing"
        case .entryDataOutOfBounds(let entry): "the data of «\(entry)» lies outside the file"
        case .duplicateEntryName(let entry): "two entries are named «\(entry)»"
        case .overlappingEntries(let entry, let other): "the data of «\(entry)» overlaps «\(other)»"
        case .headerMismatch(let entry, let field):
            "the local header of «\(entry)» disagrees with the central directory on the \(Self.englishField(field))"

        case .storedSizesDiffer: "the stored entry's sizes differ"
        case .truncatedData: "the compressed data is truncated"
        case .inflateFailed(let detail): "inflate error: \(detail)"
        case .sizeMismatch(let produced, let declared): "\(produced) bytes instead of \(declared)"

        case .invalidNumber(let written): "invalid number «\(written)»"
        case .invalidDate(let written): "invalid date «\(written)»"
        case .invalidTime(let written): "invalid time «\(written)»"
        case .invalidBoolean(let written): "invalid true/false value «\(written)»"
        case .unsupportedValueType(let type): "unsupported cell value type «\(type)»"
        case .formulaWithoutValue(let formula):
            "formula «=\(Self.shortFormula(formula))» saved without its computed value; open the file in Excel or "
                + "LibreOffice and save it again, so that the value is saved with it"
        case .tooManyCells(let limit): "more than \(limit) cells"
        case .tooManyColumns(let limit): "more than \(limit) columns"
        case .tooManyRows(let limit): "more than \(limit) rows"
        case .cellTooLong(let limit): "the cell holds more than \(limit) characters"
        case .invalidSharedString(let index):
            "the cell refers to shared string «\(index)», which does not exist"
        case .invalidCellReference(let written): "invalid cell reference «\(written)»"
        case .sheetNameEmpty: "the name is empty"
        case .sheetNameTooLong(let limit): "the name is longer than \(limit) characters"
        case .sheetNameForbiddenCharacter(let character):
            "the name holds «\(character)»; Excel forbids [ ] : * ? / \\ in sheet names"
        case .sheetNameApostropheAtEdge: "the name starts or ends with an apostrophe"
        case .sheetNameRepeated: "another sheet already has this name (Excel ignores case)"
        case .invalidValidation(let file, let sheet, let column, let reason):
            "\(Self.englishPlace(file, sheet: sheet, column: column)): the drop-down list cannot be written "
                + "in an Excel workbook: \(reason.english)"
        case .validationListTooLong(let limit):
            "the values together are longer than \(limit) characters; put them on a sheet and refer to it"
        case .validationValueWithSeparator(let value):
            "the value «\(value)» holds a comma or a quotation mark; put the values on a sheet and refer to it"
        }
    }

    /// `file, sheet «sheet», row N, column C`, leaving out the parts that are nil.
    private static func englishPlace(
        _ file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil
    ) -> String {
        var parts = [file]
        if let sheet { parts.append("sheet «\(sheet)»") }
        if let row { parts.append("row \(row)") }
        if let column { parts.append("column \(columnLetter(column))") }
        return parts.joined(separator: ", ")
    }

    /// What failed, as a verb phrase.
    private static func englishStep(_ operation: SheetsFileOperation) -> String {
        switch operation {
        case .inspectDestination: "cannot inspect the destination"
        case .createTemporaryFile: "cannot create a temporary file"
        case .write: "cannot write"
        case .sync: "cannot sync to disk"
        case .setPermissions: "cannot give the file the permissions of the one it replaces"
        case .close: "cannot close"
        case .rename: "cannot rename into place"
        }
    }

    /// What a destination that is not a regular file is, with its article.
    private static func englishKind(_ kind: FileKind) -> String {
        switch kind {
        case .directory: "a folder"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .fifo: "a named pipe (FIFO)"
        case .socket: "a socket"
        case .symbolicLink: "a symbolic link"
        case .other: "a special file"
        case .database: "a database"
        }
    }

    /// A ZIP header field.
    private static func englishField(_ field: ZipHeaderField) -> String {
        switch field {
        case .name: "name"
        case .method: "compression method"
        case .encryption: "encryption flag"
        case .checksum: "CRC-32"
        case .compressedSize: "compressed size"
        case .uncompressedSize: "uncompressed size"
        }
    }
}
