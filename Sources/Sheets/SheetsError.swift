/// Every error of the Sheets module: reading or writing a spreadsheet file (ODS, FODS, CSV) or
/// the ZIP archive around it.
///
/// Every case names the file; cases about a cell also name the sheet, the row (1-based, as the
/// spreadsheet shows it) and the column (1-based; `description` shows its letter). `description`
/// is Vietnamese first, e.g. `dangky.ods, trang «Tổ chức», dòng 7, cột C: …`.
public enum SheetsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be created, written, renamed, opened or read.
    case io(file: String, message: String)
    /// A ZIP entry being written exceeds 4 GiB; ZIP64 is not supported.
    case zipEntryTooLarge(file: String, entry: String)
    /// A ZIP writer was used out of order (e.g. `write` without `beginEntry`).
    case zipWriterMisuse(file: String, message: String)
    /// zlib reported an error while compressing.
    case compression(file: String, entry: String, code: Int)
    /// XML could not be written.
    case xml(file: String, message: String)
    /// The file is not a ZIP archive, or it is truncated or corrupt.
    case corruptArchive(file: String, message: String)
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
    /// An entry's compressed data is corrupt or truncated.
    case corruptEntry(file: String, entry: String, message: String)
    /// An entry's CRC-32 does not match its data.
    case checksumMismatch(file: String, entry: String)
    /// A required entry (such as `content.xml`) is missing.
    case missingEntry(file: String, entry: String)
    /// The file is not a spreadsheet of the expected kind.
    case notASpreadsheet(file: String, message: String)
    /// The XML is malformed or refused; `line` is 0 when unknown.
    case malformedXML(file: String, line: Int, message: String)
    /// A cell's value cannot be read.
    case invalidCell(file: String, sheet: String, row: Int, column: Int, message: String)
    /// A sheet has more rows, columns or cells than allowed.
    case sheetTooLarge(file: String, sheet: String, row: Int, message: String)
    /// A CSV file is not valid UTF-8 at a cell.
    case invalidUTF8(file: String, row: Int, column: Int)
    /// A CSV file ends inside a quoted field that starts on `row`.
    case unterminatedQuote(file: String, row: Int, column: Int)
    /// A CSV delimiter other than a single ASCII character was asked for.
    case unsupportedDelimiter(file: String, delimiter: String)

    /// The spreadsheet letter of a 1-based column number: 1 → `A`, 27 → `AA`.
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

    /// `file, trang «sheet», dòng row, cột C`, leaving out the parts that are nil.
    private static func place(_ file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil)
        -> String
    {
        var parts = [file]
        if let sheet { parts.append("trang «\(sheet)»") }
        if let row { parts.append("dòng \(row)") }
        if let column { parts.append("cột \(columnLetter(column))") }
        return parts.joined(separator: ", ")
    }

    /// A readable one-line message, Vietnamese first, place first.
    public var description: String {
        switch self {
        case .io(let file, let message):
            return "\(file): lỗi đọc/ghi tệp (file error): \(message)"
        case .zipEntryTooLarge(let file, let entry):
            return "\(file): mục «\(entry)» vượt quá 4 GiB (ZIP entry over 4 GiB; ZIP64 not supported)"
        case .zipWriterMisuse(let file, let message):
            return "\(file): ghi ZIP sai thứ tự (ZIP writer misuse): \(message)"
        case .compression(let file, let entry, let code):
            return "\(file): lỗi nén zlib \(code) ở mục «\(entry)» (zlib error)"
        case .xml(let file, let message):
            return "\(file): lỗi ghi XML (XML error): \(message)"
        case .corruptArchive(let file, let message):
            return "\(file): tệp ZIP hỏng hoặc bị cắt cụt (corrupt or truncated archive): \(message)"
        case .zip64NotSupported(let file):
            return "\(file): không hỗ trợ ZIP64 (ZIP64 archives are not supported)"
        case .tooManyEntries(let file, let count, let limit):
            return "\(file): tệp ZIP có \(count) mục, quá giới hạn \(limit) (too many entries)"
        case .unsafeEntryName(let file, let entry):
            return "\(file): tên mục không an toàn «\(entry)» (unsafe entry name)"
        case .encryptedEntry(let file, let entry):
            return "\(file): mục «\(entry)» bị mã hoá (encrypted entries are not supported)"
        case .unsupportedCompression(let file, let entry, let method):
            return
                "\(file): mục «\(entry)» dùng kiểu nén \(method) không được hỗ trợ (unsupported compression)"
        case .entryTooLarge(let file, let entry, let limit):
            return "\(file): mục «\(entry)» lớn hơn giới hạn \(limit) byte (entry too large)"
        case .entrySizeMismatch(let file, let entry, let declared):
            return
                "\(file): mục «\(entry)» giải nén ra nhiều hơn \(declared) byte đã khai báo "
                + "(inflated size exceeds the declared size)"
        case .compressionRatioTooHigh(let file, let entry, let limit):
            return
                "\(file): mục «\(entry)» có tỉ lệ nén quá \(limit):1, có thể là bom ZIP "
                + "(compression ratio too high)"
        case .corruptEntry(let file, let entry, let message):
            return "\(file): mục «\(entry)» bị hỏng (corrupt entry): \(message)"
        case .checksumMismatch(let file, let entry):
            return "\(file): mục «\(entry)» sai mã kiểm tra CRC-32 (checksum mismatch)"
        case .missingEntry(let file, let entry):
            return "\(file): thiếu mục «\(entry)» (missing entry)"
        case .notASpreadsheet(let file, let message):
            return "\(file): không phải bảng tính (not a spreadsheet): \(message)"
        case .malformedXML(let file, let line, let message):
            let place = line > 0 ? "\(file), dòng XML \(line)" : file
            return "\(place): XML không hợp lệ (malformed XML): \(message)"
        case .invalidCell(let file, let sheet, let row, let column, let message):
            return "\(Self.place(file, sheet: sheet, row: row, column: column)): \(message)"
        case .sheetTooLarge(let file, let sheet, let row, let message):
            return
                "\(Self.place(file, sheet: sheet, row: row)): bảng tính quá lớn (sheet too large): \(message)"
        case .invalidUTF8(let file, let row, let column):
            return "\(Self.place(file, row: row, column: column)): không phải UTF-8 hợp lệ (invalid UTF-8)"
        case .unterminatedQuote(let file, let row, let column):
            return
                "\(Self.place(file, row: row, column: column)): dấu ngoặc kép không được đóng "
                + "(unterminated quote)"
        case .unsupportedDelimiter(let file, let delimiter):
            return "\(file): ký tự phân cách «\(delimiter)» không được hỗ trợ (unsupported delimiter)"
        }
    }
}
