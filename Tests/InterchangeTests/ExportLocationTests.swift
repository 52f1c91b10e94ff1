import Foundation
import LibXML
import Planning
import Sheets
import Testing

@testable import Interchange

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 12: `--out` and `--svg` never turn a device, a pipe, a folder or a link into a regular
/// file; the refusal comes at once, typed and worded in both languages.
@Suite("ExportLocation and SVGWriter: safe destinations (issue 12)")
struct ExportLocationTests {
    /// A fresh temporary folder.
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ExportLocation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    @Test("--out /dev/null is refused before anything is computed")
    func devNull() {
        #expect(throws: SheetsError.unsafeDestination(file: "/dev/null", kind: .characterDevice)) {
            _ = try ExportLocation.path(explicit: "/dev/null", name: "x.xml")
        }
        #expect(throws: SheetsError.unsafeDestination(file: "/dev/full", kind: .characterDevice)) {
            _ = try ExportLocation.path(explicit: "/dev/full", name: "x.xml")
        }
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a FIFO, a folder and a symbolic link are refused; a regular file or nothing is fine")
    func specialFiles() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/ong", 0o600) == 0)
        #expect(symlink("ong", folder + "/lien-ket") == 0)
        #expect(throws: SheetsError.unsafeDestination(file: folder + "/ong", kind: .fifo)) {
            _ = try ExportLocation.path(explicit: folder + "/ong", name: "x")
        }
        #expect(throws: SheetsError.unsafeDestination(file: folder + "/lien-ket", kind: .symbolicLink)) {
            _ = try ExportLocation.path(explicit: folder + "/lien-ket", name: "x")
        }
        #expect(throws: SheetsError.unsafeDestination(file: folder, kind: .directory)) {
            _ = try ExportLocation.path(explicit: folder, name: "x")
        }
        #expect(try ExportLocation.path(explicit: folder + "/ds.xml", name: "x") == folder + "/ds.xml")
    }

    @Test(
        "--out into a folder that does not exist, or an empty --out, is refused: nothing is created (QA 41b #5)"
    )
    func missingFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = folder + "/moi/ds.xml"
        let error = InterchangeError.badOutput(
            path: missing, reason: .outputFolderMissing(folder: folder + "/moi", option: "--out"))
        #expect(throws: error) { _ = try ExportLocation.path(explicit: missing, name: "x") }
        #expect(!FileManager.default.fileExists(atPath: folder + "/moi"))
        #expect(
            error.text(.vietnamese)
                == "\(missing): Chưa có thư mục «\(folder)/moi»; hãy kiểm tra đường dẫn --out hoặc tạo thư mục đó trước."
        )
        let empty = InterchangeError.badOutput(path: "--out", reason: .outputPathEmpty(option: "--out"))
        #expect(throws: empty) { _ = try ExportLocation.path(explicit: "", name: "x") }
        #expect(empty.text(.vietnamese).hasPrefix("--out: Đường dẫn --out để trống"))
        // A folder for several files: the last folder is made, its parent must exist.
        #expect(try ExportLocation.folder(explicit: folder + "/csv", name: "x") == folder + "/csv")
        #expect(FileManager.default.fileExists(atPath: folder + "/csv"))
        #expect(throws: InterchangeError.self) {
            _ = try ExportLocation.folder(explicit: folder + "/a/b", name: "x")
        }
    }

    @Test("a bare one-character name is a file in the current folder, not a trap")
    func oneCharacterNames() throws {
        for name in ["0", "x", "-1", "đ"] { try ExportLocation.checkFolder(of: name, option: "--output") }
        #expect(ExportLocation.writtenFolder(of: "0") == "")
        #expect(ExportLocation.writtenFolder(of: "/x") == "/")
        #expect(ExportLocation.writtenFolder(of: "a/b/") == "a")
        #expect(ExportLocation.writtenFolder(of: "a//b") == "a")
        #expect(ExportLocation.writtenFolder(of: "/a/b.xlsx") == "/a")
    }

    @Test("the system's reasons read in Vietnamese in Vietnamese messages (QA 41b #6)")
    func systemReasonsInVietnamese() throws {
        let message = InterchangeMessage.cannotReadFile(
            detail: "cannot open for reading: No such file or directory")
        #expect(
            message.text(.vietnamese)
                == "Không đọc được tệp: không mở được tệp để đọc: không có tệp hay thư mục này")
        #expect(message.text(.english).contains("No such file or directory"))
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for path in [folder, folder + "/khong-co.xml"] {
            do {
                _ = try VenueReader.read(contentsOf: path)
                Issue.record("read \(path)")
            } catch {
                let text = error.text(.vietnamese)
                #expect(!text.contains("Is a directory") && !text.contains("No such file"), "\(text)")
                #expect(text.contains("thư mục") || text.contains("Không có tệp này"), "\(text)")
            }
        }
    }

    @Test("--svg to a FIFO is refused by the SVG writer, which keeps a 600 file 600")
    func svg() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let drawing = FloorPlanRenderer(language: .vietnamese).drawing(of: FloorPlanRendererTests.venue())
        #expect(mkfifo(folder + "/ong.svg", 0o600) == 0)
        #expect(throws: LibXMLError.unsafeOutput(path: folder + "/ong.svg", kind: .fifo)) {
            try SVGWriter.write(drawing, toFile: folder + "/ong.svg")
        }
        try SVGWriter.write(drawing, toFile: folder + "/so-do.svg")
        #expect(chmod(folder + "/so-do.svg", 0o600) == 0)
        try SVGWriter.write(drawing, toFile: folder + "/so-do.svg")
        var info = stat()
        #expect(stat(folder + "/so-do.svg", &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["ong.svg", "so-do.svg"])
        var streamed: [UInt8] = []
        try SVGWriter.write(drawing) { streamed.append(contentsOf: $0) }
        #expect(streamed == (try SVGWriter.bytes(of: drawing)))
    }

    @Test("LibXML's errors are worded in both languages through the catalogues")
    func libXMLErrorsAreLocalizable() {
        let errors: [LibXMLError] = [
            .unsafeOutput(path: "/dev/null", kind: .characterDevice),
            .outputFailed(path: "a.svg", step: .rename, message: "EXDEV"),
            .io(path: "a.xml", message: "EACCES"),
            .malformed(source: "a.xml", line: 3, column: 1, message: "EndTag"),
            .writerMisuse(message: "endElement() with no open element"),
        ]
        for error in errors {
            #expect(
                !error.text(.vietnamese).isEmpty && error.text(.vietnamese) != error.text(.english),
                "\(error)")
        }
        #expect(
            LibXMLError.unsafeOutput(path: "/dev/null", kind: .characterDevice).text(.english)
                == SheetsMessage.unsafeDestination(file: "/dev/null", kind: .characterDevice).english)
    }

    @Test("SVG numbers never trap, whatever the value")
    func svgNumbers() {
        #expect(SVGWriter.number(2.5) == "2.5")
        #expect(SVGWriter.number(3) == "3")
        #expect(SVGWriter.number(1e300) == "1e+300")
        #expect(SVGWriter.number(.infinity) == "inf")
        #expect(SVGWriter.number(.nan) == "0")
    }
}
