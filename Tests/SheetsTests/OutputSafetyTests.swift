import Foundation
import LibXML
import Testing

@testable import Sheets

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 12: the spreadsheet writers (ODS, FODS, CSV) and the ZIP writer's atomic file never
/// write over a device, a pipe, a socket, a folder or a link, keep the permissions of the file
/// they replace and never leave their temporary file behind.
@Suite("Writers: safe output files (issue 12)")
struct OutputSafetyTests {
    /// Writes the sample workbook to `path` with the writer of `format` (ods, fods, csv).
    static func write(_ format: String, to path: String) throws {
        switch format {
        case "ods": try ODSWriter.write(WriterTests.sampleWorkbook(), to: path)
        case "fods": try FODSWriter.write(WriterTests.sampleWorkbook(), to: path)
        default: try CSVWriter().write(WriterTests.sampleWorkbook().sheets[0], to: path)
        }
    }

    @Test("a FIFO at --out is refused by every writer and stays a FIFO", arguments: ["ods", "fods", "csv"])
    func refusesFIFO(format: String) throws {
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ds." + format
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: SheetsError.unsafeDestination(file: path, kind: .fifo)) {
            try Self.write(format, to: path)
        }
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try WriterTests.contents(of: folder) == ["ds." + format])
    }

    @Test(
        "a character device (a twin of /dev/null) is refused and stays a device",
        arguments: ["ods", "fods", "csv"])
    func refusesDevice(format: String) throws {
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/null"
        guard mknod(path, S_IFCHR | 0o666, dev_t(0x103)) == 0 else { return }
        #expect(throws: SheetsError.unsafeDestination(file: path, kind: .characterDevice)) {
            try Self.write(format, to: path)
        }
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a symbolic link and a folder are refused", arguments: ["ods", "fods", "csv"])
    func refusesLinkAndFolder(format: String) throws {
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: folder + "/that"))
        #expect(symlink("that", folder + "/link") == 0)
        #expect(throws: SheetsError.unsafeDestination(file: folder + "/link", kind: .symbolicLink)) {
            try Self.write(format, to: folder + "/link")
        }
        #expect(throws: SheetsError.unsafeDestination(file: folder, kind: .directory)) {
            try Self.write(format, to: folder)
        }
        #expect(try String(contentsOfFile: folder + "/that", encoding: .utf8) == "cũ")
        #expect(try WriterTests.contents(of: folder) == ["link", "that"])
    }

    @Test("re-exporting over a file of mode 600 keeps it 600", arguments: ["ods", "fods", "csv"])
    func keepsMode(format: String) throws {
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ds." + format
        try Self.write(format, to: path)
        #expect(chmod(path, 0o600) == 0)
        try Self.write(format, to: path)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(try WriterTests.contents(of: folder) == ["ds." + format])
    }

    @Test("the ZIP writer's temporary file is removed on cancel and on release")
    func zipTemporaryFileRemoved() throws {
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let zip = try ZipWriter(path: folder + "/a.zip", modified: WriterTests.created)
        try zip.beginEntry(name: "a.txt", method: .deflated)
        try zip.write(Array(repeating: 65, count: 100_000))
        #expect(try WriterTests.contents(of: folder).count == 1)
        zip.cancel()
        do {
            let abandoned = try ZipWriter(path: folder + "/b.zip", modified: WriterTests.created)
            try abandoned.addEntry(name: "b.txt", method: .stored, bytes: [1, 2, 3])
        }
        #expect(try WriterTests.contents(of: folder).isEmpty)
    }

    @Test("ODS to a sink (for --out -) gives the bytes of the file")
    func odsToSink() throws {
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ODSWriter.write(WriterTests.sampleWorkbook(), to: folder + "/a.ods")
        var streamed: [UInt8] = []
        try ODSWriter.write(WriterTests.sampleWorkbook()) { streamed.append(contentsOf: $0) }
        #expect(streamed == Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/a.ods"))))
    }

    @Test("LibXML's output errors become typed Sheets errors")
    func translatesLibXMLErrors() {
        #expect(
            SheetsError(writing: .unsafeOutput(path: "/dev/full", kind: .characterDevice))
                == .unsafeDestination(file: "/dev/full", kind: .characterDevice))
        #expect(
            SheetsError(writing: .outputFailed(path: "a.ods", step: .setPermissions, message: "EPERM"))
                == .fileOperationFailed(file: "a.ods", operation: .setPermissions, message: "EPERM"))
        for step in OutputStep.allCases {
            #expect(SheetsFileOperation(step).rawValue == step.rawValue)
        }
    }
}
