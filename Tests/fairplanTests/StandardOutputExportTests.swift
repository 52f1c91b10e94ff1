import Foundation
import Testing

/// Issue 12: `--out -` streams the one file an export makes to standard output (messages go to
/// standard error), instead of a path; an export of several files is refused before writing.
@Suite("fairplan export --out -: the file on standard output (issue 12)")
struct StandardOutputExportTests {
    @Test(
        "a CSV list on standard output is byte for byte the file export writes; nothing else is printed there"
    )
    func csvMatchesFile() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed(
            "export", "products", "--sample", "fair", "--format", "csv", "--out", cli.path("sp.csv"))
        let (process, out, _) = try cli.start([
            "export", "products", "--sample", "fair", "--format", "csv", "--out", "-",
        ])
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let streamed = try Data(contentsOf: out)
        #expect(streamed == (try Data(contentsOf: URL(fileURLWithPath: cli.path("sp.csv")))))
        #expect(
            !((try? FileManager.default.contentsOfDirectory(atPath: cli.folder.path)) ?? []).contains(
                "Exports"))
    }

    @Test("an ODS workbook of every list and the frab programme stream whole", arguments: ["ods", "frab"])
    func wholeDocuments(format: String) throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let list = format == "frab" ? "programme" : "all"
        let sample = format == "frab" ? "briefing" : "fair"
        let (process, out, _) = try cli.start([
            "export", list, "--sample", sample, "--format", format, "--out", "-",
        ])
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let bytes = [UInt8](try Data(contentsOf: out))
        if format == "ods" {
            // A ZIP whose first entry is the stored mimetype, as ODF requires.
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
            #expect(bytes.count > 10_000)
        } else {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("<?xml") && text.hasSuffix("</schedule>\n"))
        }
    }

    @Test("several CSV files to standard output are refused, naming the count; nothing is written")
    func severalFilesRefused() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let result = try cli.run("export", "all", "--sample", "fair", "--format", "csv", "--out", "-")
        #expect(result.exited && result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("Định dạng csv ghi 5 tệp"))
    }
}
