import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Interchange
import Planning
import Store
import Testing
import Workflow

@testable import Web

@Suite(
    "Web: «Dùng chung với» on the public pages reveals no other registration and shares no booth by itself")
struct PublicProblemsTests {
    @Test(
        "the rules' «registered with several parties» and an ambiguous name's candidates are worded naming nobody (QA 41b #2)"
    )
    func namelessWording() {
        let twoParties = Finding(
            .warning, .organisationInTwoParties,
            subject: Subject(.organisation, id: "tc-b", label: "Hợp tác xã Mận Mộc Châu QA"),
            message: .organisationInTwoParties(parties: [
                "Hợp tác xã Mận Mộc Châu QA", "Liên minh HTX tỉnh Sơn La",
            ]))
        let shown = PublicProblems.shown([
            SheetProblem(
                .warning, file: "form", field: .sharedWith, code: twoParties.code,
                message: .finding(twoParties)),
            SheetProblem(
                .error, file: "form", field: .sharedWith,
                message: .organisationAmbiguous(
                    written: "Hợp tác xã Dịch vụ nông nghiệp Mỹ Hiệp",
                    candidates: [
                        "Hợp tác xã Dịch vụ nông nghiệp Mỹ Hiệp, 9991000259",
                        "Hợp tác xã Dịch vụ nông nghiệp Mỹ Hiệp, 9980002035",
                    ])),
        ])
        #expect(
            shown.map(\.message) == [
                .organisationInAnotherParty(sharing: true),
                .organisationNameShared(written: "Hợp tác xã Dịch vụ nông nghiệp Mỹ Hiệp"),
            ])
        #expect(shown.allSatisfy { $0.code == nil })
        for problem in shown {
            for language in Language.allCases {
                let text = problem.text(language)
                #expect(!text.contains("Mận Mộc Châu") && !text.contains("Liên minh"), "\(text)")
                #expect(!text.contains("9991000259") && !text.contains("9980002035"), "\(text)")
            }
        }
    }

    @Test(
        "a new registration naming another cooperative's code or name in «Dùng chung với»: 422, an error naming no one, nothing written (QA 41b #2a, c)"
    )
    func newRegistrationNamesAnother() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        var newcomer = RegistrationTests.exampleForm(name: "Hợp tác xã Bưởi Mới QA", code: "5900876511")
        newcomer["p0.productName"] = "Bưởi da xanh Mới QA"
        newcomer["d0.fullName"] = "Đèo Văn Bưởi"
        newcomer["d0.delegatePhone"] = "0912 000 777"
        newcomer["d0.delegateEmail"] = "buoi@example.vn"
        newcomer["b.productsShown"] = "Bưởi da xanh Mới QA; Mận sấy dẻo QA"
        let sent = newcomer
        let pages = try await RegistrationTests.withClient(fixture) { client in
            _ = try await ProductsShownTests.registerBoth(client)
            var pages: [(String, RegistrationTests.Page)] = []
            // B's code, B's name without a tone mark, a name no one has.
            for written in ["5900876500", "Hợp tác xã Mận Mộc Chau QA", "Hợp tác xã Không Có Thật QA"] {
                for uri in ["/hoi-cho/dang-ky", "/hoi-cho/dang-ky?lang=en"] {
                    var values = sent
                    values["b.sharedWith"] = written
                    pages.append((written, try await RegistrationTests.post(client, values, uri: uri)))
                }
            }
            return pages
        }
        for (written, page) in pages {
            #expect(page.status == .unprocessableContent, "\(written)")
            let message = InterchangeMessage.sharingNotConfirmed(written: written)
            #expect(
                page.body.contains(RegistrationTests.escaped(message.text(.vietnamese)))
                    || page.body.contains(RegistrationTests.escaped(message.text(.english))), "\(page.body)")
            #expect(page.body.contains("b-sharedWith-ghi-chu"), "beside the field")
            // Neither B's registration (pending, published nowhere) nor its products are named.
            #expect(!page.body.contains("Mận Mộc Châu QA"), "\(written)")
            #expect(!page.body.contains("5900876500") || written == "5900876500")
            #expect(!page.body.contains("nhiều đơn vị") && !page.body.contains("several parties"))
        }
        #expect(
            try !RegistrationTests.organisations(fixture).contains { $0.name == "Hợp tác xã Bưởi Mới QA" })
    }

    @Test(
        "a name two cooperatives share: the correction says nothing of them or their codes (QA 41b #2b)"
    )
    func ambiguousNameNamesNoOne() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let (check, english) = try await RegistrationTests.withClient(fixture) { client in
            let token = try await ProductsShownTests.registerBoth(client)
            // Another «Hợp tác xã Mận Mộc Châu QA», in Lào Cai.
            var twin = ProductsShownTests.otherForm()
            twin["o.organisationCode"] = "5900876501"
            twin["o.organisationProvince"] = "Lào Cai"
            twin["p0.productName"] = "Mận tam hoa QA"
            twin["d0.fullName"] = "Giàng A Mận"
            twin["d0.delegatePhone"] = "0912 000 666"
            twin["d0.delegateEmail"] = "man2@example.vn"
            let posted = try await RegistrationTests.post(client, twin)
            #expect(posted.status == .seeOther, "\(posted.body)")
            var values = try CorrectionTests.correctionForm(fixture)
            values["b.sharedWith"] = "Hợp tác xã Mận Mộc Châu QA"
            values["hanh-dong"] = "kiem-tra"
            return (
                try await RegistrationTests.post(client, values, uri: "/hoi-cho/dang-ky/\(token)/sua"),
                try await RegistrationTests.post(client, values, uri: "/hoi-cho/dang-ky/\(token)/sua?lang=en")
            )
        }
        for page in [check, english] {
            #expect(page.status == .unprocessableContent)
            #expect(!page.body.contains("5900876500") && !page.body.contains("5900876501"), "\(page.body)")
            #expect(!page.body.contains("trùng tên với") && !page.body.contains("is the name of"))
            #expect(!page.body.contains("Mận sấy dẻo QA") && !page.body.contains("Mận tam hoa QA"))
        }
    }

    @Test(
        "once the organisers share the booth: the correction may name B and show its product; «several parties» is worded naming nobody (QA 41b #2a, c)"
    )
    func sharedByTheOrganisers() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let token = try await RegistrationTests.withClient(fixture) {
            try await ProductsShownTests.registerBoth($0)
        }
        try ProductsShownTests.shareWithOther(fixture)
        var values = try CorrectionTests.correctionForm(fixture)
        values["b.sharedWith"] = "5900876500"
        values["b.productsShown"] = "Trà shan tuyết Suối Mơ; Mận sấy dẻo QA"
        values["hanh-dong"] = "kiem-tra"
        let sent = values
        let (form, check, saved) = try await RegistrationTests.withClient(fixture) { client in
            let form = try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)/sua")
            let check = try await RegistrationTests.post(client, sent, uri: "/hoi-cho/dang-ky/\(token)/sua")
            var save = sent
            save["hanh-dong"] = "luu"
            let saved = try await RegistrationTests.post(client, save, uri: "/hoi-cho/dang-ky/\(token)/sua")
            return (form, check, saved)
        }
        #expect(form.body.contains("value=\"Hợp tác xã Mận Mộc Châu QA\""), "\(form.body)")
        #expect(check.status == .ok, "\(check.body)")
        // B also has a booth of its own: the warning names neither B's nor anyone's registration.
        #expect(!check.body.contains("nhiều đơn vị"), "\(check.body)")
        #expect(
            check.body.contains(
                RegistrationTests.escaped(
                    InterchangeMessage.organisationInAnotherParty(sharing: true).text(.vietnamese))),
            "\(check.body)")
        #expect(saved.status == .seeOther, "\(saved.body)")
        let stored = try CorrectionTests.stored(fixture)
        let request = try #require(
            stored.plan.boothRequests.first { request in
                stored.plan.parties.first { $0.id == request.party }?.kind
                    == .organisation(stored.organisation.id)
            })
        #expect(
            request.products.compactMap { id in stored.plan.products.first { $0.id == id }?.name } == [
                "Trà shan tuyết Suối Mơ", "Mận sấy dẻo QA",
            ])
    }
    @Test(
        "B, put in A's booth by the organisers, is told on its own correction that its organisation is in another exhibitor's booth (QA 42)"
    )
    func sharedOrganisationsOwnPage() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let other = try await RegistrationTests.withClient(fixture) { client in
            _ = try await CorrectionTests.register(client)
            let posted = try await RegistrationTests.post(client, ProductsShownTests.otherForm())
            let location = try #require(posted.headers[.location], "\(posted.body)")
            return String(location.dropFirst("/hoi-cho/dang-ky/".count))
        }
        try ProductsShownTests.shareWithOther(fixture)
        let stored = try CorrectionTests.stored(fixture, "Hợp tác xã Mận Mộc Châu QA")
        var values = ProductsShownTests.otherForm()
        values["p0.ma"] = stored.products.first?.id.rawValue
        values["d0.ma"] = stored.people.first?.id.rawValue
        values["hanh-dong"] = "kiem-tra"
        let sent = values
        let check = try await RegistrationTests.withClient(fixture) { client in
            try await RegistrationTests.post(client, sent, uri: "/hoi-cho/dang-ky/\(other)/sua")
        }
        #expect(
            check.body.contains(
                RegistrationTests.escaped(
                    InterchangeMessage.organisationInAnotherParty(sharing: false).text(.vietnamese))),
            "\(check.body)")
        #expect(!check.body.contains("Suối Mơ"), "\(check.body)")
        // A withdrawn is no other exhibitor: once A withdraws, B is told nothing of it.
        let store = try PlanStore.open(at: fixture.fairPath)
        let withdrawn = try #require(
            try store.loadPlan().parties.first { $0.name == "Hợp tác xã Nông nghiệp Suối Mơ" })
        _ = try WithdrawRegistration(store: store).run(
            withdrawn.id.rawValue, context: ChangeContext(user: "kiem-thu", now: PortalFixture.now))
        try store.close()
        let after = try await RegistrationTests.withClient(fixture) { client in
            try await RegistrationTests.post(client, sent, uri: "/hoi-cho/dang-ky/\(other)/sua")
        }
        #expect(
            !after.body.contains(
                RegistrationTests.escaped(
                    InterchangeMessage.organisationInAnotherParty(sharing: false).text(.vietnamese))),
            "\(after.body)")
    }
}
