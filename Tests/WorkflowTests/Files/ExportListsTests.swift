import Foundation
import Interchange
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: exports show what was published, with each party's status")
struct ExportListsTests {
    /// Exports `lists` of the fixture's plan as CSV into its folder and returns what was written
    /// and the text of the first file.
    static func export(
        _ fixture: WorkflowFixture, _ lists: [ListKind], name: String, draft: Bool = false,
        status: String? = nil, language: Language = .vietnamese
    ) throws -> (written: ExportLists.Written, text: String) {
        var input = ExportLists.Input(lists: lists)
        input.format = .csv
        input.output = fixture.folder.appendingPathComponent(name).path
        input.draft = draft
        input.status = status
        input.language = language
        let written = try ExportLists(source: fixture.source).run(
            input, now: WorkflowFixture.now, version: "test")
        let path = try #require(written.paths.first)
        return (written, try String(contentsOfFile: path, encoding: .utf8))
    }

    /// The first four booths the fixture's venue lets, by code.
    static func booths(_ fixture: WorkflowFixture) throws -> [String] {
        let venue = try #require(try fixture.store().loadPlan().venue)
        return Array(venue.lettableBooths.map(\.code).sorted().prefix(4))
    }

    /// The fixture of three parties (one placed on `published`, published as version 1, then
    /// moved to `working` without publishing).
    static func publishedThenMoved() throws -> (WorkflowFixture, published: [String], working: [String]) {
        let fixture = try AllocateBoothsTests.plan()
        let codes = try booths(fixture)
        let party: Identifier<ExhibitingParty> = "dv-htx-suoi-giang"
        let store = try fixture.store()
        _ = try store.saveBoothPlan(
            codes.prefix(2).map { BoothAssignment(booth: $0, party: party) },
            publishing: (note: nil, at: WorkflowFixture.now))
        _ = try store.saveBoothPlan(codes.suffix(2).map { BoothAssignment(booth: $0, party: party) })
        return (fixture, Array(codes.prefix(2)), Array(codes.suffix(2)))
    }

    @Test(
        "by default the latest published booth plan is exported, and said; --draft exports the working plan")
    func publishedBoothPlan() throws {
        let (fixture, published, working) = try Self.publishedThenMoved()
        defer { fixture.remove() }
        let exported = try Self.export(fixture, [.exhibitors], name: "gian.csv")
        #expect(exported.text.contains(published.joined(separator: ", ")))
        #expect(!exported.text.contains(working[0]))
        #expect(exported.written.publishedVersions == [.boothPlan: 1])
        #expect(exported.written.notes == [.publishedExported(.boothPlan, version: 1)])
        let products = try Self.export(fixture, [.products, .summary], name: "sp")
        #expect(products.written.publishedVersions == [.boothPlan: 1])
        let draft = try Self.export(fixture, [.exhibitors], name: "nhap.csv", draft: true)
        #expect(draft.text.contains(working.joined(separator: ", ")))
        #expect(!draft.text.contains(published[0]))
        #expect(draft.written.notes.isEmpty && draft.written.publishedVersions.isEmpty)
    }

    @Test("with nothing published the working plan is exported and the result says so")
    func nothingPublished() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let codes = try Self.booths(fixture)
        _ = try fixture.store().saveBoothPlan([BoothAssignment(booth: codes[0], party: "dv-htx-suoi-giang")])
        let exported = try Self.export(fixture, [.exhibitors], name: "gian.csv")
        #expect(exported.text.contains(codes[0]))
        #expect(exported.written.notes == [.workingPlanExported(.boothPlan)])
        #expect(exported.written.unpublished == [.boothPlan])
        let attendees = try Self.export(fixture, [.attendees], name: "dai-bieu.csv")
        #expect(attendees.written.notes.isEmpty)
        let messages = [
            ExportsMessage.workingPlanExported(.boothPlan), .publishedExported(.programme, version: 2),
        ]
        for message in messages {
            #expect(!message.text(.vietnamese).isEmpty && message.text(.vietnamese) != message.text(.english))
        }
    }

    @Test("the published programme's rooms and starts are exported, not the working timetable")
    func publishedProgramme() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        var opening = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        opening.room = "hoi-truong"
        opening.start = "10/12/2026 08:00"
        _ = try RegisterSession(store: fixture.store()).run(opening, context: WorkflowFixture.context)
        let store = try fixture.store()
        #expect(try store.publishProgramme(at: WorkflowFixture.now) == 1)
        var moved = try #require(try store.sessions().first)
        moved.room = "phong-hop-2"
        let day = try #require(moved.start?.date)
        moved.start = LocalDateTime(date: day, time: try #require(TimeOfDay(hour: 14, minute: 30)))
        _ = try store.saveTimetable([moved])
        _ = try RegisterSession(store: fixture.store()).run(
            RegisterSession.Input(title: "Thảo luận", kind: .discussion, minutes: 30),
            context: WorkflowFixture.context)
        let exported = try Self.export(fixture, [.programme], name: "ct.csv")
        #expect(exported.written.notes == [.publishedExported(.programme, version: 1)])
        #expect(exported.text.contains("Hội trường") && !exported.text.contains("Phòng họp 2"))
        #expect(!exported.text.contains("14:30") && !exported.text.contains("Thảo luận"))
        let draft = try Self.export(fixture, [.programme], name: "ct-nhap.csv", draft: true)
        #expect(draft.text.contains("Phòng họp 2") && draft.text.contains("14:30"))
        #expect(draft.text.contains("Thảo luận"))
    }

    @Test(
        "--status keeps the exhibitors of one status, named in English or Vietnamese",
        arguments: ["withdrawn", "Withdrawn", "đã rút", "Da rut"])
    func statusFilter(status: String) throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let exported = try Self.export(
            fixture, [.exhibitors], name: "rut.csv", status: status, language: .english)
        #expect(exported.text.contains("HTX Séng Cù"))
        #expect(exported.text.contains(RegistrationStatus.withdrawn.name(.english)))
        #expect(!exported.text.contains("HTX Suối Giàng") && !exported.text.contains("HTX Mận Bắc Hà"))
    }

    @Test("every party is exported with its status; a status for lists without parties is refused")
    func statusColumnAndRefusals() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let all = try Self.export(fixture, [.exhibitors], name: "gian.csv")
        for status in [RegistrationStatus.confirmed, .pending, .withdrawn] {
            #expect(all.text.contains(status.name(.vietnamese)))
        }
        #expect(throws: WorkflowError.exports(.statusNeedsExhibitors)) {
            try Self.export(fixture, [.attendees, .programme], name: "x", status: "pending")
        }
        #expect(throws: WorkflowError.invalidValue(.status, value: "rented", expected: .registrationStatus)) {
            try Self.export(fixture, [.exhibitors], name: "y.csv", status: "rented")
        }
        let error = WorkflowError.exports(.statusNeedsExhibitors)
        #expect(error.text(.vietnamese) != error.text(.english) && !error.text(.english).isEmpty)
    }
}
