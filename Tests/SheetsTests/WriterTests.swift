import Foundation
import LibXML
import Sheets
import TestSupport

/// Shared fixtures and tools for the writer tests: a sample workbook, temporary folders, the
/// ODF 1.3 schemas (vendored in TestSupport), `unzip` and LibreOffice.
enum WriterTests {
    /// A fresh, empty temporary folder.
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("SheetsWriterTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// Names of the files in a folder (including hidden temporary files), sorted.
    static func contents(of folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// The creation time of the sample workbook.
    static let created = "2026-12-16T08:00:00"

    /// Dates used in the sample.
    static let day = SheetDate(year: 2026, month: 12, day: 16) ?? SheetDate(year: 2000, month: 1, day: 1)!
    /// A second date.
    static let otherDay = SheetDate(year: 2026, month: 1, day: 2) ?? day

    /// The body rows of the sample's first sheet: every cell type, Vietnamese text (NFC),
    /// markup characters, quotes, two lines, three spaces, a tab, formula-like text.
    static let sampleRows: [[CellValue]] = [
        [
            .text("Hợp tác xã Nông nghiệp Tân Hòa"), .text("Đắk Lắk"), .integer(120), .decimal(1234.5),
            .percentage(0.9), .date(day),
            .dateTime(day, hour: 8, minute: 0, second: 0, utcOffsetMinutes: 420),
            .duration(seconds: 5400), .boolean(true),
        ],
        [
            .text("A & B <c> \"trích dẫn\" 'x'"), .text("Dòng 1\nDòng 2"), .integer(-5), .decimal(0.25),
            .percentage(0.125), .date(otherDay),
            .dateTime(otherDay, hour: 17, minute: 45, second: 30, utcOffsetMinutes: 420),
            .duration(seconds: 45), .boolean(false),
        ],
        [
            .text("a   b"), .text("=1+2"), .empty, .empty, .empty, .empty, .empty, .empty, .text("cột\tcuối"),
        ],
    ]

    /// The columns of the sample's first sheet.
    static let sampleColumns = [
        Column("Tên đơn vị", widthCentimetres: 7), Column("Tỉnh", widthCentimetres: 3.5),
        Column("Số lượng"), Column("Giá"), Column("Tỷ lệ"), Column("Ngày"),
        Column("Bắt đầu", widthCentimetres: 4.25),
        Column("Thời lượng"), Column("Xác nhận"),
    ]

    /// A small two-sheet workbook with a title row, all cell types and an autofilter.
    static func sampleWorkbook() -> Workbook {
        let first = Sheet(
            name: "Đơn vị", columns: sampleColumns, title: "Danh sách Hợp tác xã", rows: sampleRows)
        let second = Sheet(
            name: "Tóm tắt (A&B)", columns: [Column("Tỉnh"), Column("Số đơn vị")], freezeHeader: false,
            autoFilter: true, rows: [[.text("Đắk Lắk"), .integer(2)], [.text("Lâm Đồng"), .integer(1)]])
        return Workbook(
            sheets: [first, second],
            metadata: WorkbookMetadata(title: "Hội chợ OCOP", generator: "FairPlan/test", created: created))
    }

    /// A one-sheet workbook whose `count` rows are generated lazily.
    static func largeWorkbook(rows count: Int) -> Workbook {
        let sheet = Sheet(
            name: "Lớn", columns: [Column("Số"), Column("Tên"), Column("Ngày")], title: "Nhiều dòng",
            rows: {
                var index = 0
                return AnyIterator {
                    guard index < count else { return nil }
                    index += 1
                    return [.integer(index), .text("Dòng \(index)"), .date(day)]
                }
            })
        return Workbook(sheets: [sheet], metadata: WorkbookMetadata(created: created))
    }

    /// One entry of a ZIP file, extracted with `unzip -p` (tests using it carry
    /// `.requires(.unzip)`).
    static func unzip(_ archive: String, entry: String) throws -> Data {
        let result = try ExternalTool.unzip.run(["-p", archive, entry])
        guard result.status == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: archive])
        }
        return result.standardOutput
    }

    /// Converts a spreadsheet to UTF-8 CSV (first sheet) with LibreOffice (tests using it carry
    /// `.requires(.libreOffice)`). Uses a private profile so parallel runs do not clash.
    static func libreOfficeCSV(_ file: String) throws -> String {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let profile = "file://" + folder + "/profile"
        let result = try ExternalTool.libreOffice.run([
            "-env:UserInstallation=\(profile)", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder, file,
        ])
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".csv"
        guard result.status == 0, let data = FileManager.default.contents(atPath: folder + "/" + name) else {
            throw CocoaError(
                .fileReadUnknown,
                userInfo: [
                    NSLocalizedDescriptionKey: "soffice failed (\(result.status)): \(result.standardError)"
                ])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The entries of a ZIP archive, uncompressed, by name (read with the package's own reader):
    /// what a golden ODS file is compared by, since deflate output may differ between zlib
    /// versions.
    static func zipEntries(_ archive: Data) throws -> [String: [UInt8]] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/archive.zip"
        try archive.write(to: URL(fileURLWithPath: path))
        let reader = try ZipReader(path: path)
        var entries: [String: [UInt8]] = [:]
        for entry in reader.entries {
            entries[entry.name] = try reader.contents(of: entry, maximumSize: 16 * 1024 * 1024)
        }
        return entries
    }
}

extension WriterTests {
    /// The ODF 1.3 schema, compiled once.
    private static let compiledODFSchema = Result {
        try RelaxNGSchema(contentsOfFile: TestSchemas.odf13.path)
    }

    /// The ODF 1.3 manifest schema, compiled once.
    private static let compiledManifestSchema = Result {
        try RelaxNGSchema(contentsOfFile: TestSchemas.odf13Manifest.path)
    }

    /// The compiled ODF 1.3 schema.
    static func odfSchema() throws -> RelaxNGSchema { try compiledODFSchema.get() }

    /// The compiled ODF 1.3 manifest schema.
    static func manifestSchema() throws -> RelaxNGSchema { try compiledManifestSchema.get() }

    /// The schema's diagnostics for a document, as text (empty when valid).
    static func diagnostics(_ schema: RelaxNGSchema, _ data: Data, name: String) throws -> [String] {
        schema.validate(try XMLDocument(data: data, sourceName: name)).map(\.description)
    }

    /// Parses CSV text (RFC 4180, `,`) into records of fields.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let scalar = characters[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < characters.count && characters[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r" && index + 1 < characters.count && characters[index + 1] == "\n" {
                    index += 1
                }
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }

    /// The first sheet of the sample as LibreOffice shows it (dd/MM/yyyy dates, times on the
    /// minute as hh:mm without seconds; LibreOffice
    /// drops tabs inside cells when exporting CSV).
    static let sampleAsShown: [[String]] = [
        ["Danh sách Hợp tác xã", "", "", "", "", "", "", "", ""],
        ["Tên đơn vị", "Tỉnh", "Số lượng", "Giá", "Tỷ lệ", "Ngày", "Bắt đầu", "Thời lượng", "Xác nhận"],
        [
            "Hợp tác xã Nông nghiệp Tân Hòa", "Đắk Lắk", "120", "1234.5", "90%", "16/12/2026",
            "16/12/2026 08:00", "01:30", "TRUE",
        ],
        [
            "A & B <c> \"trích dẫn\" 'x'", "Dòng 1\nDòng 2", "-5", "0.25", "12.5%", "02/01/2026",
            "02/01/2026 17:45:30", "00:00:45", "FALSE",
        ],
        ["a   b", "=1+2", "", "", "", "", "", "", "cộtcuối"],
    ]
}
