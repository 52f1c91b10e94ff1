import Foundation
import LibXML
import Planning
import Sheets
import TestSupport
import Testing

@testable import Interchange

@Suite("ODT writer")
struct DocumentsODTWriterTests {
    /// A one-page document with a paragraph of `text`.
    static func document(_ text: String, style: String = PaperLayout.Style.body) -> TextDocument {
        PlanPapers(plan: SampleData.hybridBriefing(), settings: DocumentsChecks.settings())
            .document("Thử", body: [.paragraph(DocumentParagraph(style, text: text))])
    }

    @Test("the package starts with the stored mimetype and is the same byte for byte every time")
    func packageShape() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try DocumentsChecks.write(Self.document("Xin chào"), "a.odt", in: folder)
        let second = try DocumentsChecks.write(Self.document("Xin chào"), "b.odt", in: folder)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(bytes.prefix(4) == Data([0x50, 0x4b, 0x03, 0x04]))
        #expect(bytes[8] == 0 && bytes[9] == 0, "mimetype is stored")
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(
            String(decoding: bytes[38..<(38 + ODTWriter.mediaType.utf8.count)], as: UTF8.self)
                == ODTWriter.mediaType)
        #expect(try Data(contentsOf: URL(fileURLWithPath: second)) == bytes)
    }

    @Test("spaces, tabs and line ends are kept; text is written in NFC", .requires(.unzip))
    func whiteSpaceAndNFC() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let decomposed = "Hoa\u{300}"  // «Hoà» decomposed
        let path = try DocumentsChecks.write(Self.document("a   b\tc\nd " + decomposed), "t.odt", in: folder)
        let content = try DocumentsChecks.entry(path, "content.xml")
        #expect(content.contains("a <text:s text:c=\"2\"/>b<text:tab/>c<text:line-break/>d Hoà"))
        #expect(content.contains("Ho\u{E0}"))
    }

    @Test("a style the document does not define is refused and nothing is written")
    func missingStyle() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("x.odt").path
        #expect(throws: DocumentsError.missingStyle(.paragraph, name: "Nowhere")) {
            try ODTWriter.write(Self.document("x", style: "Nowhere"), to: path)
        }
        var document = Self.document("x")
        document.body.append(
            .paragraph(DocumentParagraph(PaperLayout.Style.body, [.image("qr9", width: 10, height: 10)])))
        #expect(throws: DocumentsError.missingStyle(.image, name: "qr9")) {
            try ODTWriter.write(document, to: path)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("content and styles pass the ODF 1.3 schema in libxml2 too (no outside tool)")
    func libxml2Validation() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let papers = PlanPapers(plan: SampleData.hybridBriefing(), settings: DocumentsChecks.settings())
        let path = try DocumentsChecks.write(try papers.badges(), "the.odt", in: folder)
        let schema = try RelaxNGSchema(contentsOfFile: TestSchemas.odf13.path)
        let zip = try ZipReader(path: path)
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            let entry = try #require(zip.entry(named: part))
            let bytes = try zip.contents(of: entry, maximumSize: 16 * 1024 * 1024)
            let problems = schema.validate(try XMLDocument(data: Data(bytes), sourceName: part))
            #expect(problems.isEmpty, "\(part): \(problems)")
        }
        #expect(zip.entry(named: "Pictures/qr1.png") != nil)
    }

    @Test("every kind of paper passes the ODF 1.3 schemas (Jing)", .requires(.jing, .unzip))
    func everyPaperIsValid() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fair = PlanPapers(plan: DocumentsChecks.fairWithBooths(), settings: DocumentsChecks.settings())
        let briefing = PlanPapers(
            plan: SampleData.hybridBriefing(), settings: DocumentsChecks.settings(.english))
        let moved = DocumentsChecks.swappedBooths(fair.plan)
        let documents: [(String, TextDocument)] = [
            ("lists", fair.lists(PlanPapers.officialLists)),
            ("briefing-lists", briefing.lists(PlanPapers.officialLists)),
            ("invitations", try briefing.invitations()),
            ("letters", try fair.exhibitorLetters()),
            ("fascia", try fair.fasciaBoards()),
            ("notices", try fair.boothNotices(moved)),
            ("badges", try briefing.badges()),
        ]
        for (name, document) in documents {
            let path = try DocumentsChecks.write(document, name + ".odt", in: folder)
            #expect(try DocumentsChecks.schemaProblems(path) == [], "\(name)")
        }
    }
}
