import Foundation
import Planning
import Store
import Testing
import Workflow

@Suite("Workflow: removing registered entities")
struct RemoveTests {
    @Test("a party registered twice by mistake is removed, the first one kept")
    func partyRegisteredTwice() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        let first = try fixture.party("HTX Tân Hòa", organisation: "5300100001")
        let second = try fixture.party("HTX Tân Hòa", organisation: "5300100001")
        #expect(second.id == first.id + "-2")
        let removal = try RemoveEntity(store: fixture.store()).run(
            RemoveEntity.Input(kind: .party, subject: second.id), context: WorkflowFixture.context)
        #expect(removal.target == EntityLabel(kind: .party, id: second.id, name: "HTX Tân Hòa"))
        #expect(removal.removed.count == 1)
        let plan = try fixture.plan()
        #expect(plan.parties.map(\.id.rawValue) == [first.id])
        #expect(plan.boothRequests.map(\.party.rawValue) == [first.id])
    }

    @Test("an organisation with products, a party and a representative is refused, listing them")
    func refusedWithDependents() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let organisation = try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        let product = try fixture.product("Gạo Séng Cù Tân Hòa", owner: "5300100001")
        let party = try fixture.party("HTX Tân Hòa", organisation: "5300100001")
        let person = try fixture.person("Lò Thị Mai", organisation: "5300100001")
        let before = try fixture.plan()
        let input = RemoveEntity.Input(kind: .organisation, subject: "5300100001")
        #expect {
            try RemoveEntity(store: fixture.store()).run(input, context: WorkflowFixture.context)
        } throws: { error in
            guard case .editing(.dependentsExist(let target, let dependents)) = error as? WorkflowError else {
                return false
            }
            let listed = Set(
                dependents.map { "\($0.entity.kind.rawValue):\($0.entity.id):\($0.reason.rawValue)" })
            return target.id == organisation.id
                && listed == [
                    "product:\(product.id):owned-product", "party:\(party.id):exhibitor",
                    "person:\(person.id):representative",
                ]
        }
        #expect(try fixture.plan() == before)
    }

    @Test("--cascade removes the dependents and says what went, by kind with names")
    func cascade() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let organisation = try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        let product = try fixture.product("Gạo Séng Cù Tân Hòa", owner: "5300100001")
        let party = try fixture.party("HTX Tân Hòa", organisation: "5300100001")
        let person = try fixture.person("Lò Thị Mai", organisation: "5300100001")
        var input = RemoveEntity.Input(kind: .organisation, subject: "Hợp tác xã Nông nghiệp Tân Hòa")
        input.cascade = true
        let preview = try RemoveEntity(store: fixture.store()).preview(input)
        #expect(try fixture.plan().organisations.count == 1)
        let removal = try RemoveEntity(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(removal == preview)
        #expect(removal.target.id == organisation.id)
        #expect(
            removal.alsoRemoved(.product) == [
                EntityLabel(kind: .product, id: product.id, name: "Gạo Séng Cù Tân Hòa")
            ])
        #expect(removal.alsoRemoved(.party) == [EntityLabel(kind: .party, id: party.id, name: "HTX Tân Hòa")])
        #expect(
            removal.alsoRemoved(.person) == [EntityLabel(kind: .person, id: person.id, name: "Lò Thị Mai")])
        #expect(removal.alsoRemovedKinds == [.product, .person, .party])
        let plan = try fixture.plan()
        #expect(plan.organisations.isEmpty && plan.products.isEmpty && plan.parties.isEmpty)
        #expect(plan.people.isEmpty && plan.attendances.isEmpty && plan.boothRequests.isEmpty)
        #expect(try fixture.store().checkIntegrity())
    }

    @Test("an organisation sharing an alliance's booths is dropped from the alliance, which stays")
    func cascadeDetaches() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        let stray = try fixture.organisation("Hợp tác xã Thử Nghiệm", code: "5300100009")
        try fixture.product("Gạo thử", owner: "5300100009")
        var alliance = RegisterParty.Input(name: "Liên minh HTX tỉnh Lào Cai", booths: 2)
        alliance.province = "Lào Cai"
        alliance.share = ["5300100001", "5300100009"]
        let party = try RegisterParty(store: fixture.store()).run(alliance, context: WorkflowFixture.context)
        var input = RemoveEntity.Input(kind: .organisation, subject: stray.id)
        #expect(throws: WorkflowError.self) {
            try RemoveEntity(store: fixture.store()).run(input, context: WorkflowFixture.context)
        }
        input.cascade = true
        let removal = try RemoveEntity(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(removal.alsoRemovedKinds == [.product])
        #expect(
            Set(removal.detached.map(\.reason)) == [.sharesBooths, .showsProduct]
                && removal.detached.allSatisfy { $0.entity.id == party.id })
        let plan = try fixture.plan()
        let request = try #require(plan.boothRequests.first { $0.party.rawValue == party.id })
        #expect(request.sharingOrganisations.map(\.rawValue) == ["tc-hop-tac-xa-nong-nghiep-tan-hoa"])
        #expect(request.products.isEmpty)
        #expect(plan.parties.count == 1)
    }

    @Test("a person chairing a session is refused; --cascade keeps the session without them")
    func personInSession() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let person = try fixture.person("Nguyễn Văn An")
        var register = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        register.chair = "Nguyễn Văn An"
        let session = try RegisterSession(store: fixture.store()).run(
            register, context: WorkflowFixture.context)
        var input = RemoveEntity.Input(kind: .person, subject: "Nguyễn Văn An")
        #expect {
            try RemoveEntity(store: fixture.store()).run(input, context: WorkflowFixture.context)
        } throws: { error in
            guard case .editing(.dependentsExist(_, let dependents)) = error as? WorkflowError else {
                return false
            }
            return dependents.map(\.reason) == [.takesPart] && dependents.first?.entity.id == session.id
        }
        input.cascade = true
        let removal = try RemoveEntity(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(removal.removed.map(\.id) == [person.id])
        #expect(removal.detached.map(\.entity.id) == [session.id])
        let plan = try fixture.plan()
        #expect(plan.people.isEmpty)
        #expect(plan.sessions.first?.participants.isEmpty == true)
    }

    @Test("a removed entity's findings leave the report")
    func findingsLeaveTheReport() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        // Registered again by mistake, without its code: a possible duplicate (a registration
        // code is never written twice).
        let duplicate = RegisterOrganisation.Input(name: "Hợp tác xã Chè Suối Giàng", province: "Lào Cai")
        let stray = try RegisterOrganisation(store: fixture.store()).run(
            duplicate, context: WorkflowFixture.context)
        let before = try ReportPlan(store: fixture.store()).run().summary.findings
        #expect(before.contains { $0.code == .possibleDuplicateOrganisation })
        #expect(before.contains { $0.subject.id == stray.id || $0.related.contains { $0.id == stray.id } })
        _ = try RemoveEntity(store: fixture.store()).run(
            RemoveEntity.Input(kind: .organisation, subject: stray.id), context: WorkflowFixture.context)
        let after = try ReportPlan(store: fixture.store()).run().summary.findings
        #expect(!after.contains { $0.code == .possibleDuplicateOrganisation })
        #expect(!after.contains { $0.subject.id == stray.id || $0.related.contains { $0.id == stray.id } })
    }

    @Test("a removal is one journal entry, and undoing it brings everything back exactly")
    func journaled() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        try fixture.product("Gạo Séng Cù Tân Hòa", owner: "5300100001")
        try fixture.party("HTX Tân Hòa", organisation: "5300100001")
        try fixture.person("Lò Thị Mai", organisation: "5300100001")
        let store = try fixture.store()
        let dump = try store.contentDump()
        let done = try store.journalTally().done
        var input = RemoveEntity.Input(kind: .organisation, subject: "5300100001")
        _ = try? RemoveEntity(store: store).run(input, context: WorkflowFixture.context)
        #expect(try store.journalTally().done == done)
        input.cascade = true
        _ = try RemoveEntity(store: store).run(input, context: WorkflowFixture.context)
        #expect(try store.journalTally().done == done + 1)
        let entry = try #require(try store.journal(limit: 1).first)
        #expect(entry.note.command == "remove organisation")
        #expect(entry.note.subject == "Hợp tác xã Nông nghiệp Tân Hòa")
        #expect(entry.note.user == WorkflowFixture.context.user)
        try store.undo()
        #expect(try store.contentDump() == dump)
    }

    @Test("rooms, clusters and product sets are not removed by hand")
    func notRemovable() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        #expect(throws: WorkflowError.editing(.notRemovable(.room))) {
            try RemoveEntity(store: fixture.store()).preview(
                RemoveEntity.Input(kind: .room, subject: "Hội trường"))
        }
    }
}
