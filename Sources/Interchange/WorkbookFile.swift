import Foundation
public import Sheets

/// Reads a spreadsheet file people send back: ODS, FODS, XLSX or CSV, chosen by the extension.
public enum WorkbookFile {
    /// Reads a workbook. An Excel 97–2003 file (`.xls`, or any file that is an OLE2 compound
    /// file, as a password-protected workbook is) is refused with how to save it as `.xlsx` or
    /// `.ods` (``SheetsError/legacyExcelFile(file:)``); an `.xls` that is really an XLSX package
    /// (renamed) is read as one.
    ///
    /// A path that names nothing, or a folder, is refused with a message saying so
    /// (``InterchangeError/unreadable(file:line:reason:)``), before any reader opens it; so is a
    /// `.xlsx` or `.ods` file holding plain text (a CSV file renamed, in UTF-8 or UTF-16), or a
    /// `.fods` file holding text that is not XML, saying to rename it.
    public static func read(_ path: String) throws -> ReadWorkbook {
        let name = URL(fileURLWithPath: path).lastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InterchangeError.unreadable(file: path, line: 0, reason: .fileNotFound)
        }
        if isFolder.boolValue {
            throw InterchangeError.unreadable(file: path, line: 0, reason: .folderNotFile)
        }
        let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        if let content = contentFormat(path), content != fileExtension,
            !(content == "xlsx" && ["xlsm", "xls"].contains(fileExtension))
        {
            throw InterchangeError.unreadable(
                file: name, line: 0,
                reason: .contentOfAnotherFormat(extension: fileExtension, content: content))
        }
        if ["ods", "xlsx", "xlsm", "xls"].contains(fileExtension) && isPlainText(path)
            || fileExtension == "fods" && isPlainText(path, unless: "<")
        {
            throw InterchangeError.unreadable(
                file: name, line: 0, reason: .textNamedAsWorkbook(extension: fileExtension))
        }
        switch fileExtension {
        case "ods": return try ODSReader.read(contentsOf: path)
        case "fods": return try FODSReader.read(contentsOf: path)
        case "xlsx", "xlsm": return try XLSXReader.read(contentsOf: path)
        case "xls":
            guard isZipArchive(path) || !FileManager.default.isReadableFile(atPath: path) else {
                throw SheetsError.legacyExcelFile(file: name)
            }
            return try XLSXReader.read(contentsOf: path)
        case "csv", "txt", "tsv": return try CSVReader.read(contentsOf: path)
        default:
            throw InterchangeError.unreadable(file: name, line: 0, reason: .unknownFileType)
        }
    }

    /// The format a file's content shows when it is not the one its extension names, as far as
    /// the first and last 64 KiB tell: `fods` for XML text in a file named `.ods` or `.xlsx`;
    /// `ods` or `xlsx` for a ZIP archive holding `content.xml` or `xl/workbook.xml` (whose names
    /// its central directory, at the end, lists) named otherwise, `zip` when neither is seen in
    /// a file named `.csv`. Nil when nothing says so (the readers then say what they find).
    static func contentFormat(_ path: String) -> String? {
        let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 65_536)) ?? Data())
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            var tail = head
            if let size = try? handle.seekToEnd(), size > 65_536 {
                try? handle.seek(toOffset: size - 65_536)
                tail = [UInt8]((try? handle.read(upToCount: 65_536)) ?? Data())
            }
            let isODS = contains(tail, "content.xml") && contains(tail, "mimetype")
            let isXLSX = contains(tail, "xl/workbook.xml")
            switch fileExtension {
            case "ods": return isXLSX && !isODS ? "xlsx" : nil
            case "xlsx", "xlsm", "xls": return isODS && !isXLSX ? "ods" : nil
            case "csv", "txt", "tsv", "fods": return isODS ? "ods" : isXLSX ? "xlsx" : "zip"
            default: return nil
            }
        }
        // An `.xls` holding XML or HTML (Excel 2003 XML, a web table) is no FODS: left to the
        // legacy refusal, which says to save it as `.xlsx`.
        guard ["ods", "xlsx", "xlsm"].contains(fileExtension) else { return nil }
        let text = String(decoding: head.prefix(256), as: UTF8.self).drop {
            $0.isWhitespace || $0 == "\u{FEFF}"
        }
        return text.hasPrefix("<") ? "fods" : nil
    }

    /// Whether `bytes` hold `name` (an archive entry's name) somewhere.
    private static func contains(_ bytes: [UInt8], _ name: String) -> Bool {
        let needle = Array(name.utf8)
        guard bytes.count >= needle.count else { return false }
        return bytes.indices.dropLast(needle.count - 1).contains { start in
            bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// Whether the file's first 4 KiB are text: not a ZIP archive, no NUL or other control byte
    /// but tab and line ends, and valid UTF-8 (a character cut at the end of the sample aside),
    /// or UTF-16 with its byte-order mark. With `unless`, text whose first character other than
    /// white space is that one (`<` for XML) does not count.
    static func isPlainText(_ path: String, unless first: Character? = nil) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        var sample = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        guard !sample.isEmpty, !sample.starts(with: [0x50, 0x4B]) else { return false }
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) {
            sample.removeLast(sample.count % 2)
            // The first half of a surrogate pair the sample cut is set aside.
            if sample.count >= 4 {
                let (low, high) = (sample[sample.count - 2], sample[sample.count - 1])
                let unit =
                    sample[0] == 0xFF ? UInt16(high) << 8 | UInt16(low) : UInt16(low) << 8 | UInt16(high)
                if (0xD800...0xDBFF).contains(unit) { sample.removeLast(2) }
            }
            guard let text = try? CSVReader.utf8(fromUTF16: sample, fileName: "") else { return false }
            sample = text
        }
        if let first,
            String(decoding: sample.prefix(256), as: UTF8.self).drop(while: {
                $0.isWhitespace || $0 == "\u{FEFF}"
            }).first
                == first
        {
            return false
        }
        let printable = sample.allSatisfy { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard printable else { return false }
        // Valid UTF-8 once up to three bytes of a character the sample cut are set aside.
        return (0...min(3, sample.count - 1)).contains { cut in
            String(validating: sample.dropLast(cut), as: UTF8.self) != nil
        }
    }

    /// Whether the file starts as a ZIP archive does (`PK\u{3}\u{4}`).
    private static func isZipArchive(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 4)) ?? Data()) == [0x50, 0x4B, 0x03, 0x04]
    }
}
