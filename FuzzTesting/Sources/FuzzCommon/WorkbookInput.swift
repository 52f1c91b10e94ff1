public import Sheets

/// Reads a fuzzing input as the workbook a user could send: ODS when it starts as a ZIP archive
/// does (`PK`), FODS when its first character other than a byte-order mark or white space is `<`,
/// CSV otherwise. So one corpus mixes the three formats the registration importer accepts.
public enum WorkbookInput {
    /// The workbook the readers make of `bytes`, or nil when they refuse it (a refusal is a
    /// typed error, which is what hostile input should get).
    public static func read(_ bytes: UnsafeRawBufferPointer) -> ReadWorkbook? {
        switch format(of: bytes) {
        case .ods:
            guard let path = ScratchFile.write(bytes) else { return nil }
            return try? ODSReader.read(contentsOf: path)
        case .fods:
            return try? FODSReader.read(data: Array(bytes), fileName: "input.fods")
        case .csv:
            return try? CSVReader.read(bytes: Array(bytes), fileName: "input.csv", sheetName: "input")
        }
    }

    /// The formats an input can be read as.
    enum Format {
        case ods, fods, csv
    }

    /// The format `bytes` look like.
    static func format(of bytes: UnsafeRawBufferPointer) -> Format {
        if bytes.starts(with: [0x50, 0x4B]) { return .ods }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == 0x3C ? .fods : .csv
    }
}
