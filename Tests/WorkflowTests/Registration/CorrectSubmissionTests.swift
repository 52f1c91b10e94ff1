import Foundation
import Interchange
import Planning
import Store
import Testing
import Workflow

@Suite("Workflow: a portal submission corrected through its private link")
struct CorrectSubmissionTests {
    /// The private link's digest the tests use.
    static let digest = String(repeating: "a", count: 64)

    /// Registration closes at 23:59 on 9 December 2026, after the tests' «now».
    static let closesAt = LocalDateTime(
        date: CalendarDate(year: 2026, month: 12, day: 9)!, time: TimeOfDay(hour: 23, minute: 59)!)

    /// The template's example organisation with `products` and a delegate, and a booth request.
    static func form(
        address: String = "Bản Suối Mơ", products: [String] = ["Trà shan tuyết Suối Mơ"], booth: Bool = true
    )
        -> RegistrationForm
    {
        var organisation: [RegistrationField: String] = [:]
        for field in RegistrationSheetKind.organisations.fields {
            organisation[field] = field.example(in: .vietnamese)
        }
        organisation[.organisationName] = "Hợp tác xã Nông nghiệp Suối Mơ"
        organisation[.organisationShortName] = ""
        organisation[.organisationCode] = "5900876543"
        organisation[.organisationProvince] = "Lào Cai"
        organisation[.organisationAddress] = address
        let productEntries = products.enumerated().map { index, name in
            var product: [RegistrationField: String] = [:]
            for field in RegistrationSheetKind.products.fields where field != .productOwner {
                product[field] = field.example(in: .vietnamese)
            }
            product[.productName] = name
            product[.decisionNumber] = "\(412 + index)/QĐ-UBND"
            return product
        }
        var delegate: [RegistrationField: String] = [:]
        for field in RegistrationSheetKind.delegates.fields
        where field != .delegateOrganisation && field != .unit {
            delegate[field] = field.example(in: .vietnamese)
        }
        delegate[.fullName] = "Lò Thị Mai"
        delegate[.delegatePhone] = "0912 000 111"
        delegate[.delegateEmail] = "suoimo@example.vn"
        return RegistrationForm(
            organisation: organisation, products: productEntries, delegates: [delegate],
            boothRequest: booth ? [.boothsWanted: "1"] : nil)
    }

