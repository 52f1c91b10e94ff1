import Foundation
import Planning
import Store
import Testing
import Workflow

@Suite("Workflow: editing registered entities")
struct EditTests {
    @Test("an organisation's fields given replace the stored ones; cleared fields are emptied")
    func organisation() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", short: "HTX Tân Hòa", code: "5300100001")
        var input = EditOrganisation.Input(subject: "HTX Tân Hòa")
        input.address = "Thôn Tân Hòa, xã Bảo Yên"
        input.members = 15
        input.clear = ["short-name"]
        let amendment = try EditOrganisation(store: fixture.store()).run(
            input, context: WorkflowFixture.context)
        #expect(amendment.id == "tc-htx-tan-hoa")
        #expect(amendment.changed == [.shortName, .address, .members])
        let stored = try #require(try fixture.store().organisation(Identifier("tc-htx-tan-hoa")))
        #expect(stored.shortName == nil)
        #expect(stored.address == "Thôn Tân Hòa, xã Bảo Yên")
        #expect(stored.memberCount == 15)
        #expect(stored.registrationCode?.description == "5300100001")
    }

    @Test(
        "a duplicate registration code brought in by an edit is refused, by the rules and, forced, by the database"
    )
    func organisationDuplicateCode() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        try fixture.organisation("Hợp tác xã Chè Tà Xùa", code: "5300100003")
        var input = EditOrganisation.Input(subject: "Hợp tác xã Chè Tà Xùa")
        input.code = "5300100002"
        #expect {
            try EditOrganisation(store: fixture.store()).run(input, context: WorkflowFixture.context)
        } throws: { error in
            guard case .refusedByValidation(.organisation, _, let findings) = error as? WorkflowError else {
                return false
            }
            return findings.contains { $0.code == .duplicateRegistrationCode }
        }
        #expect(
            try fixture.plan().organisations.first { $0.name == "Hợp tác xã Chè Tà Xùa" }?.registrationCode?
                .description == "5300100003")
        // Forced, the database still refuses a code that is another organisation's.
        input.force = true
        #expect(
            throws: StoreError.registrationCodeTaken(
                code: "5300100002", organisation: "tc-hop-tac-xa-che-suoi-giang")
        ) {
            try EditOrganisation(store: fixture.store()).run(input, context: WorkflowFixture.context)
        }
        var address = EditOrganisation.Input(subject: "Hợp tác xã Chè Tà Xùa")
        address.address = "Xã Tà Xùa"
        let later = try EditOrganisation(store: fixture.store()).run(
            address, context: WorkflowFixture.context)
        #expect(later.introducedErrors == 0)
    }

    @Test("an identifier cannot change, an edit must change something, only optional fields clear")
    func refusals() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Mận Bắc Hà", code: "5300100004")
        let store = try fixture.store()
        var rename = EditOrganisation.Input(subject: "Hợp tác xã Mận Bắc Hà")
        rename.id = "tc-man-bac-ha"
        #expect(
            throws: WorkflowError.editing(
                .identifierCannotChange(.organisation, id: "tc-hop-tac-xa-man-bac-ha", asked: "tc-man-bac-ha")
            )
        ) {
            try EditOrganisation(store: store).run(rename, context: WorkflowFixture.context)
        }
        var same = EditOrganisation.Input(subject: "tc-hop-tac-xa-man-bac-ha")
        same.code = "5300100004"
        same.id = "tc-hop-tac-xa-man-bac-ha"
        #expect(
            throws: WorkflowError.editing(
                .nothingToChange(.organisation, name: "Hợp tác xã Mận Bắc Hà", id: "tc-hop-tac-xa-man-bac-ha")
            )
        ) {
            try EditOrganisation(store: store).run(same, context: WorkflowFixture.context)
        }
        var clearName = EditOrganisation.Input(subject: "Hợp tác xã Mận Bắc Hà")
        clearName.clear = ["name"]
        #expect(
            throws: WorkflowError.editing(
                .cannotClear(.organisation, written: "name", clearable: EditOrganisation.clearable))
        ) {
            try EditOrganisation(store: store).run(clearName, context: WorkflowFixture.context)
        }
        var both = EditOrganisation.Input(subject: "Hợp tác xã Mận Bắc Hà")
        both.address = "Bắc Hà"
        both.clear = ["--address"]
        #expect(throws: WorkflowError.editing(.setAndCleared(.address))) {
            try EditOrganisation(store: store).run(both, context: WorkflowFixture.context)
        }
    }

    @Test("a certificate edit that makes it expire before the fair is refused unless forced")
    func productCertificate() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        let product = try fixture.product("Gạo Séng Cù Tân Hòa", owner: "5300100001")
        var input = EditProduct.Input(subject: "Gạo Séng Cù Tân Hòa")
        input.decisionDate = "01/01/2023"
        #expect {
            try EditProduct(store: fixture.store()).run(input, context: WorkflowFixture.context)
        } throws: { error in
            guard case .refusedByValidation(.product, _, let findings) = error as? WorkflowError else {
                return false
            }
            return findings.contains { $0.code == .certificateExpired }
        }
        #expect(
            try fixture.store().product(Identifier(product.id))?.recognition?.decisionDate
                == CalendarDate(year: 2025, month: 3, day: 15))
        input.force = true
        let forced = try EditProduct(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(forced.changed == [.decisionDate])
        #expect(forced.findings.contains { $0.code == .certificateExpired })
        // renewed: a new decision and date make it valid again
        var renewed = EditProduct.Input(subject: product.id)
        renewed.decision = "88/QĐ-UBND"
        renewed.decisionDate = "20/06/2026"
        renewed.stars = 5
        renewed.coldChain = true
        let valid = try EditProduct(store: fixture.store()).run(renewed, context: WorkflowFixture.context)
        #expect(valid.changed == [.stars, .decision, .decisionDate, .coldChain])
        #expect(!valid.findings.contains { $0.code == .certificateExpired })
        var dropped = EditProduct.Input(subject: product.id)
        dropped.clear = ["stars"]
        _ = try EditProduct(store: fixture.store()).run(dropped, context: WorkflowFixture.context)
        #expect(try fixture.store().product(Identifier(product.id))?.recognition == nil)
    }

    @Test("an edit is one journal entry; a refused edit records nothing; undo restores the stored values")
    func journaled() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        try fixture.party("HTX Tân Hòa", organisation: "5300100001")
        let store = try fixture.store()
        let dump = try store.contentDump()
        let done = try store.journalTally().done
        var refused = EditParty.Input(subject: "HTX Tân Hòa")
        refused.booths = 0
        #expect(throws: WorkflowError.self) {
            try EditParty(store: store).run(refused, context: WorkflowFixture.context)
        }
        var input = EditParty.Input(subject: "HTX Tân Hòa")
        input.booths = 3
        input.notes = "Cần góc"
        _ = try EditParty(store: store).run(input, context: WorkflowFixture.context)
        #expect(try store.journalTally().done == done + 1)
        #expect(try store.journal(limit: 1).first?.note.command == "edit party")
        try store.undo()
        #expect(try store.contentDump() == dump)
    }

    @Test("a person's details and attendance are edited together; a unit replaces the organisation")
    func person() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        let person = try fixture.person("Lò Thị Mai", organisation: "5300100001")
        var input = EditPerson.Input(subject: "Lò Thị Mai")
        input.unit = "UBND xã Bảo Hà"
        input.role = .guest
        input.phone = "0912345678"
        let amendment = try EditPerson(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(amendment.changed == [.organisation, .unit, .phone, .role])
        let plan = try fixture.plan()
        let stored = try #require(plan.person(Identifier(person.id)))
        #expect(stored.organisation == nil)
        #expect(stored.unit == "UBND xã Bảo Hà")
        #expect(plan.attendances.first { $0.person == stored.id }?.role == .guest)
        #expect(plan.attendances.count == 1)
    }

    @Test("a party's booth request is edited with it; status and registration time are kept")
    func party() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        try fixture.product("Chè Shan tuyết Suối Giàng", owner: "5300100002")
        let early = LocalDateTime(
            date: CalendarDate(year: 2026, month: 11, day: 2)!, time: TimeOfDay(hour: 9, minute: 0)!)
        let party = try fixture.party("HTX Tân Hòa", organisation: "5300100001", at: early)
        var input = EditParty.Input(subject: "HTX Tân Hòa")
        input.booths = 2
        input.services = ["water"]
        input.priority = 3
        input.share = ["5300100002"]
        let amendment = try EditParty(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(amendment.changed == [.booths, .share, .services, .priority])
        let plan = try fixture.plan()
        let stored = try #require(plan.party(Identifier(party.id)))
        #expect(stored.registrationStatus == .pending)
        #expect(stored.registeredAt == early)
        #expect(stored.priority == 3)
        let request = try #require(plan.boothRequests.first { $0.party == stored.id })
        #expect(request.boothsWanted == 2)
        #expect(request.servicesNeeded == [.water])
        #expect(
            request.sharingOrganisations.map(\.rawValue)
                == ["tc-hop-tac-xa-nong-nghiep-tan-hoa", "tc-hop-tac-xa-che-suoi-giang"])
        #expect(request.products.count == 1)
    }

    @Test("a new sharer's products join a party showing every product, not a list it chose")
    func shareKeepsChosenList() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Nông nghiệp Tân Hòa", code: "5300100001")
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        try fixture.product("Gạo thơm Tân Hòa", owner: "5300100001")
        try fixture.product("Mật ong Tân Hòa", owner: "5300100001")
        try fixture.product("Chè Shan tuyết Suối Giàng", owner: "5300100002")
        _ = try fixture.party("HTX Tân Hòa", organisation: "5300100001")
        var choose = EditParty.Input(subject: "HTX Tân Hòa")
        choose.products = ["Gạo thơm Tân Hòa"]
        _ = try EditParty(store: fixture.store()).run(choose, context: WorkflowFixture.context)
        var share = EditParty.Input(subject: "HTX Tân Hòa")
        share.share = ["5300100002"]
        let amendment = try EditParty(store: fixture.store()).run(share, context: WorkflowFixture.context)
        #expect(amendment.changed == [.share])
        let plan = try fixture.plan()
        let request = try #require(plan.boothRequests.first)
        #expect(
            request.products.compactMap { id in plan.products.first { $0.id == id }?.name } == [
                "Gạo thơm Tân Hòa"
            ])
        #expect(!request.showsEveryProduct)
        // An organisation leaving takes its products off the chosen list: said by name, and only
        // --share is named as typed (QA 43 #5).
        var chooseBoth = EditParty.Input(subject: "HTX Tân Hòa")
        chooseBoth.products = ["Gạo thơm Tân Hòa", "Chè Shan tuyết Suối Giàng"]
        _ = try EditParty(store: fixture.store()).run(chooseBoth, context: WorkflowFixture.context)
        var leave = EditParty.Input(subject: "HTX Tân Hòa")
        leave.clear = ["share"]
        let left = try EditParty(store: fixture.store()).run(leave, context: WorkflowFixture.context)
        #expect(left.changed == [.share])
        #expect(left.productsLeaving == ["Chè Shan tuyết Suối Giàng"])
        // The party now another organisation's: its chosen list, left empty, shows every product
        // of the organisation instead (review 43).
        var move = EditParty.Input(subject: "HTX Tân Hòa")
        move.organisation = "5300100002"
        _ = try EditParty(store: fixture.store()).run(move, context: WorkflowFixture.context)
        let moved = try #require(try fixture.plan().boothRequests.first)
        #expect(moved.showsEveryProduct)
        #expect(moved.products.count == 1)
    }

    @Test("a connection point's capacity, hours and technician are edited")
    func point() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        var register = RegisterPoint.Input(
            name: "Điểm cầu Sơn La", province: "Sơn La", host: "UBND tỉnh", capacity: 80)
        register.technician = "Lò Văn Tú"
        register.phone = "0912000111"
        let point = try RegisterPoint(store: fixture.store()).run(register, context: WorkflowFixture.context)
        var input = EditPoint.Input(subject: "Sơn La")
        input.capacity = 120
        input.available = ["10/12/2026 07:00-17:00"]
        input.technician = "Cầm Văn Hòa"
        let amendment = try EditPoint(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(amendment.changed == [.capacity, .available, .technician])
        let stored = try #require(try fixture.plan().connectionPoint(Identifier(point.id)))
        #expect(stored.hallCapacity == 120)
        #expect(stored.availability.count == 1)
        #expect(stored.technicalContact?.name == "Cầm Văn Hòa")
        #expect(stored.technicalContact?.phone == "0912000111")
        // a point's technician must have a phone: clearing it is refused unless forced
        var noPhone = EditPoint.Input(subject: point.id)
        noPhone.clear = ["phone"]
        #expect {
            try EditPoint(store: fixture.store()).run(noPhone, context: WorkflowFixture.context)
        } throws: { error in
            guard case .refusedByValidation(.connectionPoint, _, let findings) = error as? WorkflowError
            else {
                return false
            }
            return findings.contains { $0.severity == .error }
        }
        noPhone.force = true
        let forced = try EditPoint(store: fixture.store()).run(noPhone, context: WorkflowFixture.context)
        #expect(forced.changed == [.phone] && forced.introducedErrors == 1)
    }

    @Test("--after naming a session whose title has a comma takes the whole title, registering and editing")
    func afterTitleWithComma() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let opening = try RegisterSession(store: fixture.store()).run(
            RegisterSession.Input(title: "Khai mạc, giới thiệu đại biểu", kind: .opening, minutes: 30),
            context: WorkflowFixture.context)
        let report = try RegisterSession(store: fixture.store()).run(
            RegisterSession.Input(title: "Báo cáo tổng kết", kind: .report, minutes: 45),
            context: WorkflowFixture.context)
        var register = RegisterSession.Input(title: "Thảo luận", kind: .discussion, minutes: 60)
        register.after = ["Khai mạc, giới thiệu đại biểu"]
        let discussion = try RegisterSession(store: fixture.store()).run(
            register, context: WorkflowFixture.context)
        let stored = try #require(try fixture.plan().sessions.first { $0.id.rawValue == discussion.id })
        #expect(stored.order == [.after(Identifier(opening.id))])
        // Two sessions named with a comma between them are still two.
        var edit = EditSession.Input(subject: discussion.id)
        edit.after = ["Khai mạc, giới thiệu đại biểu", "Báo cáo tổng kết"]
        _ = try EditSession(store: fixture.store()).run(edit, context: WorkflowFixture.context)
        let edited = try #require(try fixture.plan().sessions.first { $0.id.rawValue == discussion.id })
        #expect(edited.order == [.after(Identifier(opening.id)), .after(Identifier(report.id))])
    }

    @Test("a session's length, speakers and order are edited; other participants stay")
    func session() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.person("Nguyễn Văn An")
        try fixture.person("Trần Thị Hạ")
        var register = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        register.chair = "Nguyễn Văn An"
        register.track = "Toàn thể"
        let session = try RegisterSession(store: fixture.store()).run(
            register, context: WorkflowFixture.context)
        var input = EditSession.Input(subject: "Khai mạc")
        input.minutes = 45
        input.speakers = ["Trần Thị Hạ"]
        input.first = true
        input.clear = ["track"]
        let amendment = try EditSession(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(amendment.changed == [.minutes, .speaker, .first, .track])
        let stored = try #require(try fixture.plan().sessions.first { $0.id.rawValue == session.id })
        #expect(stored.durationMinutes == 45)
        #expect(stored.participants.map(\.role) == [.chair, .speaker])
        #expect(stored.order == [.first])
        #expect(stored.track == nil)
    }

    @Test("a flag turned off is reported as written: --no-first, not --first")
    func flagTurnedOff() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        var register = RegisterSession.Input(title: "Khai mạc", kind: .opening, minutes: 30)
        register.first = true
        _ = try RegisterSession(store: fixture.store()).run(register, context: WorkflowFixture.context)
        var input = EditSession.Input(subject: "Khai mạc")
        input.first = false
        let amendment = try EditSession(store: fixture.store()).run(input, context: WorkflowFixture.context)
        #expect(amendment.changed == [.noFirst])
        #expect(
            EditingMessage.edited(.session, name: "Khai mạc", id: "x", fields: amendment.changed).text(
                .vietnamese
            )
            .contains("--no-first"))
    }
}
