import Foundation
import Interchange
import Planning
import Testing

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
}