    /// The fixture with the example form registered through the portal.
    static func registered() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture.make()
        let outcome = try SubmitRegistration(store: try fixture.store()).run(
            SubmitRegistration.Input(
                workbooks: [form().workbook(in: .vietnamese)], source: .form, checkOnly: false,
                digest: digest,
                editableUntil: closesAt),
            context: WorkflowFixture.context)
        guard case .registered = outcome.verdict else {
            Issue.record("not registered: \(outcome.report.problems)")
            return fixture
        }
        return fixture
    }

    /// The correction of the registered submission to `form`, the stored product kept first.
    static func correct(
        _ fixture: WorkflowFixture, _ form: RegistrationForm, closesAt: LocalDateTime = closesAt
    ) throws -> CorrectSubmission.Outcome? {
        let plan = try fixture.store().loadPlan()
        let product = plan.products.first { $0.name == "Trà shan tuyết Suối Mơ" }?.id.rawValue
        let person = plan.people.first { $0.name.fullName == "Lò Thị Mai" }?.id.rawValue
        return try CorrectSubmission(store: try fixture.store()).run(
            CorrectSubmission.Input(
                workbooks: [form.workbook(in: .vietnamese)], digest: digest,
                productIDs: [product] + Array(repeating: nil, count: form.products.count - 1),
                delegateIDs: [person], closesAt: closesAt),
            context: WorkflowFixture.context)
    }

    @Test("a correction with a new product is written in one journaled transaction that undo takes back")
    func undoable() throws {
        let fixture = try Self.registered()
        defer { fixture.remove() }
        let before = try fixture.store().loadPlan()
        let kept = try #require(before.products.first { $0.name == "Trà shan tuyết Suối Mơ" })
        try JournalFixture.expectExact(fixture, "correct online") {
            let outcome = try Self.correct(
                fixture,
                Self.form(address: "Bản Suối Mơ mới", products: ["Trà shan tuyết Suối Mơ", "Mật ong"]))
            #expect(outcome?.verdict == .corrected, "\(outcome?.report?.problems ?? [])")
        }
        let after = try fixture.store().loadPlan()
        let organisation = try #require(
            after.organisations.first { $0.name == "Hợp tác xã Nông nghiệp Suối Mơ" })
        #expect(organisation.address == "Bản Suối Mơ mới")
        #expect(
            after.products.filter { $0.owner == organisation.id }.map(\.name) == [
                "Trà shan tuyết Suối Mơ", "Mật ong",
            ])
        #expect(after.products.contains { $0.id == kept.id })
    }

    @Test("the same form again changes nothing; after closing it is refused and nothing is written")
    func unchangedAndClosed() throws {
        let fixture = try Self.registered()
        defer { fixture.remove() }
        let before = try fixture.store().contentDump()
        #expect(try Self.correct(fixture, Self.form())?.verdict == .unchanged)
        let early = LocalDateTime(
            date: CalendarDate(year: 2026, month: 11, day: 30)!, time: TimeOfDay(hour: 23, minute: 59)!)
        let closed = try Self.correct(fixture, Self.form(address: "Sau hạn"), closesAt: early)
        #expect(closed?.verdict == .closed(early))
        #expect(try fixture.store().contentDump() == before)
        let unknown = try CorrectSubmission(store: try fixture.store()).run(
            CorrectSubmission.Input(
                workbooks: [], digest: String(repeating: "b", count: 64), productIDs: [], delegateIDs: [],
                closesAt: Self.closesAt),
            context: WorkflowFixture.context)
        #expect(unknown == nil)
    }

    @Test("dropping the booth request removes a pending party; once confirmed it is refused, nothing written")
    func droppingTheBooth() throws {
        let fixture = try Self.registered()
        defer { fixture.remove() }
        let party = try #require(try fixture.store().loadPlan().parties.first)
        _ = try ConfirmRegistrations(store: try fixture.store()).run(
            [party.id.rawValue], context: WorkflowFixture.context)
        let before = try fixture.store().contentDump()
        let refused = try Self.correct(fixture, Self.form(booth: false))
        #expect(refused?.verdict == .boothRequestConfirmed(.confirmed))
        #expect(try fixture.store().contentDump() == before)

        let pending = try Self.registered()
        defer { pending.remove() }
        let dropped = try Self.correct(pending, Self.form(booth: false))
        #expect(dropped?.verdict == .corrected)
        let plan = try pending.store().loadPlan()
        #expect(plan.parties.isEmpty)
        #expect(plan.boothRequests.isEmpty)
        #expect(plan.organisations.contains { $0.name == "Hợp tác xã Nông nghiệp Suối Mơ" })
    }

    /// B, another cooperative of Sơn La registered through the portal (its own link), with its
    /// product «Mận hậu Mộc Châu Thử», a delegate and a booth request.
    static func registerOther(_ fixture: WorkflowFixture) throws {
        var other = form(products: ["Mận hậu Mộc Châu Thử"])
        other.organisation[.organisationName] = "Hợp tác xã Mận Mộc Châu Thử"
        other.organisation[.organisationCode] = "5900876500"
        other.organisation[.organisationProvince] = "Sơn La"
        other.delegates[0][.fullName] = "Vì Văn Mận"
        other.delegates[0][.delegatePhone] = "0912 000 555"
        other.delegates[0][.delegateEmail] = "man@example.vn"
        let outcome = try SubmitRegistration(store: try fixture.store()).run(
            SubmitRegistration.Input(
                workbooks: [other.workbook(in: .vietnamese)], source: .form, checkOnly: false,
                digest: String(repeating: "b", count: 64), editableUntil: closesAt),
            context: WorkflowFixture.context)
        guard case .registered = outcome.verdict else {
            Issue.record("B not registered: \(outcome.report.problems)")
            return
        }
    }

    /// The booth request of the example cooperative (A).
    static func request(_ plan: Plan) throws -> BoothRequest {
        let organisation = try #require(
            plan.organisations.first { $0.name == "Hợp tác xã Nông nghiệp Suối Mơ" })
        let party = try #require(plan.parties.first { $0.kind == .organisation(organisation.id) })
        return try #require(plan.boothRequests.first { $0.party == party.id })
    }

    @Test(
        "«Dùng chung với» names only organisations the organisers put in the booth: B's code alone shares nothing and shows none of B's products (QA 41b #2c)"
    )
    func sharingNeedsTheOrganisers() throws {
        let fixture = try Self.registered()
        defer { fixture.remove() }
        try Self.registerOther(fixture)
        let before = try fixture.store().contentDump()
        var form = Self.form()
        form.boothRequest?[.sharedWith] = "5900876500"
        form.boothRequest?[.productsShown] = "Trà shan tuyết Suối Mơ; Mận hậu Mộc Châu Thử"
        let refused = try #require(try Self.correct(fixture, form))
        #expect(refused.verdict == .rejected)
        let problems = try #require(refused.report).problems.filter { $0.severity == .error }
        #expect(
            problems.contains {
                $0.field == .sharedWith && $0.message == .sharingNotConfirmed(written: "5900876500")
            })
        #expect(problems.contains { $0.field == .productsShown })
        for problem in try #require(refused.report).problems {
            #expect(!problem.text(.vietnamese).contains("Mận Mộc Châu"), "\(problem.text(.vietnamese))")
        }
        #expect(try fixture.store().contentDump() == before)

        // The organisers share A's booth with B (`fairplan edit party --share`): now A may name B
        // and show its product.
        let party = try #require(try fixture.store().loadPlan().parties.first { $0.name.contains("Suối Mơ") })
        var share = EditParty.Input(subject: party.id.rawValue)
        share.share = ["5900876500"]
        _ = try EditParty(store: try fixture.store()).run(share, context: WorkflowFixture.context)
        let corrected = try #require(try Self.correct(fixture, form))
        #expect(corrected.verdict == .corrected, "\(corrected.report?.problems ?? [])")
        let plan = try fixture.store().loadPlan()
        let other = try #require(plan.organisations.first { $0.name == "Hợp tác xã Mận Mộc Châu Thử" })
        let request = try Self.request(plan)
        #expect(request.sharingOrganisations.contains(other.id))
        #expect(
            request.products.compactMap { id in plan.products.first { $0.id == id }?.name } == [
                "Trà shan tuyết Suối Mơ", "Mận hậu Mộc Châu Thử",
            ])
    }

    @Test(
        "a booth shared by the organisers: a correction that leaves the booth as stored writes nothing, its list of products included (QA 41b #3)"
    )
    func sharedListUnchanged() throws {
        let fixture = try Self.registered()
        defer { fixture.remove() }
        try Self.registerOther(fixture)
        let party = try #require(try fixture.store().loadPlan().parties.first { $0.name.contains("Suối Mơ") })
        // Shared with B and every product shown (B's added after A's), then a chosen list.
        var share = EditParty.Input(subject: party.id.rawValue)
        share.share = ["5900876500"]
        _ = try EditParty(store: try fixture.store()).run(share, context: WorkflowFixture.context)
        var every = Self.form()
        every.boothRequest?[.sharedWith] = "Hợp tác xã Mận Mộc Châu Thử"
        let before = try fixture.store().contentDump()
        #expect(try Self.correct(fixture, every)?.verdict == .unchanged)
        #expect(try fixture.store().contentDump() == before)

        var chosen = EditParty.Input(subject: party.id.rawValue)
        chosen.products = ["Mận hậu Mộc Châu Thử", "Trà shan tuyết Suối Mơ"]
        _ = try EditParty(store: try fixture.store()).run(chosen, context: WorkflowFixture.context)
        var named = every
        named.boothRequest?[.productsShown] = "Mận hậu Mộc Châu Thử; Trà shan tuyết Suối Mơ"
        let stored = try fixture.store().contentDump()
        #expect(try Self.correct(fixture, named)?.verdict == .unchanged)
        #expect(try fixture.store().contentDump() == stored)
    }
}
