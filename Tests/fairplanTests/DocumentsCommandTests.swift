import Foundation
import TestSupport
import Testing

/// `fairplan documents …`: each kind of paper from the samples, Vietnamese help by default,
/// English on request, options that do not fit refused.
@Suite("fairplan documents")
struct DocumentsCommandTests {
    @Test("each kind of paper is written from the samples", .requires(.unzip))
    func everyKind() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        for (kind, sample) in [
            ("lists", "fair"), ("invitations", "briefing"), ("exhibitor-letters", "fair"),
            ("badges", "briefing"),
        ] {
            let out = try cli.succeed("documents", kind, "--sample", sample, "--out", cli.path("\(kind).odt"))
            #expect(out.contains(cli.path("\(kind).odt")))
            let mimetype = try ExternalTool.unzip.run(["-p", cli.path("\(kind).odt"), "mimetype"])
            #expect(
                String(decoding: mimetype.standardOutput, as: UTF8.self)
                    == "application/vnd.oasis.opendocument.text")
        }
        let written = try cli.succeed(
            "documents", "lists", "--sample", "fair", "--list", "products", "--number", "12/DS-LMHTX")
        let path = try #require(
            written.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(path.contains("/Exports/") && path.hasSuffix("-lists.odt"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("help is Vietnamese by default and English with --lang en; a misplaced option is refused")
    func helpAndRefusal() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let vietnamese = try cli.run("documents", "--help")
        #expect(vietnamese.output.contains("Giấy tờ là văn bản OpenDocument"))
        let english = try cli.run("documents", "invitations", "--help", "--lang", "en")
        #expect(english.output.contains("Invitation letters, one page per delegate."))
        let refused = try cli.run("documents", "invitations", "--sample", "briefing", "--party", "x")
        #expect(refused.status != 0)
        #expect(refused.error.contains("--party"))
        let fascia = try cli.run(
            "documents", "fascia", "--sample", "fair", "--lang", "en", "--out", cli.path("f.odt"))
        #expect(fascia.status == 0 && fascia.error.contains("No booth is assigned yet"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("f.odt")))
    }
}
