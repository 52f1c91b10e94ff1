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

@Suite("Web: «Sản phẩm trưng bày» on the public forms names only the submission's own or shared products")
struct ProductsShownTests {
    /// B, another cooperative, registered with its products.
    static func otherForm() -> [String: String] {
        var values = RegistrationTests.exampleForm(name: "Hợp tác xã Mận Mộc Châu QA", code: "5900876500")
        values["p0.productName"] = "Mận sấy dẻo QA"
        values["p0.decisionNumber"] = "501/QĐ-UBND"
        values["d0.fullName"] = "Vì Văn Mận"
        values["d0.delegatePhone"] = "0912 000 555"
        values["d0.delegateEmail"] = "man@example.vn"
        return values
    }

    /// The organisers share A's booth (the example form's) with B, as `fairplan edit party
    /// --share` does, and, when `products` are given, choose the products it shows.
    static func shareWithOther(_ fixture: PortalFixture, products: [String]? = nil) throws {
        let store = try PlanStore.open(at: fixture.fairPath)
        defer { try? store.close() }
        let plan = try store.loadPlan()
        let party = try #require(plan.parties.first { $0.name == "Hợp tác xã Nông nghiệp Suối Mơ" })
        var input = EditParty.Input(subject: party.id.rawValue)
        input.share = ["5900876500"]
        input.products = products
        _ = try EditParty(store: store).run(
            input, context: ChangeContext(user: "canbo", now: PortalFixture.now))
    }

    /// Registers A (the example form) and B (``otherForm()``); A's private link's token.
    static func registerBoth(_ client: any TestClientProtocol) async throws -> String {
        let token = try await CorrectionTests.register(client)
        let other = try await RegistrationTests.post(client, Self.otherForm())
        #expect(other.status == .seeOther, "\(other.body)")
        return token
    }

