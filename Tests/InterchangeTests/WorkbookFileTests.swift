import Foundation
import Planning
import Sheets
import Testing

@testable import Interchange

@Suite("WorkbookFile: which file is read, and why one cannot be")
struct WorkbookFileTests {
    @Test("a path naming nothing, or a folder, is refused with what it is, not the system's message")
    func missingFileAndFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-workbook-\(UUID().uuidString)", isDirectory: true)
        let named = folder.appendingPathComponent("dang-ky.xlsx", isDirectory: true)
        try FileManager.default.createDirectory(at: named, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: InterchangeError.unreadable(file: named.path, line: 0, reason: .folderNotFile)) {
            try WorkbookFile.read(named.path)
        }
        let missing = folder.appendingPathComponent("khong-co.xlsx").path
        #expect(throws: InterchangeError.unreadable(file: missing, line: 0, reason: .fileNotFound)) {
            try WorkbookFile.read(missing)
        }
        let text = InterchangeError.unreadable(file: named.path, line: 0, reason: .folderNotFile).text(
            .vietnamese)
        #expect(text.contains("thư mục") && !text.contains("NSCocoaErrorDomain"))
    }

    @Test("a CSV file named .xlsx or .ods is refused saying it is text and to rename it, not as a broken ZIP")
    func textNamedAsWorkbook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-workbook-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "Tên tổ chức,Loại hình,Tỉnh/thành phố\nHợp tác xã Nông nghiệp Tân Hòa,HTX,Sơn La\n"
        for fileExtension in ["xlsx", "ods"] {
            let path = folder.appendingPathComponent("dang-ky.\(fileExtension)").path
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
            #expect(
                throws: InterchangeError.unreadable(
                    file: "dang-ky.\(fileExtension)", line: 0,
                    reason: .textNamedAsWorkbook(extension: fileExtension))
            ) { try WorkbookFile.read(path) }
        }
        // Binary that is no ZIP keeps the archive's own error.
        let binary = folder.appendingPathComponent("hong.xlsx").path
        try Data([0x00, 0x01, 0x02, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: binary))
        #expect { try WorkbookFile.read(binary) } throws: { error in
            if case InterchangeError.unreadable(_, _, .textNamedAsWorkbook) = error { return false }
            return true
        }
        #expect(!WorkbookFile.isPlainText(binary))
    }

    @Test(
        "an XLSX named .ods, an ODS named .csv or .xlsx, XML named .ods: the content's format is named (QA 43 #9)"
    )
    func contentOfAnotherFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-workbook-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = Workbook(
            sheets: [Sheet(name: "Tổ chức", columns: [Column("Tên")], rows: [[.text("HTX Tân Hòa")]])],
            metadata: WorkbookMetadata(title: "t", generator: "FairPlan tests", created: ""))
        let ods = folder.appendingPathComponent("that.ods").path
        let xlsx = folder.appendingPathComponent("that.xlsx").path
        try ODSWriter.write(workbook, to: ods)
        try XLSXWriter.write(workbook, to: xlsx)
        // Each read as itself.
        #expect(WorkbookFile.contentFormat(ods) == nil && WorkbookFile.contentFormat(xlsx) == nil)
        #expect(try WorkbookFile.read(ods).sheets.count == 1)
        for (source, name, content) in [
            (xlsx, "x.ods", "xlsx"), (ods, "o.xlsx", "ods"), (ods, "o.csv", "ods"), (xlsx, "x.csv", "xlsx"),
        ] {
            let renamed = folder.appendingPathComponent(name).path
            try FileManager.default.copyItem(atPath: source, toPath: renamed)
            let fileExtension = URL(fileURLWithPath: name).pathExtension
            #expect(
                throws: InterchangeError.unreadable(
                    file: name, line: 0,
                    reason: .contentOfAnotherFormat(extension: fileExtension, content: content))
            ) { try WorkbookFile.read(renamed) }
        }
        let xml = folder.appendingPathComponent("venue.ods").path
        try Data("<?xml version=\"1.0\"?>\n<venue/>".utf8).write(to: URL(fileURLWithPath: xml))
        #expect(
            throws: InterchangeError.unreadable(
                file: "venue.ods", line: 0, reason: .contentOfAnotherFormat(extension: "ods", content: "fods")
            )
        ) { try WorkbookFile.read(xml) }
    }

    @Test("UTF-16 text named .xlsx, and text that is not XML named .fods, are refused as text (QA 39)")
    func utf16AndFODSText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-workbook-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "Tên tổ chức\tTỉnh/thành phố\nHợp tác xã Nông nghiệp Tân Hòa\tSơn La\n"
        let utf16 = [UInt8]([0xFF, 0xFE]) + csv.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let xlsx = folder.appendingPathComponent("unicode.xlsx").path
        try Data(utf16).write(to: URL(fileURLWithPath: xlsx))
        #expect(
            throws: InterchangeError.unreadable(
                file: "unicode.xlsx", line: 0, reason: .textNamedAsWorkbook(extension: "xlsx"))
        ) { try WorkbookFile.read(xlsx) }
        let fods = folder.appendingPathComponent("dang-ky.fods").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: fods))
        #expect(
            throws: InterchangeError.unreadable(
                file: "dang-ky.fods", line: 0, reason: .textNamedAsWorkbook(extension: "fods"))
        ) { try WorkbookFile.read(fods) }
        // XML, even after a byte-order mark and blank lines, is left to the FODS reader.
        let xml = folder.appendingPathComponent("xml.fods").path
        try Data("\u{FEFF}\n  <?xml version=\"1.0\"?><khong-phai/>".utf8).write(to: URL(fileURLWithPath: xml))
        #expect(!WorkbookFile.isPlainText(xml, unless: "<"))
        // Renamed to .csv, the UTF-16 file reads as its UTF-8 twin does.
        let renamed = folder.appendingPathComponent("unicode.csv").path
        try Data(utf16).write(to: URL(fileURLWithPath: renamed))
        let twin = folder.appendingPathComponent("twin.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: twin))
        #expect(try WorkbookFile.read(renamed).sheets[0].rows == WorkbookFile.read(twin).sheets[0].rows)
    }
}
