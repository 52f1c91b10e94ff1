import LibXML

extension SheetsMessage {
    /// The message in Vietnamese (with the English term in brackets, as organisers forward these
    /// messages to technical staff), place first: `dangky.ods, trang «Tổ chức», dòng 7, cột C: …`.
    public var vietnamese: String {
        switch self {
        case .io(let file, let detail):
            "\(file): lỗi đọc/ghi tệp: \(SystemErrorText.vietnamese(detail))"
        case .cannotOpen(let file, let path):
            "\(file): lỗi đọc/ghi tệp: không mở được \(path)"
        case .fileTooLarge(let file, let limit):
            "\(file): lỗi đọc/ghi tệp: tệp lớn hơn \(limit) byte"
        case .fileOperationFailed(let file, let operation, let detail):
            "\(file): lỗi đọc/ghi tệp: \(Self.vietnameseStep(operation)): \(SystemErrorText.vietnamese(detail))"
        case .unsafeDestination(let file, .database):
            "\(file): không ghi ra đây vì đây là một tệp cơ sở dữ liệu (tệp kế hoạch FairPlan, có thể chính là "
                + "kế hoạch đang dùng); ghi đè sẽ làm mất nó. Hãy chọn tên tệp khác"
        case .unsafeDestination(let file, let kind):
            "\(file): không ghi ra đây vì đây là \(Self.vietnameseKind(kind)), không phải tệp thông thường; "
                + "hãy chọn đường dẫn tới một tệp"
        case .zipEntryTooLarge(let file, let entry):
            "\(file): mục «\(entry)» vượt quá 4 GiB (ZIP entry over 4 GiB; ZIP64 not supported)"
        case .zipArchiveTooLarge(let file):
            "\(file): tệp ZIP vượt quá 4 GiB hoặc 65 535 mục (archive too large; ZIP64 not supported)"
        case .zipWriterMisuse(let file, let reason):
            "\(file): ghi ZIP sai thứ tự (ZIP writer misuse): \(reason.vietnamese)"
        case .compression(let file, let entry, let code):
            "\(file): lỗi nén zlib \(code) ở mục «\(entry)» (zlib error)"
        case .xmlWriteFailed(let file, let detail):
            "\(file): lỗi ghi XML (XML error): \(detail)"
        case .corruptArchive(let file, let reason):
            "\(file): tệp ZIP hỏng hoặc bị cắt cụt (corrupt or truncated archive): \(reason.vietnamese)"
        case .zip64NotSupported(let file):
            "\(file): không hỗ trợ ZIP64 (ZIP64 archives are not supported)"
        case .tooManyEntries(let file, let count, let limit):
            "\(file): tệp ZIP có \(count) mục, quá giới hạn \(limit) (too many entries)"
        case .unsafeEntryName(let file, let entry):
            "\(file): tên mục không an toàn «\(entry)» (unsafe entry name)"
        case .encryptedEntry(let file, let entry):
            "\(file): mục «\(entry)» bị mã hoá (encrypted entries are not supported)"
        case .unsupportedCompression(let file, let entry, let method):
            "\(file): mục «\(entry)» dùng kiểu nén \(method) không được hỗ trợ (unsupported compression)"
        case .entryTooLarge(let file, let entry, let limit):
            "\(file): mục «\(entry)» lớn hơn giới hạn \(limit) byte (entry too large)"
        case .entrySizeMismatch(let file, let entry, let declared):
            "\(file): mục «\(entry)» giải nén ra nhiều hơn \(declared) byte đã khai báo "
                + "(inflated size exceeds the declared size)"
        case .compressionRatioTooHigh(let file, let entry, let limit):
            "\(file): mục «\(entry)» có tỉ lệ nén quá \(limit):1, có thể là bom ZIP "
                + "(compression ratio too high)"
        case .corruptEntry(let file, let entry, let reason):
            "\(file): mục «\(entry)» bị hỏng (corrupt entry): \(reason.vietnamese)"
        case .checksumMismatch(let file, let entry):
            "\(file): mục «\(entry)» sai mã kiểm tra CRC-32 (checksum mismatch)"
        case .missingEntry(let file, let entry):
            "\(file): thiếu mục «\(entry)» (missing entry)"
        case .notASpreadsheet(let file, let mimeType):
            "\(file): không phải bảng tính: mimetype «\(mimeType)» không phải bảng tính ODS"
        case .malformedXML(let file, let line, let detail):
            "\(line > 0 ? "\(file), dòng XML \(line)" : file): XML không hợp lệ (malformed XML): \(XMLErrorText.vietnamese(detail))"
        case .emptyDocument(let file):
            "\(file): XML không hợp lệ (malformed XML): tài liệu rỗng (empty document)"
        case .invalidCell(let file, let sheet, let row, let column, let reason):
            "\(Self.vietnamesePlace(file, sheet: sheet, row: row, column: column)): \(reason.vietnamese)"
        case .sheetTooLarge(let file, let sheet, let row, let reason):
            "\(Self.vietnamesePlace(file, sheet: sheet, row: row)): bảng tính quá lớn (sheet too large): "
                + reason.vietnamese
        case .invalidUTF8(let file, let row, let column):
            "\(Self.vietnamesePlace(file, row: row, column: column)): không phải UTF-8 hợp lệ (invalid UTF-8)"
        case .invalidUTF16(let file, let row):
            "\(file), dòng thứ \(row) của tệp: không phải UTF-16 hợp lệ (tệp mở đầu như văn bản UTF-16)"
        case .unterminatedQuote(let file, let row, let column):
            "\(Self.vietnamesePlace(file, row: row, column: column)): dấu ngoặc kép không được đóng "
                + "(unterminated quote)"
        case .unsupportedDelimiter(let file, let delimiter):
            "\(file): ký tự phân cách «\(delimiter)» không được hỗ trợ (unsupported delimiter)"
        case .legacyExcelFile(let file):
            "\(file): đây là tệp Excel 97–2003 (.xls) hoặc tệp Excel có mật khẩu, không đọc được: hãy mở tệp "
                + "trong Excel hoặc LibreOffice, bỏ mật khẩu nếu có, rồi lưu thành Excel Workbook (.xlsx) hoặc "
                + "OpenDocument Spreadsheet (.ods) (legacy .xls not supported)"
        case .invalidSheetName(let file, let sheet, let reason):
            "\(file): tên trang «\(sheet)» không dùng được trong tệp Excel: "
                + reason.vietnamese

        case .entryBegunBeforeEnd(let entry):
            "bắt đầu mục «\(entry)» khi mục trước chưa kết thúc (beginEntry before endEntry)"
        case .invalidEntryName(let entry): "tên mục không hợp lệ «\(entry)»"
        case .writeOutsideEntry: "ghi dữ liệu ngoài mục nào (write outside an entry)"
        case .endOutsideEntry: "kết thúc mục khi chưa mở mục nào (endEntry outside an entry)"
        case .finishInsideEntry: "đóng tệp ZIP khi mục chưa kết thúc (finish inside an entry)"
        case .archiveClosed: "tệp ZIP đã đóng hoặc đã lỗi (archive already finished or failed)"
        case .writeAfterClose: "ghi vào tệp đã đóng (write after the file was closed)"

        case .fileTooShort: "tệp quá ngắn (file too short)"
        case .noEndOfCentralDirectory: "không tìm thấy thư mục trung tâm (no end of central directory)"
        case .multiDiskArchive: "tệp ZIP nhiều phần (multi-disk archives are not supported)"
        case .centralDirectoryOutOfBounds: "thư mục trung tâm vượt quá tệp (central directory out of bounds)"
        case .badCentralDirectoryEntry: "mục thư mục trung tâm hỏng (bad central directory entry)"
        case .truncatedCentralDirectoryEntry:
            "mục thư mục trung tâm bị cắt (truncated central directory entry)"
        case .truncatedFile: "tệp bị cắt cụt (truncated file)"
        case .badLocalHeader(let entry): "thiếu tiêu đề cục bộ của «\(entry)» (bad local header)"
        case .entryDataOutOfBounds(let entry):
            "dữ liệu của «\(entry)» vượt quá tệp (entry data out of bounds)"
        case .duplicateEntryName(let entry): "có hai mục cùng tên «\(entry)» (duplicate entry name)"
        case .overlappingEntries(let entry, let other):
            "dữ liệu của «\(entry)» chồng lên «\(other)» (overlapping entries)"
        case .headerMismatch(let entry, let field):
            "tiêu đề cục bộ của «\(entry)» khác thư mục trung tâm ở \(Self.vietnameseField(field)) "
                + "(local header disagrees with the central directory)"

        case .storedSizesDiffer: "kích thước không khớp (stored sizes differ)"
        case .truncatedData: "dữ liệu nén bị cắt cụt (truncated data)"
        case .inflateFailed(let detail): "lỗi giải nén (inflate error): \(detail)"
        case .sizeMismatch(let produced, let declared):
            "kích thước \(produced) khác \(declared) (size mismatch)"

        case .invalidNumber(let written): "số không hợp lệ «\(written)»"
        case .invalidDate(let written): "ngày không hợp lệ «\(written)»"
        case .invalidTime(let written): "thời lượng không hợp lệ «\(written)»"
        case .invalidBoolean(let written): "giá trị đúng/sai không hợp lệ «\(written)»"
        case .unsupportedValueType(let type): "kiểu ô không được hỗ trợ «\(type)» (unsupported value type)"
        case .formulaWithoutValue(let formula):
            "ô có công thức «=\(Self.shortFormula(formula))» nhưng tệp không lưu giá trị đã tính; hãy mở tệp bằng "
                + "Excel hoặc LibreOffice rồi lưu lại để giá trị được lưu cùng"
        case .tooManyCells(let limit): "hơn \(limit) ô (too many cells)"
        case .tooManyColumns(let limit): "quá \(limit) cột (too many columns)"
        case .tooManyRows(let limit): "quá \(limit) dòng (too many rows)"
        case .cellTooLong(let limit): "ô dài quá \(limit) ký tự"
        case .invalidSharedString(let index):
            "ô trỏ tới chuỗi dùng chung «\(index)» không có trong tệp"
        case .invalidCellReference(let written):
            "địa chỉ ô «\(written)» không hợp lệ"
        case .sheetNameEmpty: "tên trống (empty name)"
        case .sheetNameTooLong(let limit): "tên dài quá \(limit) ký tự (name too long)"
        case .sheetNameForbiddenCharacter(let character):
            "tên có ký tự «\(character)»; Excel không cho dùng [ ] : * ? / \\ trong tên trang (forbidden character)"
        case .sheetNameApostropheAtEdge: "tên bắt đầu hoặc kết thúc bằng dấu nháy đơn (apostrophe at an edge)"
        case .sheetNameRepeated:
            "đã có trang khác trùng tên, Excel không phân biệt chữ hoa chữ thường (repeated name)"
        case .invalidValidation(let file, let sheet, let column, let reason):
            "\(Self.vietnamesePlace(file, sheet: sheet, column: column)): không ghi được danh sách chọn vào "
                + "tệp Excel: \(reason.vietnamese)"
        case .validationListTooLong(let limit):
            "các giá trị gộp lại dài quá \(limit) ký tự; hãy đặt chúng vào một trang và tham chiếu tới đó"
        case .validationValueWithSeparator(let value):
            "giá trị «\(value)» có dấu phẩy hoặc dấu ngoặc kép; hãy đặt các giá trị vào một trang và tham chiếu tới đó"
        }
    }

