import Foundation
import Planning
import Store
import Testing
import Workflow

@Suite("Workflow: a product registered after its party")
struct RegisterProductTests {
    /// Registers a product of `owner` and returns the registration.
    @discardableResult
    func product(_ name: String, owner: String, _ fixture: WorkflowFixture) throws -> Registration {
        try RegisterProduct(store: fixture.store()).run(
            RegisterProduct.Input(name: name, owner: owner), context: WorkflowFixture.context)
    }

    /// The products the party's booth request shows.
    func shown(by party: String, _ fixture: WorkflowFixture) throws -> [String] {
        let plan = try fixture.store().loadPlan()
        return plan.boothRequests.first { $0.party.rawValue == party }?.products.map(\.rawValue) ?? []
    }

    @Test("a party that named no products shows a product its organisation registers later")
    func laterProductShown() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        let party = try fixture.party("HTX Suối Giàng", organisation: "5300100002", booths: 2)
        let first = try product("Chè Shan tuyết Suối Giàng", owner: "5300100002", fixture)
        #expect(first.shownBy == ["HTX Suối Giàng"])
        let second = try product("Chè búp tím Suối Giàng", owner: "5300100002", fixture)
        #expect(try shown(by: party.id, fixture) == [first.id, second.id])
    }

    @Test("a party that chose some of its organisation's products keeps its choice")
    func chosenProductsKept() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        let first = try product("Chè Shan tuyết Suối Giàng", owner: "5300100002", fixture)
        try product("Chè xanh Suối Giàng", owner: "5300100002", fixture)
        var input = RegisterParty.Input(name: "HTX Suối Giàng", booths: 1)
        input.organisation = "5300100002"
        input.products = [first.id]
        let party = try RegisterParty(store: fixture.store()).run(input, context: WorkflowFixture.context)
        let third = try product("Chè búp tím Suối Giàng", owner: "5300100002", fixture)
        #expect(third.shownBy.isEmpty)
        #expect(try shown(by: party.id, fixture) == [first.id])
    }

    @Test("a party that chose every product its organisation then had keeps its choice")
    func choiceOfEveryProductKept() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Bình Minh", code: "0101234575")
        let first = try product("Chè Bình Minh 1", owner: "0101234575", fixture)
        var input = RegisterParty.Input(name: "HTX Chè Bình Minh", booths: 1)
        input.organisation = "0101234575"
        input.products = ["Chè Bình Minh 1"]
        let party = try RegisterParty(store: fixture.store()).run(input, context: WorkflowFixture.context)
        let second = try product("Chè Bình Minh 2", owner: "0101234575", fixture)
        #expect(second.shownBy.isEmpty)
        #expect(try shown(by: party.id, fixture) == [first.id])
    }

    @Test("--products naming nothing is read as no choice: every product is shown (QA 40)")
    func emptyChoice() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Bình Minh", code: "0101234575")
        var input = RegisterParty.Input(name: "HTX Chè Bình Minh", booths: 1)
        input.organisation = "0101234575"
        input.products = [" "]
        let party = try RegisterParty(store: fixture.store()).run(input, context: WorkflowFixture.context)
        let later = try product("Chè Bình Minh 1", owner: "0101234575", fixture)
        #expect(later.shownBy == ["HTX Chè Bình Minh"])
        #expect(try shown(by: party.id, fixture) == [later.id])
    }

    @Test("products given to edit party are a choice; clearing them shows every product again")
    func editedChoice() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Bình Minh", code: "0101234575")
        let party = try fixture.party("HTX Chè Bình Minh", organisation: "0101234575", booths: 1)
        let first = try product("Chè Bình Minh 1", owner: "0101234575", fixture)
        #expect(first.shownBy == ["HTX Chè Bình Minh"])
        var edit = EditParty.Input(subject: party.id)
        edit.products = ["Chè Bình Minh 1"]
        _ = try EditParty(store: fixture.store()).run(edit, context: WorkflowFixture.context)
        let second = try product("Chè Bình Minh 2", owner: "0101234575", fixture)
        #expect(second.shownBy.isEmpty)
        #expect(try shown(by: party.id, fixture) == [first.id])
        var clear = EditParty.Input(subject: party.id)
        clear.clear = ["products"]
        _ = try EditParty(store: fixture.store()).run(clear, context: WorkflowFixture.context)
        let third = try product("Chè Bình Minh 3", owner: "0101234575", fixture)
        #expect(third.shownBy == ["HTX Chè Bình Minh"])
        #expect(try shown(by: party.id, fixture) == [first.id, second.id, third.id])
    }

    @Test("a withdrawn party's request is left as it was and not named")
    func withdrawnPartyLeftAlone() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        let party = try fixture.party("HTX Suối Giàng", organisation: "5300100002", booths: 1)
        _ = try WithdrawRegistration(store: fixture.store()).run(party.id, context: WorkflowFixture.context)
        let later = try product("Chè búp tím Suối Giàng", owner: "5300100002", fixture)
        #expect(later.shownBy.isEmpty)
        #expect(try shown(by: party.id, fixture).isEmpty)
    }

    @Test("an import adding a product to an organisation with a booth shows it there")
    func importedProductShown() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        let party = try fixture.party("HTX Suối Giàng", organisation: "5300100002", booths: 2)
        let csv = fixture.folder.appendingPathComponent("san-pham.csv")
        try "Tên sản phẩm,Chủ thể\nChè Shan tuyết Suối Giàng,5300100002\n".write(
            to: csv, atomically: true, encoding: .utf8)
        var input = ImportRegistrations.Input(files: [csv.path])
        input.checkOnly = false
        let outcome = try ImportRegistrations(plan: fixture.planPath, folder: fixture.folder.path).run(
            input, context: WorkflowFixture.context)
        #expect(outcome.shownBy == ["HTX Suối Giàng"])
        // The summary counts what the files hold: the product, not the booth showing it (QA 40).
        #expect(outcome.summary == ImportSummary(added: [.product: 1]))
        let plan = try fixture.store().loadPlan()
        let product = try #require(plan.products.first)
        #expect(try shown(by: party.id, fixture) == [product.id.rawValue])
    }
}
