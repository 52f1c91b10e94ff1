import Foundation
import Interchange
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite("Workflow: papers as documents")
struct WriteDocumentsTests {
    /// Writes `kind` of the fixture's plan as ODT into its folder; what was written.
    static func write(
        _ fixture: WorkflowFixture, _ kind: DocumentKind, name: String,
        configure: (inout WriteDocuments.Input) -> Void = { _ in }
    ) throws -> WriteDocuments.Written {
        var input = WriteDocuments.Input(kind: kind)
        input.output = fixture.folder.appendingPathComponent(name).path
        configure(&input)
        return try WriteDocuments(source: fixture.source).run(
            input, now: WorkflowFixture.now, version: "test")
    }

    /// The text of an ODT's `content.xml`, codes' non-breaking hyphens (U+2011) read as hyphens
    /// unless `raw`.
    static func content(_ path: String, raw: Bool = false) throws -> String {
        let result = try ExternalTool.unzip.run(["-p", path, "content.xml"])
        let text = String(decoding: result.standardOutput, as: UTF8.self)
        return raw ? text : text.replacingOccurrences(of: "\u{2011}", with: "-")
    }

    @Test(
        "exhibitor letters show the published booths by default, the working plan with draft",
        .requires(.unzip))
    func lettersShowPublishedBooths() throws {
        let (fixture, published, working) = try ExportListsTests.publishedThenMoved()
        defer { fixture.remove() }
        let letters = try Self.write(fixture, .exhibitorLetters, name: "thu.odt") {
            $0.parties = ["dv-htx-suoi-giang"]
        }
        let text = try Self.content(try #require(letters.path))
        #expect(text.contains(published.joined(separator: ", ")) && !text.contains(working[0]))
        let draft = try Self.write(fixture, .exhibitorLetters, name: "nhap.odt") {
            $0.parties = ["dv-htx-suoi-giang"]
            $0.draft = true
        }
        #expect(try Self.content(try #require(draft.path)).contains(working.joined(separator: ", ")))
    }

    @Test("a change notice goes to the party moved since the booth plan was published", .requires(.unzip))
    func notices() throws {
        let (fixture, published, working) = try ExportListsTests.publishedThenMoved()
        defer { fixture.remove() }
        let written = try Self.write(fixture, .notices, name: "thong-bao.odt")
        let text = try Self.content(try #require(written.path))
        #expect(text.contains("THÔNG BÁO THAY ĐỔI"))
        #expect(text.contains(published[0]) && text.contains(working[0]))
        // Booth codes never break at their hyphen (QA 40).
        let raw = try Self.content(try #require(written.path), raw: true)
        #expect(
            published[0].contains("-")
                && raw.contains(published[0].replacingOccurrences(of: "-", with: "\u{2011}")))
    }

    @Test(
        "once the move is published, notices print the change just published; --from and --to pick versions",
        .requires(.unzip))
    func noticesForPublishedVersions() throws {
        let (fixture, published, working) = try ExportListsTests.publishedThenMoved()
        defer { fixture.remove() }
        let store = try fixture.store()
        _ = try store.publishBoothPlan(at: WorkflowFixture.now)
        try store.close()
        let latest = try Self.write(fixture, .notices, name: "moi-cong-bo.odt")
        let text = try Self.content(try #require(latest.path, "\(String(describing: latest.nothingWritten))"))
        #expect(text.contains(published[0]) && text.contains(working[0]))
        let chosen = try Self.write(fixture, .notices, name: "tu-1-den-2.odt") {
            $0.from = 1
            $0.to = 2
        }
        #expect(try Self.content(try #require(chosen.path)).contains(working[0]))
        let same = try Self.write(fixture, .notices, name: "tu-2-den-2.odt") {
            $0.from = 2
            $0.to = 2
        }
        #expect(same.nothingWritten == .nothingToWrite(.notices))
        #expect(throws: DocumentsError.versionsOutOfOrder(from: 2, to: 1)) {
            try Self.write(fixture, .notices, name: "tu-2-den-1.odt") {
                $0.from = 2
                $0.to = 1
            }
        }
        #expect(throws: DocumentsError.optionNotTaken(option: "--from", .badges)) {
            try Self.write(fixture, .badges, name: "the.odt") { $0.from = 1 }
        }
    }

    @Test(
        "right after the first publication, notices print the booths just published (QA 39)",
        .requires(.unzip))
    func noticesOfFirstPublication() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let codes = try ExportListsTests.booths(fixture)
        let store = try fixture.store()
        _ = try store.saveBoothPlan(
            codes.prefix(2).map { BoothAssignment(booth: $0, party: "dv-htx-suoi-giang") },
            publishing: (note: nil, at: WorkflowFixture.now))
        try store.close()
        let written = try Self.write(fixture, .notices, name: "lan-dau.odt")
        let text = try Self.content(
            try #require(written.path, "\(String(describing: written.nothingWritten))"))
        #expect(text.contains(codes[0]))
    }

    @Test("--from or --to naming a version never published names the option and the versions there are")
    func unpublishedVersions() throws {
        let (fixture, _, _) = try ExportListsTests.publishedThenMoved()
        defer { fixture.remove() }
        #expect(
            throws: DocumentsError.unpublishedVersion(
                option: "--from", .boothPlan, number: 999, published: 1...1)
        ) {
            try Self.write(fixture, .notices, name: "x.odt") { $0.from = 999 }
        }
        #expect(
            throws: DocumentsError.unpublishedVersion(option: "--to", .boothPlan, number: 5, published: 1...1)
        ) {
            try Self.write(fixture, .notices, name: "x.odt") { $0.to = 5 }
        }
        let message = DocumentsError.unpublishedVersion(
            option: "--from", .boothPlan, number: 999, published: 1...2
        ).text(.english)
        #expect(message.contains("--from 999") && message.contains("1–2"), "\(message)")
    }

    @Test("a plan with nothing for the paper writes no file and says why")
    func nothingToWrite() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        for kind in [DocumentKind.invitations, .badges, .fascia, .exhibitorLetters, .notices] {
            let written = try Self.write(fixture, kind, name: "\(kind.rawValue).odt")
            #expect(written.path == nil)
            #expect(written.nothingWritten == .nothingToWrite(kind))
            #expect(
                !FileManager.default.fileExists(
                    atPath: fixture.folder.appendingPathComponent("\(kind.rawValue).odt").path))
        }
        #expect(try Self.write(fixture, .lists, name: "ds.odt").path != nil)
    }

    @Test("options that do not fit the paper, unknown lists and notices from a sample are refused")
    func refusals() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        #expect(throws: DocumentsError.optionNotTaken(option: "--party", .invitations)) {
            try Self.write(fixture, .invitations, name: "x.odt") { $0.parties = ["x"] }
        }
        #expect(throws: DocumentsError.optionNotTaken(option: "--organisation", .exhibitorLetters)) {
            try Self.write(fixture, .exhibitorLetters, name: "x.odt") { $0.organisation = "x" }
        }
        #expect(throws: DocumentsError.optionNotTaken(option: "--list", .badges)) {
            try Self.write(fixture, .badges, name: "x.odt") { $0.list = "attendees" }
        }
        #expect(throws: DocumentsError.unknownList("summary")) {
            try Self.write(fixture, .lists, name: "x.odt") { $0.list = "summary" }
        }
        // An ODT named .pdf is refused before anything is written.
        #expect(throws: DocumentsError.extensionOfAnotherFormat(.odt, written: "pdf")) {
            try Self.write(fixture, .badges, name: "the.pdf")
        }
        #expect(
            !FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("the.pdf").path))
        var input = WriteDocuments.Input(kind: .notices)
        input.output = fixture.folder.appendingPathComponent("x.odt").path
        #expect(throws: DocumentsError.noticesNeedPlanFile) {
            try WriteDocuments(source: PlanSource(sample: .fair, folder: fixture.folder.path))
                .run(input, now: WorkflowFixture.now, version: "test")
        }
        #expect(!FileManager.default.fileExists(atPath: input.output ?? ""))
    }

    @Test("without LibreOffice on PATH, PDF is refused with how to install it")
    func pdfWithoutLibreOffice() {
        #expect(throws: DocumentsError.libreOfficeMissing) {
            try PDFConversion(environment: ["PATH": "/nonexistent"])
        }
    }

    @Test(
        "PDF through LibreOffice: one invitation page per delegate", .requires(.libreOfficeWriter, .pdfinfo))
    func pdf() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "papers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var input = WriteDocuments.Input(kind: .invitations)
        input.format = .pdf
        input.output = folder.appendingPathComponent("giay-moi.pdf").path
        input.point = "Điểm cầu Cà Mau"
        let written = try WriteDocuments(source: PlanSource(sample: .briefing, folder: folder.path))
            .run(input, now: WorkflowFixture.now, version: "test")
        let plan = SamplePlan.briefing.plan
        let point = try #require(plan.connectionPoints.first { $0.name == "Điểm cầu Cà Mau" })
        let expected = plan.attendances.filter { $0.place == .connectionPoint(point.id) }.count
        let info = try ExternalTool.pdfinfo.run([try #require(written.path)])
        #expect(
            String(decoding: info.standardOutput, as: UTF8.self).contains("Pages:           \(expected)\n"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["giay-moi.pdf"], "the conversion's private folder is removed")
    }
}
