import Foundation
import Planning
import Store
import TestSupport
import Testing
import Workflow

/// Plans for the tests of the commands by hand: a fair in the provincial conference centre (rows
/// A and B of ten booths, A-01 a corner) with four confirmed parties and one pending.
enum ManualFixture {
    /// The sponsor of the story: one booth, to be pinned on the corner A-01.
    static let sponsor = "HTX Tài Trợ"

    /// The fixture: «HTX Suối Giàng» asks for 2 booths, «HTX Mận Bắc Hà», «HTX Séng Cù» and the
    /// sponsor for 1, all confirmed; «HTX Chờ Duyệt» is pending.
    static func plan() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture.make()
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        try fixture.organisation("Hợp tác xã Mận Bắc Hà", code: "5300100004")
        try fixture.organisation("Hợp tác xã Gạo Séng Cù", code: "5300100005")
        try fixture.organisation("Hợp tác xã Tài Trợ", code: "5300100006")
        try fixture.organisation("Hợp tác xã Chờ Duyệt", code: "5300100007")
        try fixture.party("HTX Suối Giàng", organisation: "5300100002", booths: 2)
        try fixture.party("HTX Mận Bắc Hà", organisation: "5300100004")
        try fixture.party("HTX Séng Cù", organisation: "5300100005")
        try fixture.party(sponsor, organisation: "5300100006")
        try fixture.party("HTX Chờ Duyệt", organisation: "5300100007")
        _ = try ConfirmRegistrations(store: fixture.store()).run(
            ["HTX Suối Giàng", "HTX Mận Bắc Hà", "HTX Séng Cù", sponsor], context: WorkflowFixture.context)
        return fixture
    }

    /// The booths of the party named `name` in the plan file, sorted.
    static func booths(of name: String, in fixture: WorkflowFixture) throws -> [String] {
        let store = try fixture.store()
        let party = try #require(try store.parties().first { $0.name == name })
        return try store.boothAssignments().filter { $0.party == party.id }.map(\.booth).sorted()
    }

    /// The stored status of the party named `name`.
    static func status(of name: String, in fixture: WorkflowFixture) throws -> RegistrationStatus? {
        try fixture.store().parties().first { $0.name == name }?.registrationStatus
    }

    /// Gives booths by hand.
    @discardableResult
    static func assign(
        _ party: String, _ booths: [String], in fixture: WorkflowFixture, force: Bool = false
    ) throws -> BoothPlanEdit {
        var input = AssignBooths.Input(party: party, booths: booths)
        input.force = force
        return try AssignBooths(store: fixture.store()).run(input, context: WorkflowFixture.context)
    }

    /// Writes a CSV file in the fixture's folder and returns its path.
    static func csv(_ name: String, _ text: String, in fixture: WorkflowFixture) throws -> String {
        let url = fixture.folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The manual error a use case threw, if any.
    static func manualError(_ error: any Error) -> ManualError? {
        guard case .manual(let manual) = error as? WorkflowError else { return nil }
        return manual
    }
}
