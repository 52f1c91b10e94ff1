import Foundation
import Sheets

/// The yardstick for XLSX writing: openpyxl's write-only mode writing the same rows
/// (`Benchmarks/openpyxl_write.py`), timed inside Python once the rows are parsed.
///
/// The rows go to Python as the CSV `fairplan-bench` writes (not timed); the script parses them
/// into Python values, then times creating the workbook, appending every row and saving it.
struct ExportOpenpyxl: Codable, Sendable {
    /// Body rows openpyxl wrote.
    var rows: Int
    /// The seconds openpyxl took to write them.
    var seconds: Double
    /// The size of openpyxl's file, in bytes.
    var fileBytes: Int

    /// The script, found from this source file (the benchmark runs from a checkout).
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Benchmarks/openpyxl_write.py").path

    /// Why openpyxl was not run, or nil when it can be: python3 or openpyxl missing, or the
    /// script not found.
    static func unavailable() -> String? {
        guard let python = BenchPaths.executable("python3") else { return "python3 not found" }
        guard FileManager.default.fileExists(atPath: script) else { return "\(script) not found" }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", "import openpyxl"]
        check.standardOutput = FileHandle.nullDevice
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return "python3 cannot run" }
        check.waitUntilExit()
        return check.terminationStatus == 0 ? nil : "openpyxl not installed (python3 -m pip install openpyxl)"
    }

    /// Writes the list as CSV into `folder` (when not there yet), runs the script on it and
    /// returns its timing.
    static func measure(list: AttendeeList, csvPath: String, folder: String) throws -> ExportOpenpyxl {
        if !FileManager.default.fileExists(atPath: csvPath) {
            try CSVWriter().write(list.workbook.sheets[0], to: csvPath)
        }
        guard let python = BenchPaths.executable("python3") else {
            throw BenchError("python3 không có trong PATH (python3 not found)")
        }
        let output = folder + "/openpyxl.xlsx"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, csvPath, output]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.standardError
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("openpyxl kết thúc với mã \(process.terminationStatus) (openpyxl failed)")
        }
        struct Printed: Decodable {
            var rows: Int
            var seconds: Double
        }
        let printed = try JSONDecoder().decode(Printed.self, from: data)
        defer { try? FileManager.default.removeItem(atPath: output) }
        return ExportOpenpyxl(
            rows: printed.rows, seconds: printed.seconds, fileBytes: BenchPaths.fileSize(output))
    }
}
