public import Foundation
import Synchronization

/// A program that some tests run, found on `PATH`: LibreOffice, `unzip`, `jing`, `python3` with
/// a module.
///
/// Tests that need one carry the trait `.requires(.libreOffice)` (see ``ExternalToolTrait``), and
/// run it with ``run(_:)``.
public struct ExternalTool: Hashable, Sendable, CustomStringConvertible {
    /// The tool's name for people, such as `LibreOffice`.
    public let name: String
    /// The program looked for on `PATH`, such as `soffice`.
    public let executable: String
    /// A Python module that must import (`python3 -c "import …"`), or nil.
    public let pythonModule: String?
    /// The Debian package that provides it (`.ci/run` installs it).
    public let debianPackage: String

    /// Describes a tool.
    public init(name: String, executable: String, pythonModule: String? = nil, debianPackage: String) {
        self.name = name
        self.executable = executable
        self.pythonModule = pythonModule
        self.debianPackage = debianPackage
    }

    /// LibreOffice's `soffice`, run headless to read written spreadsheets back.
    public static let libreOffice = ExternalTool(
        name: "LibreOffice", executable: "soffice", debianPackage: "libreoffice-calc-nogui")

    /// Info-ZIP's `unzip`, an independent reader of written archives.
    public static let unzip = ExternalTool(name: "unzip", executable: "unzip", debianPackage: "unzip")

    /// Jing, an independent RelaxNG validator.
    public static let jing = ExternalTool(name: "Jing", executable: "jing", debianPackage: "jing")

    /// `pdftotext` (poppler), to read a page of a PDF.
    public static let pdftotext = ExternalTool(
        name: "pdftotext", executable: "pdftotext", debianPackage: "poppler-utils")

    /// `python3` with openpyxl (installed from PyPI by `.ci/run`), to read written `.xlsx` back.
    public static let openpyxl = python3(module: "openpyxl", debianPackage: "python3-openpyxl")

    /// `python3` with pandas (and openpyxl, which it reads `.xlsx` with).
    public static let pandas = python3(module: "pandas", debianPackage: "python3-pandas")

    /// `python3` with odfpy, which pandas reads `.ods` with.
    public static let odfpy = python3(module: "odf", debianPackage: "python3-odf")

    /// Chromium, the browser of the end-to-end portal test, run headless.
    public static let chromium = ExternalTool(
        name: "Chromium", executable: "chromium", debianPackage: "chromium")

    /// Chromium's WebDriver server, which Selenium drives the browser through.
    public static let chromeDriver = ExternalTool(
        name: "ChromeDriver", executable: "chromedriver", debianPackage: "chromium-driver")

    /// `python3` with Selenium (installed from PyPI by `.ci/run`), the browser test's driver.
    public static let selenium = python3(module: "selenium", debianPackage: "python3-selenium")

    /// `python3` able to import `module`, provided by `debianPackage`.
    public static func python3(module: String, debianPackage: String) -> ExternalTool {
        ExternalTool(
            name: "python3", executable: "python3", pythonModule: module, debianPackage: debianPackage)
    }

    /// The tool as messages name it: `LibreOffice (soffice)`, `python3 with the odf module`.
    public var description: String {
        if let pythonModule { return "\(executable) with the \(pythonModule) module" }
        return name == executable ? name : "\(name) (\(executable))"
    }

    /// Where the program is, or nil when it (or its Python module) is not installed. Looked up
    /// once per process.
    public var location: URL? {
        if let known = Self.locations.withLock({ $0[self] }) { return known }
        let found = search()
        Self.locations.withLock { $0[self] = .some(found) }
        return found
    }

    /// Whether the tool can be run here.
    public var isAvailable: Bool { location != nil }

    /// The tool's location; throws ``Missing`` when it is not installed.
    public func requiredLocation() throws -> URL {
        guard let location else { throw Missing(tool: self) }
        return location
    }

    /// Runs the tool with `arguments` and waits for it; throws ``Missing`` when it is not
    /// installed.
    @discardableResult
    public func run(_ arguments: [String]) throws -> Output {
        try Self.run(try requiredLocation(), arguments)
    }

    /// What one run of a tool gave.
    public struct Output: Sendable {
        /// The exit status.
        public var status: Int32
        /// What it wrote on standard output.
        public var standardOutput: Data
        /// What it wrote on standard error, as text.
        public var standardError: String
    }

    /// The error thrown when a test runs a tool that is not installed.
    public struct Missing: Error, CustomStringConvertible {
        /// The tool.
        public var tool: ExternalTool
        /// Names the tool and the package that provides it.
        public var description: String {
            "\(tool) is not installed (Debian package \(tool.debianPackage))"
        }
    }

    // MARK: - Internals

    /// Locations found so far; a nil value means "looked for, not found".
    private static let locations = Mutex<[ExternalTool: URL?]>([:])

    /// The program on `PATH`, checked to import the Python module when there is one.
    private func search() -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let found = folders.lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(executable) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let found, let pythonModule else { return found }
        let check = try? Self.run(found, ["-c", "import \(pythonModule)"])
        return check?.status == 0 ? found : nil
    }

    /// Runs a program; standard error goes through a temporary file so that neither stream can
    /// fill up and block it.
    private static func run(_ program: URL, _ arguments: [String]) throws -> Output {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-tool-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: errors.path])
        }
        defer { try? FileManager.default.removeItem(at: errors) }
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
        return Output(status: process.terminationStatus, standardOutput: output, standardError: errorText)
    }
}
