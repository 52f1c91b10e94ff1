import Foundation
import Planning
import TestSupport
import Testing

@testable import Interchange

/// Papers converted with LibreOffice to PDF, their pages counted with `pdfinfo`.
@Suite("Papers as PDF", .serialized, .requires(.libreOfficeWriter, .pdfinfo))
struct DocumentsConversionTests {
    @Test("one invitation page per delegate")
    func invitations() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = SampleData.hybridBriefing()
        let path = try DocumentsChecks.write(
            try PlanPapers(plan: plan, settings: DocumentsChecks.settings()).invitations(), "giay-moi.odt",
            in: folder)
        let delegates = plan.attendances.filter { $0.event == plan.event.id }.count
        #expect(try DocumentsChecks.pages(DocumentsChecks.pdf(path)) == delegates)
    }

    @Test("badges: eight to an A4 page")
    func badges() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = SampleData.hybridBriefing()
        let path = try DocumentsChecks.write(
            try PlanPapers(plan: plan, settings: DocumentsChecks.settings()).badges(), "the.odt", in: folder)
        let delegates = plan.attendances.filter { $0.event == plan.event.id }.count
        #expect(try DocumentsChecks.pages(DocumentsChecks.pdf(path)) == (delegates + 7) / 8)
    }

    @Test("a badge's QR code decodes to the registration id", .requires(.pdftoppm, .zbar))
    func badgeQRCodeDecodes() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var plan = SampleData.hybridBriefing()
        plan.attendances = Array(plan.attendances.prefix(1))
        let path = try DocumentsChecks.write(
            try PlanPapers(plan: plan, settings: DocumentsChecks.settings()).badges(), "one.odt", in: folder)
        let pdf = try DocumentsChecks.pdf(path)
        let stem = folder.appendingPathComponent("page").path
        let rendered = try ExternalTool.pdftoppm.run(["-r", "200", "-png", "-singlefile", pdf, stem])
        #expect(rendered.status == 0, "\(rendered.standardError)")
        let decoded = try ExternalTool.zbar.run(["--raw", "-q", stem + ".png"])
        let text = String(decoding: decoded.standardOutput, as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(text == plan.attendances[0].person.rawValue)
    }

    @Test("fascia boards: one landscape page per booth; lists convert")
    func fasciaAndLists() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let papers = PlanPapers(
            plan: DocumentsChecks.fairWithBooths(parties: 3), settings: DocumentsChecks.settings())
        let fascia = try DocumentsChecks.pdf(
            try DocumentsChecks.write(try papers.fasciaBoards(), "fascia.odt", in: folder))
        #expect(try DocumentsChecks.pages(fascia) == 3)
        let lists = try DocumentsChecks.pdf(
            try DocumentsChecks.write(papers.lists(PlanPapers.officialLists), "lists.odt", in: folder))
        #expect(try DocumentsChecks.pages(lists) ?? 0 >= 4)
    }

    @Test(
        "an exhibitor's letter prints its plan excerpt: the hall's other booths appear in the PDF",
        .requires(.pdftotext))
    func exhibitorLetterPlan() throws {
        let folder = try DocumentsChecks.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = DocumentsChecks.fairWithBooths(parties: 1)
        let party = plan.boothAssignments[0].party
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let pdf = try DocumentsChecks.pdf(
            try DocumentsChecks.write(try papers.exhibitorLetters(parties: [party]), "thu.odt", in: folder))
        #expect(try DocumentsChecks.pages(pdf) ?? 0 <= 2)
        let result = try ExternalTool.pdftotext.run([pdf, "-"])
        let text = String(decoding: result.standardOutput, as: UTF8.self)
        let own = Set(plan.boothAssignments.map(\.booth))
        let venue = try #require(plan.venue)
        let hall = try #require(venue.booths.first { own.contains($0.code) }?.hall)
        let others = venue.booths.filter { $0.hall == hall && !own.contains($0.code) }.map(\.code)
        let drawn = others.filter { code in
            text.range(of: "\\b\(code)\\b", options: .regularExpression) != nil
        }
        #expect(drawn.count * 2 >= others.count, "only \(drawn.count) of \(others.count) booth codes drawn")
    }
}
