import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl+C or a kill while LibreOffice converts papers to PDF left the conversion's hidden folder
/// (`.fairplan-pdf-…`) and the converter behind. The command now stops the converter and removes
/// the folder, then ends by the signal; a run killed outright is cleaned up by the next one.
@Suite("fairplan: a PDF conversion interrupted leaves no folder and no converter behind", .serialized)
struct InterruptedConversionTests {
    /// The conversion folders in the command's folder.
    static func conversionFolders(_ cli: FairPlanProcess) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cli.folder.path)) ?? []).filter {
            $0.hasPrefix(".fairplan-pdf-")
        }
    }

    /// Processes whose command line names `text`, read from `/proc`.
    static func processes(naming text: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = Int32(entry),
                let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { return nil }
            return String(decoding: line.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self).contains(text)
                ? pid : nil
        }
    }

    /// Starts writing the sample fair's lists as PDF into the command's folder and sends `signal`
    /// once the conversion's folder exists; nil when the conversion ended before it was seen.
    static func interrupted(_ cli: FairPlanProcess, signal: Int32) throws -> (Process, String)? {
        let (process, _, _) = try cli.start(
            ["documents", "lists", "--sample", "fair", "--format", "pdf", "--out", cli.path("ds.pdf")])
        while process.isRunning {
            if let folder = conversionFolders(cli).first {
                usleep(300_000)  // LibreOffice started
                kill(process.processIdentifier, signal)
                process.waitUntilExit()
                return (process, folder)
            }
            usleep(1_000)
        }
        process.waitUntilExit()
        return nil
    }

    @Test(
        "SIGINT or SIGTERM during the conversion: the converter stops, its folder goes, the command ends by the signal",
        .requires(.libreOfficeWriter), arguments: [SIGINT, SIGTERM])
    func interruptedConversion(signal: Int32) throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        var run: (Process, String)?
        for _ in 0..<3 where run == nil { run = try Self.interrupted(cli, signal: signal) }
        let (process, folder) = try #require(
            run, "the conversion always ended before it could be interrupted")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(Self.conversionFolders(cli).isEmpty)
        usleep(500_000)
        #expect(Self.processes(naming: folder).isEmpty, "LibreOffice still runs in \(folder)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("ds.pdf")))
    }

    @Test(
        "a run killed outright is cleaned up by the next conversion into the same folder",
        .requires(.libreOfficeWriter))
    func killedRunCleanedUpNext() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        var run: (Process, String)?
        for _ in 0..<3 where run == nil { run = try Self.interrupted(cli, signal: SIGKILL) }
        let (_, folder) = try #require(run, "the conversion always ended before it could be killed")
        #expect(Self.conversionFolders(cli) == [folder])
        let next = try cli.run(
            "documents", "lists", "--sample", "fair", "--format", "pdf", "--out", cli.path("lai.pdf"))
        #expect(next.status == 0, "\(next.error)")
        #expect(Self.conversionFolders(cli).isEmpty)
        #expect(Self.processes(naming: folder).isEmpty)
        #expect(FileManager.default.fileExists(atPath: cli.path("lai.pdf")))
    }
}
