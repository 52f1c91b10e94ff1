import LibXML
import Testing

@testable import Sheets

/// The Sheets catalogue: every message worded in Vietnamese and English.
@Suite struct SheetsMessageTests {
    /// One value of every case, built so that its two wordings differ.
    static let samples: [SheetsMessage] = [
        .io(file: "a.ods", detail: "EACCES"),
        .cannotOpen(file: "a.ods", path: "/x/a.ods"),
        .fileTooLarge(file: "a.csv", limit: 1024),
        .fileOperationFailed(file: "a.ods", operation: .rename, detail: "EXDEV"),
        .zipEntryTooLarge(file: "a.ods", entry: "content.xml"),
        .zipArchiveTooLarge(file: "a.ods"),
        .zipWriterMisuse(file: "a.ods", reason: .writeOutsideEntry),
        .compression(file: "a.ods", entry: "content.xml", code: -2),
        .xmlWriteFailed(file: "a.ods", detail: "<text:p>: character U+0001"),
        .corruptArchive(file: "a.ods", reason: .truncatedFile),
        .zip64NotSupported(file: "a.ods"),
        .tooManyEntries(file: "a.ods", count: 4, limit: 3),
        .unsafeEntryName(file: "a.ods", entry: "../x"),
        .encryptedEntry(file: "a.ods", entry: "content.xml"),
        .unsupportedCompression(file: "a.ods", entry: "content.xml", method: 12),
        .entryTooLarge(file: "a.ods", entry: "content.xml", limit: 1024),
        .entrySizeMismatch(file: "a.ods", entry: "content.xml", declared: 1000),
        .compressionRatioTooHigh(file: "a.ods", entry: "content.xml", limit: 200),
        .corruptEntry(file: "a.ods", entry: "content.xml", reason: .truncatedData),
        .checksumMismatch(file: "a.ods", entry: "content.xml"),
        .missingEntry(file: "a.ods", entry: "content.xml"),
        .notASpreadsheet(file: "a.ods", mimeType: "application/vnd.oasis.opendocument.presentation"),
        .malformedXML(file: "a.fods", line: 3, detail: "EndTag"),
        .emptyDocument(file: "a.fods"),
        .invalidCell(file: "a.fods", sheet: "Tổ chức", row: 7, column: 3, reason: .invalidNumber("abc")),
        .sheetTooLarge(file: "a.fods", sheet: "S", row: 1, reason: .tooManyColumns(limit: 16_384)),
        .invalidUTF8(file: "a.csv", row: 2, column: 2),
        .unterminatedQuote(file: "a.csv", row: 2, column: 3),
        .unsupportedDelimiter(file: "a.csv", delimiter: "§"), .invalidUTF16(file: "a.csv", row: 3),
        .entryBegunBeforeEnd(entry: "b.xml"),
        .invalidEntryName(entry: ""),
        .writeOutsideEntry,
        .endOutsideEntry,
        .finishInsideEntry,
        .archiveClosed,
        .writeAfterClose,
        .fileTooShort,
        .noEndOfCentralDirectory,
        .multiDiskArchive,
        .centralDirectoryOutOfBounds,
        .badCentralDirectoryEntry,
        .truncatedCentralDirectoryEntry,
        .truncatedFile,
        .badLocalHeader(entry: "content.xml"),
        .entryDataOutOfBounds(entry: "content.xml"),
        .storedSizesDiffer,
        .truncatedData,
        .inflateFailed(detail: "invalid block type"),
        .sizeMismatch(produced: 10, declared: 12),
        .invalidNumber("abc"),
        .invalidDate("2026-02-30"),
        .invalidTime("1H"),
        .invalidBoolean("maybe"),
        .unsupportedValueType("vector"),
        .formulaWithoutValue(formula: "CONCATENATE(B2;\" \";C2)"),
        .tooManyCells(limit: 20_000_000),
        .tooManyColumns(limit: 16_384),
        .unsafeDestination(file: "/dev/null", kind: .characterDevice),
        .duplicateEntryName(entry: "content.xml"),
        .overlappingEntries(entry: "styles.xml", other: "content.xml"),
        .headerMismatch(entry: "content.xml", field: .name),
        .tooManyRows(limit: 1_048_576),
        .cellTooLong(limit: 32_767),
        .legacyExcelFile(file: "dang-ky.xls"),
        .invalidSheetName(file: "a.xlsx", sheet: "Tổ/chức", reason: .sheetNameForbiddenCharacter("/")),
        .invalidSharedString("12"),
        .invalidCellReference("ZZZZ1"),
        .sheetNameEmpty,
        .sheetNameTooLong(limit: 31),
        .sheetNameForbiddenCharacter("?"),
        .sheetNameApostropheAtEdge,
        .sheetNameRepeated,
        .invalidValidation(
            file: "a.xlsx", sheet: "Tổ chức", column: 3, reason: .validationListTooLong(limit: 255)),
        .validationListTooLong(limit: 255),
        .validationValueWithSeparator("a, b"),
    ]