    /// `file, trang «sheet», dòng row, cột C`, leaving out the parts that are nil.
    private static func vietnamesePlace(
        _ file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil
    ) -> String {
        var parts = [file]
        if let sheet { parts.append("trang «\(sheet)»") }
        if let row { parts.append("dòng \(row)") }
        if let column { parts.append("cột \(columnLetter(column))") }
        return parts.joined(separator: ", ")
    }

    /// What failed, as a verb phrase.
    private static func vietnameseStep(_ operation: SheetsFileOperation) -> String {
        switch operation {
        case .inspectDestination: "không kiểm tra được tệp đích"
        case .createTemporaryFile: "không tạo được tệp tạm"
        case .write: "không ghi được"
        case .sync: "không đồng bộ được xuống đĩa"
        case .setPermissions:
            "không đặt được quyền truy cập như tệp cũ"
        case .close: "không đóng được tệp"
        case .rename: "không đổi tên được vào chỗ tệp đích"
        }
    }

    /// What a destination that is not a regular file is.
    private static func vietnameseKind(_ kind: FileKind) -> String {
        switch kind {
        case .directory: "một thư mục"
        case .characterDevice: "một thiết bị ký tự"
        case .blockDevice: "một thiết bị khối"
        case .fifo: "một đường ống có tên (FIFO)"
        case .socket: "một socket"
        case .symbolicLink: "một liên kết tượng trưng"
        case .other: "một tệp đặc biệt"
        case .database: "một tệp cơ sở dữ liệu"
        }
    }

    /// A ZIP header field.
    private static func vietnameseField(_ field: ZipHeaderField) -> String {
        switch field {
        case .name: "tên"
        case .method: "kiểu nén"
        case .encryption: "cờ mã hoá"
        case .checksum: "mã CRC-32"
        case .compressedSize: "kích thước nén"
        case .uncompressedSize: "kích thước gốc"
        }
    }
}
