import Foundation
import Planning
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
}