    /// The position of a message's case in the catalogue; the switch stops compiling when a case
    /// is added, so the samples must grow with it.
    static func caseIndex(_ message: SheetsMessage) -> Int {
        switch message {
        case .io: 0
        case .cannotOpen: 1
        case .fileTooLarge: 2
        case .fileOperationFailed: 3
        case .zipEntryTooLarge: 4
        case .zipArchiveTooLarge: 5
        case .zipWriterMisuse: 6
        case .compression: 7
        case .xmlWriteFailed: 8
        case .corruptArchive: 9
        case .zip64NotSupported: 10
        case .tooManyEntries: 11
        case .unsafeEntryName: 12
        case .encryptedEntry: 13
        case .unsupportedCompression: 14
        case .entryTooLarge: 15
        case .entrySizeMismatch: 16
        case .compressionRatioTooHigh: 17
        case .corruptEntry: 18
        case .checksumMismatch: 19
        case .missingEntry: 20
        case .notASpreadsheet: 21
        case .malformedXML: 22
        case .emptyDocument: 23
        case .invalidCell: 24
        case .sheetTooLarge: 25
        case .invalidUTF8: 26
        case .unterminatedQuote: 27
        case .unsupportedDelimiter: 28
        case .entryBegunBeforeEnd: 29
        case .invalidEntryName: 30
        case .writeOutsideEntry: 31
        case .endOutsideEntry: 32
        case .finishInsideEntry: 33
        case .archiveClosed: 34
        case .writeAfterClose: 35
        case .fileTooShort: 36
        case .noEndOfCentralDirectory: 37
        case .multiDiskArchive: 38
        case .centralDirectoryOutOfBounds: 39
        case .badCentralDirectoryEntry: 40
        case .truncatedCentralDirectoryEntry: 41
        case .truncatedFile: 42
        case .badLocalHeader: 43
        case .entryDataOutOfBounds: 44
        case .storedSizesDiffer: 45
        case .truncatedData: 46
        case .inflateFailed: 47
        case .sizeMismatch: 48
        case .invalidNumber: 49
        case .invalidDate: 50
        case .invalidTime: 51
        case .invalidBoolean: 52
        case .unsupportedValueType: 53
        case .tooManyCells: 54
        case .tooManyColumns: 55
        case .unsafeDestination: 56
        case .duplicateEntryName: 57
        case .overlappingEntries: 58
        case .headerMismatch: 59
        case .tooManyRows: 60
        case .cellTooLong: 61
        case .legacyExcelFile: 62
        case .invalidSheetName: 63
        case .invalidSharedString: 64
        case .invalidCellReference: 65
        case .sheetNameEmpty: 66
        case .sheetNameTooLong: 67
        case .sheetNameForbiddenCharacter: 68
        case .sheetNameApostropheAtEdge: 69
        case .sheetNameRepeated: 70
        case .invalidValidation: 71
        case .validationListTooLong: 72
        case .validationValueWithSeparator: 73
        case .formulaWithoutValue: 74
        case .invalidUTF16: 75
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.caseIndex)) == Set(0...75))
    }

    @Test func everyMessageHasVietnameseAndEnglishTextAndTheyDiffer() {
        for message in Self.samples {
            #expect(!message.vietnamese.isEmpty && !message.english.isEmpty, "\(message)")
            #expect(message.vietnamese != message.english, "\(message)")
        }
    }

    @Test func everyFileOperationIsWordedInBothLanguages() {
        let texts = SheetsFileOperation.allCases.map {
            SheetsMessage.fileOperationFailed(file: "a.ods", operation: $0, detail: "E")
        }
        #expect(Set(texts.map(\.vietnamese)).count == SheetsFileOperation.allCases.count)
        #expect(Set(texts.map(\.english)).count == SheetsFileOperation.allCases.count)
        #expect(texts.allSatisfy { $0.vietnamese != $0.english })
    }

    @Test func everyDestinationKindAndHeaderFieldIsWordedInBothLanguages() {
        let kinds = FileKind.allCases.map { SheetsMessage.unsafeDestination(file: "x", kind: $0) }
        #expect(Set(kinds.map(\.vietnamese)).count == FileKind.allCases.count)
        #expect(Set(kinds.map(\.english)).count == FileKind.allCases.count)
        let fields = ZipHeaderField.allCases.map { SheetsMessage.headerMismatch(entry: "e", field: $0) }
        #expect(Set(fields.map(\.vietnamese)).count == ZipHeaderField.allCases.count)
        #expect(Set(fields.map(\.english)).count == ZipHeaderField.allCases.count)
    }

    @Test func reasonsAreWordedInsideTheirErrors() {
        let error = SheetsMessage.corruptArchive(file: "a.ods", reason: .fileTooShort)
        #expect(error.vietnamese.hasSuffix(SheetsMessage.fileTooShort.vietnamese))
        #expect(error.english.hasSuffix(SheetsMessage.fileTooShort.english))
    }

    @Test func placesNameTheSheetRowAndColumnLetter() {
        let cell = SheetsMessage.invalidCell(
            file: "dangky.ods", sheet: "Tổ chức", row: 7, column: 28, reason: .invalidDate("x"))
        #expect(cell.vietnamese.hasPrefix("dangky.ods, trang «Tổ chức», dòng 7, cột AB: "))
        #expect(cell.english.hasPrefix("dangky.ods, sheet «Tổ chức», row 7, column AB: "))
        #expect(SheetsMessage.columnLetter(0) == "?")
        #expect(SheetsMessage.columnLetter(27) == "AA")
    }

    @Test func errorsCarryTheirMessageAndDescribeItInVietnamese() {
        let errors: [(SheetsError, SheetsMessage)] = [
            (.io(file: "a", message: "E"), .io(file: "a", detail: "E")),
            (.xml(file: "a", message: "E"), .xmlWriteFailed(file: "a", detail: "E")),
            (.malformedXML(file: "a", line: 2, message: "E"), .malformedXML(file: "a", line: 2, detail: "E")),
            (
                .fileOperationFailed(file: "a", operation: .sync, message: "E"),
                .fileOperationFailed(file: "a", operation: .sync, detail: "E")
            ),
            (
                .corruptEntry(file: "a", entry: "b", reason: .storedSizesDiffer),
                .corruptEntry(file: "a", entry: "b", reason: .storedSizesDiffer)
            ),
        ]
        for (error, message) in errors {
            #expect(error.message == message)
            #expect(error.description == message.vietnamese)
        }
    }
}