    @Test(
        "A's correction naming an unknown product suggests none of B's (pending, unpublished) products (QA 40 N3)"
    )
    func correctionSuggestsNoOtherProducts() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
        let (page, english) = try await RegistrationTests.withClient(fixture) { client in
            let token = try await Self.registerBoth(client)
            var values = try CorrectionTests.correctionForm(fixture)
            values["b.productsShown"] = "Mận sấy"
            values["hanh-dong"] = "kiem-tra"
            let page = try await RegistrationTests.post(client, values, uri: "/hoi-cho/dang-ky/\(token)/sua")
            let english = try await RegistrationTests.post(
                client, values, uri: "/hoi-cho/dang-ky/\(token)/sua?lang=en")
            return (page, english)
        }
        #expect(page.status == .unprocessableContent)
        #expect(english.status == .unprocessableContent)
        for page in [page, english] {
            #expect(!page.body.contains("Mận sấy dẻo QA"), "\(page.body)")
            #expect(!page.body.contains("Mộc Châu"))
            // No other registration's product (the sample fair's exhibitors') is suggested either.
            for product in plan.products {
                #expect(!page.body.contains(RegistrationTests.escaped(product.name)), "\(product.name)")
            }
        }
        let vietnamese = InterchangeMessage.productNotAmongShared(written: "Mận sấy", suggestions: [])
        #expect(page.body.contains(RegistrationTests.escaped(vietnamese.text(.vietnamese))), "\(page.body)")
        #expect(
            english.body.contains(RegistrationTests.escaped(vietnamese.text(.english))), "\(english.body)")
    }

    @Test("public pages keep a suggestion or candidate only when it names the submission's own entries")
    func suggestionsLimitedToOwnNames() {
        let problem = { (message: InterchangeMessage) in
            SheetProblem(.error, file: "dang-ky", field: .productsShown, message: message)
        }
        let own: Set<String> = ["Chè Tân Cương đặc biệt", "Hợp tác xã Chè Tân Cương QA"]
        let shown = PublicProblems.shown(
            [
                problem(
                    .productNotFound(
                        written: "Chè", suggestions: ["Mận sấy dẻo QA", "Chè Tân Cương đặc biệt"])),
                problem(.productNotAmongShared(written: "Mận", suggestions: ["Mận sấy dẻo QA"])),
                problem(
                    .productAmbiguous(
                        written: "Chè",
                        candidates: ["Chè Tân Cương đặc biệt (sp-1)", "Chè Mộc Châu (sp-9)"])),
                problem(
                    .organisationNotFound(
                        written: "HTX Mận",
                        suggestions: ["Hợp tác xã Mận Mộc Châu QA", "Hợp tác xã Chè Tân Cương QA"])
                ),
                problem(
                    .organisationNotFoundKeptAsUnit(
                        written: "HTX Mận", suggestions: ["Hợp tác xã Mận Mộc Châu QA"])),
            ], ownNames: own)
        #expect(
            shown.map(\.message) == [
                .productNotFound(written: "Chè", suggestions: ["Chè Tân Cương đặc biệt"]),
                .productNotAmongShared(written: "Mận", suggestions: []),
                .productAmbiguous(written: "Chè", candidates: ["Chè Tân Cương đặc biệt (sp-1)"]),
                .organisationNotFound(written: "HTX Mận", suggestions: ["Hợp tác xã Chè Tân Cương QA"]),
                .organisationNotFoundKeptAsUnit(written: "HTX Mận", suggestions: []),
            ])
        for problem in shown {
            #expect(!problem.text(.vietnamese).contains("Mận sấy dẻo QA"))
            #expect(!problem.text(.vietnamese).contains("Mộc Châu"))
        }
    }

    @Test(
        "naming another organisation's product is an error beside the field that does not say whose; nothing is saved (QA 40 N4)"
    )
    func otherOrganisationsProductRefused() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let (correction, registration, token) = try await RegistrationTests.withClient(fixture) { client in
            let token = try await Self.registerBoth(client)
            var values = try CorrectionTests.correctionForm(fixture)
            values["b.productsShown"] = "Trà shan tuyết Suối Mơ; Mận sấy dẻo QA"
            values["hanh-dong"] = "luu"
            let correction = try await RegistrationTests.post(
                client, values, uri: "/hoi-cho/dang-ky/\(token)/sua")
            var newcomer = RegistrationTests.exampleForm(name: "Hợp tác xã Bưởi Mới QA", code: "5900876511")
            newcomer["p0.productName"] = "Bưởi da xanh Mới QA"
            newcomer["d0.fullName"] = "Đèo Văn Bưởi"
            newcomer["d0.delegatePhone"] = "0912 000 777"
            newcomer["d0.delegateEmail"] = "buoi@example.vn"
            newcomer["b.productsShown"] = "Mận sấy dẻo QA"
            newcomer["hanh-dong"] = "kiem-tra"
            let registration = try await RegistrationTests.post(client, newcomer)
            return (correction, registration, token)
        }
        let stored = try CorrectionTests.stored(fixture)
        let request = try #require(
            stored.plan.boothRequests.first { request in
                stored.plan.parties.first { $0.id == request.party }?.kind
                    == .organisation(stored.organisation.id)
            })
        #expect(request.showsEveryProduct)
        #expect(request.products.allSatisfy { id in stored.products.contains { $0.id == id } })
        // Shared with B by the organisers (`fairplan edit party --share`): B's product may be shown.
        try Self.shareWithOther(fixture)
        var sharing = try CorrectionTests.correctionForm(fixture)
        sharing["b.sharedWith"] = "Hợp tác xã Mận Mộc Châu QA"
        sharing["b.productsShown"] = "Trà shan tuyết Suối Mơ; Mận sấy dẻo QA"
        sharing["hanh-dong"] = "kiem-tra"
        let shared = try await RegistrationTests.withClient(fixture) { [sharing] client in
            try await RegistrationTests.post(client, sharing, uri: "/hoi-cho/dang-ky/\(token)/sua")
        }
        let notAmong = "không có trong các sản phẩm của đơn vị đăng ký"
        for page in [correction, registration] {
            #expect(page.status == .unprocessableContent, "\(page.body)")
            #expect(page.body.contains(notAmong), "\(page.body)")
            #expect(!page.body.contains("Mận Mộc Châu QA"), "whose product it is stays private")
            // Beside the field, tied to it.
            #expect(page.body.contains("b-productsShown-ghi-chu"), "\(page.body)")
        }
        #expect(shared.status == .ok, "\(shared.body)")
        #expect(!shared.body.contains(notAmong))
    }
}
