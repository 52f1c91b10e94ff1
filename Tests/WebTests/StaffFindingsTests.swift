import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Planning
import Store
import Testing
import Workflow

@testable import Web

@Suite(
    "Web: the staff forms' findings end in one mark, are tied to their inputs, and keep a certificate whole")
struct StaffFindingsTests {
    /// The input element of the field `name` in a part of a page.
    static func input(_ name: String, in part: String) -> String {
        guard let start = part.range(of: "<input id=\"") else { return "" }
        for element in part[start.lowerBound...].components(separatedBy: "<input").dropFirst()
        where element.contains(" name=\"\(name)\"") {
            return String(element.prefix { $0 != ">" })
        }
        return ""
    }

    @Test("a sentence ends with exactly one final mark: «?.», «!.» and «..» never (QA 40 N5)")
    func oneFinalMark() {
        #expect(StaffMessage.sentence("có phải: Ninh Bình?") == "có phải: Ninh Bình?")
        #expect(StaffMessage.sentence("có phải: Ninh Bình?.") == "có phải: Ninh Bình?")
        #expect(StaffMessage.sentence("thôi!.") == "thôi!")
        #expect(StaffMessage.sentence("hết..") == "hết.")
        #expect(StaffMessage.sentence("hết") == "hết.")
        #expect(StaffMessage.sentence("và...") == "và...")
        #expect(StaffMessage.sentence("  xong.  ") == "xong.")
        for language in Language.allCases {
            for message in [
                StaffMessage.failed("«Tỉnh, thành phố» «Hà Tây»: không nhận ra; có phải: Ninh Bình?"),
                .publishRefused(count: 2, first: ["a", "có phải: Ninh Bình?"]),
                .refusedByRules(name: "HTX", problems: ["Có phải: Ninh Bình?"]),
            ] {
                let text = message.text(language)
                for wrong in ["?.", "!.", ".."] { #expect(!text.contains(wrong), "\(text)") }
            }
        }
    }

    @Test("an unknown province's banner and finding end in «?» alone")
    func provinceBanner() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try StaffConsoleTests.fixtureOrganisation(fixture)
        var fields = StaffConsoleTests.storedFields(organisation)
        fields["province"] = "Hà Tây"
        let (page, english) = try await RegistrationTests.withClient(fixture) { [fields] client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            return (
                try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: fields, csrf: csrf),
                try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/sua?lang=en", method: .post, staff: staff, fields: fields,
                    csrf: csrf)
            )
        }
        for page in [page, english] {
            #expect(page.status == .unprocessableContent)
            let messages = StaffFormTests.messages(page.body)
            #expect(messages.contains { $0.contains("Hà Tây") }, "\(messages)")
            for message in messages {
                for wrong in ["?.", "!.", ".."] { #expect(!message.contains(wrong), "\(message)") }
            }
        }
        #expect(page.body.contains("?</p>"), "\(page.body)")
    }

    @Test(
        "a finding beside a staff form's field is tied to its input: aria-describedby, aria-invalid on errors (QA 40 N6)"
    )
    func findingsTiedToInputs() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try StaffConsoleTests.fixtureOrganisation(fixture)
        let product = try StaffConsoleTests.fourStarProduct(fixture)
        var members = StaffConsoleTests.storedFields(organisation)
        members["members"] = "-1"
        let (membersPage, starsPage) = try await RegistrationTests.withClient(fixture) { [members] client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let membersPage = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: members, csrf: csrf)
            var stars = try await StaffConsoleTests.productForm(client, product, staff: staff)
            stars["stars"] = "7"
            let starsPage = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff, fields: stars,
                csrf: csrf)
            return (membersPage, starsPage)
        }
        #expect(membersPage.status == .unprocessableContent)
        let membersInput = Self.input("members", in: membersPage.body)
        #expect(membersInput.contains("aria-describedby=\"f-members-ghi-chu\""), "\(membersInput)")
        #expect(membersInput.contains("aria-invalid=\"true\""))
        #expect(membersPage.body.contains("<span id=\"f-members-ghi-chu\"><span class=\"finding error\">"))
        // A field without findings carries neither.
        let nameInput = Self.input("name", in: membersPage.body)
        #expect(
            !nameInput.contains("aria-describedby") && !nameInput.contains("aria-invalid"), "\(nameInput)")

        #expect(starsPage.status == .unprocessableContent)
        let form = StaffFormTests.entityForm(starsPage.body, key: "san-pham", id: product.id.rawValue)
        let id = "f-san-pham-\(product.id.rawValue)-stars"
        let starsInput = Self.input("stars", in: form)
        #expect(starsInput.contains("id=\"\(id)\""), "\(starsInput)")
        #expect(starsInput.contains("aria-describedby=\"\(id)-ghi-chu\""), "\(starsInput)")
        #expect(starsInput.contains("aria-invalid=\"true\""))
        #expect(form.contains("<span id=\"\(id)-ghi-chu\"><span class=\"finding error\">"), "\(form)")
    }

    @Test(
        "emptying only the decision, its date or the stars keeps the certificate and says why beside the field; emptying all of it removes it and says so (QA 40 N7)"
    )
    func certificateKeptWhole() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let product = try StaffConsoleTests.fourStarProduct(fixture)
        let recognition = try #require(product.recognition)
        let (refusals, english, removed, banner) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let opened = try await StaffConsoleTests.productForm(client, product, staff: staff)
            var refusals: [(String, RegistrationTests.Page)] = []
            for field in ["decision", "decision-date", "stars"] {
                var fields = opened
                fields[field] = ""
                refusals.append(
                    (
                        field,
                        try await StaffConsoleTests.request(
                            client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff,
                            fields: fields,
                            csrf: csrf)
                    ))
            }
            var decision = opened
            decision["decision"] = ""
            let english = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham?lang=en", method: .post, staff: staff,
                fields: decision,
                csrf: csrf)
            var all = opened
            for field in CertificateEdit.fields { all[field.rawValue] = "" }
            let removed = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff, fields: all, csrf: csrf)
            let banner = try await StaffConsoleTests.request(
                client, removed.headers[.location] ?? "/", method: .get, staff: staff)
            return (refusals, english, removed, banner)
        }
        for (field, page) in refusals {
            #expect(page.status == .unprocessableContent, "\(field)")
            let form = StaffFormTests.entityForm(page.body, key: "san-pham", id: product.id.rawValue)
            let id = "f-san-pham-\(product.id.rawValue)-\(field)"
            #expect(Self.input(field, in: form).contains("aria-describedby=\"\(id)-ghi-chu\""), "\(field)")
            #expect(Self.input(field, in: form).contains("value=\"\""), "\(field)")
            #expect(form.contains("là bỏ cả chứng nhận OCOP"), "\(form)")
            #expect(form.contains("Muốn bỏ chứng nhận thì để trống mọi ô của chứng nhận"))
            // The other values typed are kept.
            if field != "decision" {
                #expect(Self.input("decision", in: form).contains("value=\"\(recognition.decisionNumber)\""))
            }
            #expect(page.body.contains("banner error"))
        }
        #expect(english.status == .unprocessableContent)
        #expect(english.body.contains("removes the whole OCOP certificate"), "\(english.body)")
        #expect(removed.status == .seeOther)
        #expect(removed.headers[.location]?.contains("ocop=bo") == true)
        #expect(banner.body.contains("chứng nhận OCOP của sản phẩm đã được bỏ"), "\(banner.body)")
        let stored = try #require(
            try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().products.first {
                $0.id == product.id
            })
        #expect(stored.recognition == nil)
    }

    @Test("what a product form does to its certificate, judged from the stored and typed values")
    func certificateEdit() {
        let stored: [InputField: String] = [
            .stars: "4", .decision: "120/QĐ-UBND", .decisionDate: "10/05/2024", .issuingBody: "UBND tỉnh",
            .issuingLevel: "cấp tỉnh",
        ]
        var decision = stored
        decision[.decision] = ""
        #expect(CertificateEdit(stored: stored, values: decision) == .partlyEmptied([.decision]))
        var core = stored
        for field in CertificateEdit.essential { core[field] = "" }
        #expect(CertificateEdit(stored: stored, values: core) == .partlyEmptied(CertificateEdit.essential))
        var all = stored
        for field in CertificateEdit.fields { all[field] = "" }
        #expect(CertificateEdit(stored: stored, values: all) == .removed)
        var body = stored
        body[.issuingBody] = ""
        #expect(CertificateEdit(stored: stored, values: body) == .kept)
        // A certificate added: all three essential fields, or it is refused (QA 41b #9).
        #expect(CertificateEdit(stored: [:], values: stored) == .kept)
        #expect(CertificateEdit(stored: [:], values: decision) == .partlyFilled([.decision]))
        #expect(
            CertificateEdit(stored: [:], values: [.stars: "4"]) == .partlyFilled([.decision, .decisionDate]))
        #expect(
            CertificateEdit(stored: [:], values: [.issuingBody: "UBND tỉnh"])
                == .partlyFilled(CertificateEdit.essential))
        #expect(CertificateEdit(stored: [:], values: [.stars: "", .decision: ""]) == .kept)
    }

    @Test(
        "adding a certificate with only its stars is refused with a finding beside each missing field, aria-invalid, nothing saved (QA 41b #9)"
    )
    func certificateAddedPartly() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let product = try #require(
            try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().products.first {
                $0.recognition == nil
            })
        let (page, english) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            var fields = try await StaffConsoleTests.productForm(client, product, staff: staff)
            fields["stars"] = "4"
            let page = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff, fields: fields,
                csrf: csrf)
            let english = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham?lang=en", method: .post, staff: staff, fields: fields,
                csrf: csrf)
            return (page, english)
        }
        #expect(page.status == .unprocessableContent, "\(page.body)")
        let form = StaffFormTests.entityForm(page.body, key: "san-pham", id: product.id.rawValue)
        for field in ["decision", "decision-date"] {
            let id = "f-san-pham-\(product.id.rawValue)-\(field)"
            let input = Self.input(field, in: form)
            #expect(input.contains("aria-describedby=\"\(id)-ghi-chu\""), "\(field): \(input)")
            #expect(input.contains("aria-invalid=\"true\""), "\(field): \(input)")
            #expect(form.contains("<span id=\"\(id)-ghi-chu\"><span class=\"finding error\">"), "\(form)")
        }
        // The stars typed are kept, and are not what is wrong.
        let stars = Self.input("stars", in: form)
        #expect(stars.contains("value=\"4\""), "\(stars)")
        #expect(!stars.contains("aria-invalid"))
        #expect(form.contains("chứng nhận OCOP cần đủ"), "\(form)")
        #expect(page.body.contains("banner error"))
        #expect(english.status == .unprocessableContent)
        #expect(english.body.contains("an OCOP certificate needs"), "\(english.body)")
        let stored = try #require(
            try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().products.first {
                $0.id == product.id
            })
        #expect(stored.recognition == nil)
    }

    @Test("seven stars with the decision date missing: both are said beside their fields at once (QA 42 #5)")
    func starsBesideMissingDate() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let product = try #require(
            try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().products.first {
                $0.recognition == nil
            })
        let page = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            var fields = try await StaffConsoleTests.productForm(client, product, staff: staff)
            fields["stars"] = "7"
            fields["decision"] = "15/QĐ-UBND"
            return try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff, fields: fields,
                csrf: csrf)
        }
        #expect(page.status == .unprocessableContent, "\(page.body)")
        let form = StaffFormTests.entityForm(page.body, key: "san-pham", id: product.id.rawValue)
        for field in ["stars", "decision-date"] {
            #expect(Self.input(field, in: form).contains("aria-invalid=\"true\""), "\(field)")
        }
        #expect(form.contains("Hạng 7 sao không được công nhận OCOP"), "\(form)")
    }
}
