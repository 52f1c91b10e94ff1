import Foundation

/// Reads a CSV file (UTF-8, with or without a BOM, or UTF-16 with a BOM) into a one-sheet
/// `ReadWorkbook`.
///
/// Handles quoted fields, doubled quotes, CRLF, LF and CR line ends and line breaks inside
/// quotes. Every non-empty cell is `.text` (NFC): typing is the importer's job. Rows are
/// numbered by record (1-based), empty records and trailing empty cells are left out.
///
/// Reading takes time and memory linear in the file, and a hostile or careless file is refused
/// with a typed error naming the limit: more than ``maximumFileSize`` bytes, a non-empty cell past
/// row ``maximumRows`` or column ``maximumColumns``, more than ``maximumCellLength`` characters in
/// a cell, more than ``maximumCells`` cells kept in all.
public enum CSVReader {
    /// Largest file read (CSV is read into memory): 256 MiB.
    public static let maximumFileSize = 256 * 1024 * 1024
    /// Most rows a sheet may have (a non-empty record past it is refused): 1,048,576, as in
    /// LibreOffice Calc and Excel.
    public static let maximumRows = 1_048_576
    /// Most columns a row may reach with a non-empty cell: 16,384 (column XFD), as in
    /// LibreOffice Calc and Excel and as ``ODSReader`` reads.
    public static let maximumColumns = 16_384
    /// Most characters in one cell: 32,767, as in Excel.
    public static let maximumCellLength = 32_767
    /// Most cells kept, empty cells between non-empty ones included: 20,000,000, as ``ODSReader``.
    public static let maximumCells = 20_000_000

    /// Reads a CSV file.
    ///
    /// - Parameters:
    ///   - path: Path of the file; errors name its last component, the sheet is named after it.
    ///   - delimiter: The field separator; nil sniffs `,`, `;` or tab from the first lines.
    /// - Throws: `SheetsError` for unreadable files, invalid UTF-8 (naming row and column),
    ///   an unterminated quote (naming the row where it starts), a non-ASCII delimiter, or a file
    ///   over a limit (``SheetsError/sheetTooLarge(file:sheet:row:reason:)``,
    ///   ``SheetsError/invalidCell(file:sheet:row:column:reason:)`` with
    ///   ``SheetsMessage/cellTooLong(limit:)``).
    public static func read(contentsOf path: String, delimiter: Character? = nil) throws -> ReadWorkbook {
        let url = URL(fileURLWithPath: path)
        let fileName = url.lastPathComponent
        let bytes = try readBounded(path, fileName: fileName)
        let sheetName = url.deletingPathExtension().lastPathComponent
        return try read(bytes: bytes, fileName: fileName, sheetName: sheetName, delimiter: delimiter)
    }

    /// The file's bytes, read a chunk at a time and refused past ``maximumFileSize`` (whatever
    /// the file claims: a pipe or a device such as `/dev/zero` has no size to check first).
    static func readBounded(_ path: String, fileName: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                if bytes.count + chunk.count > maximumFileSize {
                    throw SheetsError.fileTooLarge(file: fileName, limit: maximumFileSize)
                }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as SheetsError {
            throw error
        } catch {
            throw SheetsError.io(file: fileName, message: error.localizedDescription)
        }
        return bytes
    }

    /// Reads CSV bytes from memory into a one-sheet workbook.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - fileName: Name used in errors and in the result.
    ///   - sheetName: The sheet's name.
    ///   - delimiter: The field separator; nil sniffs `,`, `;` or tab.
    /// - Throws: `SheetsError`, as ``read(contentsOf:delimiter:)``.
    public static func read(bytes: [UInt8], fileName: String, sheetName: String, delimiter: Character? = nil)
        throws -> ReadWorkbook
    {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // Excel's «Unicode text» and some exports write UTF-16 with a byte-order mark.
            return try read(
                bytes: try utf8(fromUTF16: bytes, fileName: fileName), fileName: fileName,
                sheetName: sheetName,
                delimiter: delimiter)
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let separator: UInt8
        if let delimiter {
            guard let ascii = delimiter.asciiValue, delimiter != "\"", delimiter != "\n", delimiter != "\r"
            else {
                throw SheetsError.unsupportedDelimiter(file: fileName, delimiter: String(delimiter))
            }
            separator = ascii
        } else {
            separator = sniff(bytes[start...])
        }
        var parser = CSVReaderParser(
            bytes: bytes, start: start, separator: separator, fileName: fileName, sheetName: sheetName)
        let (rows, rowNumbers) = try parser.parse()
        return ReadWorkbook(
            fileName: fileName, sheets: [ReadSheet(name: sheetName, rows: rows, rowNumbers: rowNumbers)])
    }

    /// The likeliest delimiter among `,`, `;` and tab: counts each outside quotes on the first
    /// (up to 10) lines and prefers the one whose count is the same on most lines, then the
    /// highest count on the first line; `,` when none occurs.
    static func sniff(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [0x2C, 0x3B, 0x09]
        var lines: [[Int]] = []
        var counts = [0, 0, 0]
        var quoted = false
        var lineHasContent = false
        for byte in bytes.prefix(64 * 1024) {
            if byte == 0x22 {
                quoted.toggle()
                lineHasContent = true
            } else if !quoted, byte == 0x0A || byte == 0x0D {
                if lineHasContent { lines.append(counts) }
                counts = [0, 0, 0]
                lineHasContent = false
                if lines.count == 10 { break }
            } else if !quoted, let index = candidates.firstIndex(of: byte) {
                counts[index] += 1
                lineHasContent = true
            } else {
                lineHasContent = true
            }
        }
        if lineHasContent, lines.count < 10 { lines.append(counts) }
        guard let first = lines.first else { return 0x2C }
        var best = 0x2C as UInt8
        var bestScore = (0, 0)
        for (index, candidate) in candidates.enumerated() where first[index] > 0 {
            let consistent = lines.filter { $0[index] == first[index] }.count
            let score = (consistent, first[index])
            if score > bestScore {
                bestScore = score
                best = candidate
            }
        }
        return best
    }
}
