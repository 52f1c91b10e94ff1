import Foundation
import LibXML
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 12: every file FairPlan writes goes to a temporary file beside it, renamed only over
/// nothing or a regular file; devices, pipes, sockets, folders and links are refused; the
/// replaced file's permissions are kept; the temporary file never stays behind.
@Suite("OutputFile: safe output files (issue 12)")
struct OutputFileTests {
    /// A temporary folder with helpers to make special files in it.
    struct Folder {
        let path: String

        init() throws {
            path = try Fixtures.temporaryFolder()
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }

        func file(_ name: String) -> String { path + "/" + name }

        /// The names in the folder, hidden ones included.
        func names() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        }

        /// The file type bits of `name` (not following links).
        func type(_ name: String) -> mode_t {
            var info = stat()
            return lstat(file(name), &info) == 0 ? info.st_mode & S_IFMT : 0
        }

        /// The permission bits of `name`.
        func permissions(_ name: String) -> mode_t {
            var info = stat()
            return stat(file(name), &info) == 0 ? info.st_mode & 0o777 : 0
        }
    }

    /// Writes a tiny document to `path` through `XMLWriter(path:)`.
    static func writeDocument(to path: String, text: String = "Hợp tác xã") throws {
        let writer = try XMLWriter(path: path)
        try writer.startDocument()
        try writer.element("ten", text: text)
        try writer.endDocument()
        try writer.close()
    }

    /// The error of writing to `path`, if any.
    static func refusal(_ path: String) -> LibXMLError? {
        do {
            try writeDocument(to: path)
            return nil
        } catch {
            return error as? LibXMLError
        }
    }

    @Test("a new file is written and no temporary file stays behind")
    func writesNewFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Self.writeDocument(to: folder.file("ds.xml"))
        #expect(try folder.names() == ["ds.xml"])
        let text = try String(contentsOfFile: folder.file("ds.xml"), encoding: .utf8)
        #expect(text.contains("<ten>Hợp tác xã</ten>"))
    }

    @Test("--out naming a plan file: an SQLite database is refused and left as it was")
    func refusesDatabase() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let plan = folder.file("hoi-cho.fairplan")
        let content = Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 7, count: 4_080)
        #expect(FileManager.default.createFile(atPath: plan, contents: Data(content)))
        #expect(OutputFile.unsafeKind(at: plan) == .database)
        #expect(Self.refusal(plan) == .unsafeOutput(path: plan, kind: .database))
        #expect(throws: LibXMLError.unsafeOutput(path: plan, kind: .database)) {
            try OutputFile.checkDestination(plan)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == Data(content))
        #expect(try folder.names() == ["hoi-cho.fairplan"])
        // A file merely starting like one (shorter than the header) is an ordinary file.
        let short = folder.file("ghi-chu.txt")
        #expect(FileManager.default.createFile(atPath: short, contents: Data("SQLite".utf8)))
        #expect(OutputFile.unsafeKind(at: short) == nil)
        #expect(Self.refusal(short) == nil)
    }

    @Test("--out /dev/null: a character device is refused and stays a device")
    func refusesCharacterDevice() throws {
        let folder = try Folder()
        defer { folder.remove() }
        // A twin of /dev/null (major 1, minor 3) in the test folder, so that a regression
        // clobbers the twin, not the system's device; /dev/null itself is checked read-only.
        let twin = folder.file("null")
        guard mknod(twin, S_IFCHR | 0o666, dev_t(0x103)) == 0 else {
            #expect(OutputFile.unsafeKind(at: "/dev/null") == .characterDevice)
            return
        }
        #expect(Self.refusal(twin) == .unsafeOutput(path: twin, kind: .characterDevice))
        #expect(folder.type("null") == S_IFCHR)
        #expect(try folder.names() == ["null"])
        #expect(OutputFile.unsafeKind(at: "/dev/null") == .characterDevice)
        #expect(throws: LibXMLError.unsafeOutput(path: "/dev/null", kind: .characterDevice)) {
            try OutputFile.checkDestination("/dev/null")
        }
    }

    @Test("--out /dev/full: refused before anything is written")
    func refusesFullDevice() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let twin = folder.file("full")
        guard mknod(twin, S_IFCHR | 0o666, dev_t(0x107)) == 0 else { return }
        #expect(Self.refusal(twin) == .unsafeOutput(path: twin, kind: .characterDevice))
        #expect(folder.type("full") == S_IFCHR)
    }

    @Test("a named pipe (FIFO) is refused and stays a pipe")
    func refusesFIFO() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let pipe = folder.file("ong")
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(Self.refusal(pipe) == .unsafeOutput(path: pipe, kind: .fifo))
        #expect(folder.type("ong") == S_IFIFO)
        #expect(try folder.names() == ["ong"])
    }

    @Test("a Unix socket is refused and stays a socket")
    func refusesSocket() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let path = folder.file("so")
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        #expect(Self.refusal(path) == .unsafeOutput(path: path, kind: .socket))
        #expect(folder.type("so") == S_IFSOCK)
    }

    @Test("a folder is refused")
    func refusesDirectory() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            atPath: folder.file("Exports"), withIntermediateDirectories: true)
        #expect(
            Self.refusal(folder.file("Exports"))
                == .unsafeOutput(path: folder.file("Exports"), kind: .directory))
        #expect(try folder.names() == ["Exports"])
    }

    @Test("a symbolic link is refused, not replaced; the file it points to is untouched")
    func refusesSymbolicLink() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: folder.file("that.xml")))
        #expect(symlink("that.xml", folder.file("link.xml")) == 0)
        #expect(
            Self.refusal(folder.file("link.xml"))
                == .unsafeOutput(path: folder.file("link.xml"), kind: .symbolicLink))
        #expect(folder.type("link.xml") == S_IFLNK)
        #expect(try String(contentsOfFile: folder.file("that.xml"), encoding: .utf8) == "cũ")
        #expect(try folder.names() == ["link.xml", "that.xml"])
    }

    @Test("re-exporting over a file of mode 600 keeps it 600 (and 640 stays 640)")
    func keepsPermissions() throws {
        let folder = try Folder()
        defer { folder.remove() }
        for mode: mode_t in [0o600, 0o640, 0o444] {
            let path = folder.file("ds-\(String(mode, radix: 8)).xml")
            try Data("cũ".utf8).write(to: URL(fileURLWithPath: path))
            #expect(chmod(path, mode) == 0)
            try Self.writeDocument(to: path)
            #expect(folder.permissions("ds-\(String(mode, radix: 8)).xml") == mode)
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<ten>"))
        }
        #expect(try folder.names().allSatisfy { !$0.hasPrefix(".") })
    }

    @Test("the temporary file is removed when the writer fails, is abandoned or is discarded")
    func removesTemporaryFileOnEveryErrorPath() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: folder.file("ds.xml")))
        // A failure inside the document: the writer discards its output.
        do {
            let writer = try XMLWriter(path: folder.file("ds.xml"))
            try writer.startDocument()
            try writer.startElement("a")
            #expect(throws: LibXMLError.self) { try writer.close() }
        }
        // Abandoned without close().
        do {
            let writer = try XMLWriter(path: folder.file("ds.xml"))
            try writer.startDocument()
            try writer.element("a", text: String(repeating: "x", count: 200_000))
        }
        // An output file discarded, and one whose destination became a folder before the rename.
        let file = try OutputFile(path: folder.file("ds.xml"))
        try file.write(Array("x".utf8))
        file.discard()
        let moved = try OutputFile(path: folder.file("moi.xml"))
        try moved.write(Array("x".utf8))
        try FileManager.default.createDirectory(
            atPath: folder.file("moi.xml"), withIntermediateDirectories: true)
        #expect(throws: LibXMLError.unsafeOutput(path: folder.file("moi.xml"), kind: .directory)) {
            try moved.commit()
        }
        #expect(try folder.names() == ["ds.xml", "moi.xml"])
        #expect(try String(contentsOfFile: folder.file("ds.xml"), encoding: .utf8) == "cũ")
    }

    @Test("a missing folder is a typed error naming the path and the step")
    func missingFolder() throws {
        let path = "/nonexistent-\(UUID().uuidString)/ds.xml"
        #expect {
            try Self.writeDocument(to: path)
        } throws: { error in
            guard case LibXMLError.outputFailed(let failed, .createTemporaryFile, _) = error else {
                return false
            }
            return failed == path
        }
    }

    @Test("the temporary file sits beside the destination and has a short enough name")
    func temporaryName() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let long = String(repeating: "d", count: 250)
        let file = try OutputFile(path: folder.file(long))
        defer { file.discard() }
        #expect(file.temporaryPath.hasPrefix(folder.path + "/."))
        #expect(file.temporaryPath.hasSuffix(".tmp"))
        let name = try #require(file.temporaryPath.split(separator: "/").last)
        #expect(name.utf8.count <= 255)
        #expect(FileManager.default.fileExists(atPath: file.temporaryPath))
    }

    @Test("the sink API writes to standard output's descriptor (here a pipe)")
    func standardOutputSink() throws {
        #expect(StandardOutput.name == "(standard output)")
        // Writing nothing succeeds without touching the descriptor.
        try StandardOutput.write([])
    }
}
