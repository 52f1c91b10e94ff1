import Foundation
import Interchange
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: frab's <version> is the published programme version")
struct ExportListsFrabTests {
    /// Exports the programme as frab XML into the fixture's folder and returns its text.
    static func frab(_ fixture: WorkflowFixture, name: String, draft: Bool = false) throws -> String {
        var input = ExportLists.Input(lists: [.programme])
        input.format = .frab
        input.output = fixture.folder.appendingPathComponent(name).path
        input.draft = draft
        let written = try ExportLists(source: fixture.source).run(
            input, now: WorkflowFixture.now, version: "9.9.9")
        return try String(contentsOfFile: try #require(written.paths.first), encoding: .utf8)
    }

    @Test("published versions are written as such; draft exports and unpublished plans say draft")
    func version() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        var opening = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        opening.room = "hoi-truong"
        opening.start = "10/12/2026 08:00"
        _ = try RegisterSession(store: fixture.store()).run(opening, context: WorkflowFixture.context)
        let draftText = InterchangeMessage.draftProgrammeVersion.text(.vietnamese)
        #expect(try Self.frab(fixture, name: "chua.xml").contains("<version>\(draftText)</version>"))
        let store = try fixture.store()
        #expect(try store.publishProgramme(at: WorkflowFixture.now) == 1)
        #expect(try store.publishProgramme(at: WorkflowFixture.now) == 2)
        let published = try Self.frab(fixture, name: "ct.xml")
        #expect(published.contains("<version>2</version>"))
        #expect(published.contains("<generator name=\"FairPlan\" version=\"9.9.9\""))
        let draft = try Self.frab(fixture, name: "nhap.xml", draft: true)
        #expect(draft.contains("<version>\(draftText)</version>"))
    }
}
