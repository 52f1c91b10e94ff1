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
    "Web: the console's edit forms keep what was typed, say why beside the field, and speak the form's words")
struct StaffFormTests {
    /// The form fields (`name` → `value`) of the form posting to `action` in `page`, from the
    /// form whose hidden fields include `marker` (the first such form when nil).
    static func form(_ page: String, action: String, marker: String? = nil) -> [String: String] {
        var rest = Substring(page)
        while let start = rest.range(of: "action=\"\(action)\"") {
            let after = rest[start.upperBound...]
            let end = after.range(of: "</form>")?.lowerBound ?? after.endIndex
            let form = after[..<end]
            rest = after[end...]
            if let marker, !form.contains(marker) { continue }
            var fields: [String: String] = [:]
            for input in form.components(separatedBy: "<input").dropFirst() {
                guard let name = attribute("name", in: input), name != "_csrf" else { continue }
                fields[name] = attribute("value", in: input) ?? ""
            }
            return fields
        }
        return [:]
    }

    /// The value of `attribute` in an element's text, unescaped.
    static func attribute(_ attribute: String, in element: String) -> String? {
        guard let range = element.range(of: " \(attribute)=\"") else { return nil }
        let value = String(element[range.upperBound...].prefix { $0 != "\"" })
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
            of: "&#39;", with: "'"
        )
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The part of `page` holding the form of the delegate or product `id` (`key`).
    static func entityForm(_ page: String, key: String, id: String) -> String {
        guard let start = page.range(of: "name=\"\(key)\" value=\"\(id)\"") else { return "" }
        let after = page[start.upperBound...]
        return String(after[..<(after.range(of: "</form>")?.lowerBound ?? after.endIndex)])
    }

    /// What a page says to staff: its banners and the findings beside the fields.
    static func messages(_ page: String) -> [String] {
        var texts: [String] = []
        for opening in ["<div class=\"banner", "<span class=\"finding", "<p class=\"finding"] {
            for part in page.components(separatedBy: opening).dropFirst() {
                guard let close = part.firstIndex(of: ">") else { continue }
                let inner = part[part.index(after: close)...]
                let text =
                    inner.prefix { $0 != "<" }.isEmpty
                    ? String(inner.dropFirst(3).prefix { $0 != "<" }) : String(inner.prefix { $0 != "<" })
                texts.append(text)
            }
        }
        return texts
    }

    @Test("a signed-in member's form without its token, or with another session's, is refused as expired")
    func staleForm() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let party = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().parties[1]
        let fields = ["don-vi": party.id.rawValue, "xac-nhan": "co"]
        let (wrong, missing, english, anonymous) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, _) = try await StaffToolsTests.staff(client)
            let wrong = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff, fields: fields,
                csrf: String(repeating: "W", count: 43))
            let missing = try await client.execute(
                uri: "/hoi-cho/quan-ly/rut", method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded",
                    .cookie: "fairplan_csrf=\(RegistrationTests.csrf); fairplan_staff=\(staff ?? "")",
                ],
                body: RegistrationTests.body(fields, csrf: nil)
            ) {
                RegistrationTests.Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
            }
            let english = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut?lang=en", method: .post, staff: staff, fields: fields,
                csrf: String(repeating: "W", count: 43))
            let anonymous = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: nil, fields: fields)
            return (wrong, missing, english, anonymous)
        }
        for page in [wrong, missing] {
            #expect(page.status == .forbidden)
            #expect(page.body.contains("Biểu mẫu đã hết hạn hoặc không hợp lệ"), "\(page.body)")
            #expect(page.body.contains("Hãy tải lại trang rồi thử lại."))
            #expect(!page.body.contains("Tài khoản của bạn không được dùng trang này"))
        }
        #expect(english.status == .forbidden)
        #expect(english.body.contains("The form has expired or is invalid"), "\(english.body)")
        #expect(english.body.contains("Reload the page and try again."))
        #expect(anonymous.status == .unauthorized)
        // A body the server cannot read is a bad request (400), as on the public forms, never
        // «your account may not use this page» (QA 40 N1).
        let unreadable = try await RegistrationTests.withClient(fixture) { client in
            let (staff, _) = try await StaffToolsTests.staff(client)
            return try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: ["don-vi": String(repeating: "A", count: 4_001), "xac-nhan": "co"])
        }
        #expect(unreadable.status == .badRequest, "\(unreadable.status)")
        #expect(!unreadable.body.contains("Tài khoản của bạn không được dùng trang này"))
        let stored = try PlanStore.open(at: fixture.fairPath, for: .reading).party(party.id)
        #expect(stored?.registrationStatus == party.registrationStatus)
    }

    @Test(
        "a field changed by someone else meanwhile is refused, and the other fields typed stay in the form, saved when it is posted again"
    )
    func conflictKeepsOtherChanges() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try StaffConsoleTests.fixtureOrganisation(fixture)
        let uri = "/hoi-cho/quan-ly/sua?to-chuc=\(organisation.id.rawValue)"
        let (refused, resent) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let page = try await StaffConsoleTests.request(client, uri, method: .get, staff: staff)
            let opened = Self.form(page.body, action: "/hoi-cho/quan-ly/sua")
            var first = opened
            first["phone"] = "0901000099"
            var second = opened
            second["phone"] = "0901000077"
            second["email"] = "b@example.vn"
            _ = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: first, csrf: csrf)
            let refused = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: second, csrf: csrf)
            // Saved again as the refusal shows it.
            let resent = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff,
                fields: Self.form(refused.body, action: "/hoi-cho/quan-ly/sua"), csrf: csrf)
            return (refused, resent)
        }
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("đã được người khác sửa thành «0901000099»"), "\(refused.body)")
        let shown = Self.form(refused.body, action: "/hoi-cho/quan-ly/sua")
        #expect(shown["phone"] == "0901000099")
        #expect(shown["goc-phone"] == "0901000099")
        #expect(shown["email"] == "b@example.vn")
        #expect(shown["goc-email"] == organisation.contacts.first?.email ?? "")
        #expect(resent.status == .seeOther)
        let stored = try #require(
            try RegistrationTests.organisations(fixture).first { $0.id == organisation.id })
        #expect(stored.contacts.first?.phone == "0901000099")
        #expect(stored.contacts.first?.email == "b@example.vn")
    }

    @Test(
        "a product or delegate edit refused by the rules, a value or someone else's change comes back (422) with what was typed and why beside the field"
    )
    func entityRefusals() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let product = try StaffConsoleTests.fourStarProduct(fixture)
        let (stars, conflict, delegate, person) = try await RegistrationTests.withClient(fixture) { client in
            _ = try await RegistrationTests.post(client, RegistrationTests.exampleForm())
            let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
            let person = try #require(plan.people.first { $0.organisation != nil })
            let personOrganisation = try #require(person.organisation).rawValue
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let opened = try await StaffConsoleTests.productForm(client, product, staff: staff)
            var bad = opened
            bad["stars"] = "7"
            bad["ocop-code"] = "DN-999"
            let stars = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff, fields: bad, csrf: csrf)
            // Someone else changes the decision; this form changes it too, and the OCOP code.
            var first = opened
            first["decision"] = "77/QĐ-UBND"
            _ = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff, fields: first,
                csrf: csrf)
            var second = opened
            second["decision"] = "78/QĐ-UBND"
            second["ocop-code"] = "OCOP-TN-0078"
            let conflict = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff, fields: second,
                csrf: csrf)
            let personPage = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua?to-chuc=\(personOrganisation)", method: .get, staff: staff)
            var emptied = Self.form(
                personPage.body, action: "/hoi-cho/quan-ly/sua-dai-bieu",
                marker: "value=\"\(person.id.rawValue)\"")
            emptied["name"] = " "
            emptied["position"] = "Chủ nhiệm hợp tác xã"
            let delegate = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-dai-bieu", method: .post, staff: staff, fields: emptied,
                csrf: csrf)
            return (stars, conflict, delegate, person)
        }
        #expect(stars.status == .unprocessableContent)
        let starsForm = Self.entityForm(stars.body, key: "san-pham", id: product.id.rawValue)
        #expect(starsForm.contains("name=\"stars\" type=\"number\" value=\"7\""), "\(starsForm)")
        #expect(starsForm.contains("value=\"DN-999\""))
        #expect(starsForm.contains("<span class=\"finding error\">"))
        #expect(stars.body.contains("banner error"))
        #expect(conflict.status == .unprocessableContent)
        let conflictForm = Self.entityForm(conflict.body, key: "san-pham", id: product.id.rawValue)
        #expect(conflict.body.contains("đã được người khác sửa thành «77/QĐ-UBND»"), "\(conflict.body)")
        #expect(
            conflictForm.contains("name=\"decision\" type=\"text\" value=\"77/QĐ-UBND\""), "\(conflictForm)")
        #expect(conflictForm.contains("name=\"goc-decision\" value=\"77/QĐ-UBND\""))
        #expect(conflictForm.contains("value=\"OCOP-TN-0078\""))
        #expect(delegate.status == .unprocessableContent)
        let delegateForm = Self.entityForm(delegate.body, key: "dai-bieu", id: person.id.rawValue)
        #expect(delegateForm.contains("value=\"Chủ nhiệm hợp tác xã\""), "\(delegateForm)")
        #expect(delegateForm.contains("<span class=\"finding error\">«Tên đầy đủ»"))
        let after = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
        let storedProduct = try #require(after.products.first { $0.id == product.id })
        #expect(storedProduct.recognition?.stars == 4)
        #expect(storedProduct.recognition?.productCode != "DN-999")
        #expect(storedProduct.recognition?.productCode != "OCOP-TN-0078")
        #expect(storedProduct.recognition?.decisionNumber == "77/QĐ-UBND")
        #expect(after.people.first { $0.id == person.id }?.position != "Chủ nhiệm hợp tác xã")
    }

    @Test("a delegate's malformed phone and e-mail are saved with the rules' warnings beside its fields")
    func delegateWarnings() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let (before, saved, after, person) = try await RegistrationTests.withClient(fixture) { client in
            _ = try await RegistrationTests.post(client, RegistrationTests.exampleForm())
            let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
            let person = try #require(plan.people.first { $0.organisation != nil })
            let uri = "/hoi-cho/quan-ly/sua?to-chuc=\(try #require(person.organisation).rawValue)"
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let before = try await StaffConsoleTests.request(client, uri, method: .get, staff: staff)
            var fields = Self.form(
                before.body, action: "/hoi-cho/quan-ly/sua-dai-bieu",
                marker: "value=\"\(person.id.rawValue)\"")
            fields["phone"] = "abc"
            fields["email"] = "x@"
            let saved = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-dai-bieu", method: .post, staff: staff, fields: fields,
                csrf: csrf)
            let after = try await StaffConsoleTests.request(
                client, saved.headers[.location] ?? "/", method: .get, staff: staff)
            return (before, saved, after, person)
        }
        #expect(saved.status == .seeOther)
        #expect(!Self.entityForm(before.body, key: "dai-bieu", id: person.id.rawValue).contains("finding"))
        let form = Self.entityForm(after.body, key: "dai-bieu", id: person.id.rawValue)
        #expect(after.body.contains("Đã lưu đăng ký: thay đổi 2 mục."), "\(after.body)")
        let phone = try #require(form.range(of: "name=\"goc-phone\""))
        let email = try #require(form.range(of: "name=\"goc-email\""))
        // Each warning right after its own field.
        let phoneNotes = form[phone.upperBound..<email.lowerBound]
        #expect(phoneNotes.contains("<span class=\"finding warning\">"), "\(form)")
        #expect(phoneNotes.contains("«abc»"))
        #expect(form[email.upperBound...].contains("<span class=\"finding warning\">"))
        #expect(form[email.upperBound...].contains("x@"))
    }

    @Test(
        "a value refused names the field by its label: no command-line option or command in what staff read, one full stop"
    )
    func noCommandLineWording() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try StaffConsoleTests.fixtureOrganisation(fixture)
        let product = try StaffConsoleTests.fourStarProduct(fixture)
        let other = try #require(
            try RegistrationTests.organisations(fixture).first {
                $0.id != organisation.id && $0.registrationCode != nil
            })
        let pages = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            var pages: [RegistrationTests.Page] = []
            var variants: [[String: String]] = []
            for (field, value) in [
                ("members", "-1"), ("members", "99999999999"),
                ("code", other.registrationCode?.description ?? ""),
                ("code", "12ab"),
            ] {
                var fields = StaffConsoleTests.storedFields(organisation)
                fields[field] = value
                variants.append(fields)
            }
            for fields in variants {
                pages.append(
                    try await StaffConsoleTests.request(
                        client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: fields,
                        csrf: csrf))
            }
            // The last clears the recognition but gives its issuing body.
            let changes: [[String: String]] = [
                ["set": "Không có bộ này"], ["stars": "7"], ["decision": "", "issuing-body": "UBND tỉnh"],
            ]
            for change in changes {
                let fields = [
                    "to-chuc": product.owner.rawValue, "san-pham": product.id.rawValue, "name": product.name,
                ]
                pages.append(
                    try await StaffConsoleTests.request(
                        client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff,
                        fields: fields.merging(change) { $1 }, csrf: csrf))
            }
            return pages
        }
        #expect(pages[0].body.contains("«Số thành viên» «-1»: cần số nguyên"), "\(pages[0].body)")
        #expect(pages[4].body.contains("«Bộ sản phẩm OCOP» «Không có bộ này»"), "\(pages[4].body)")
        for page in pages {
            #expect(page.status == .unprocessableContent, "\(page.body)")
            let said = Self.messages(page.body).filter { !$0.isEmpty }
            #expect(!said.isEmpty, "\(page.body)")
            for text in said {
                #expect(!text.contains("--"), "\(text)")
                #expect(!text.contains("fairplan "), "\(text)")
                #expect(!text.contains(".."), "\(text)")
                #expect(!text.contains(".;"), "\(text)")
                #expect(!text.contains("Không thực hiện được: Chưa"), "\(text)")
            }
        }
    }

    @Test("every refusal a staff form can meet is worded without the command line's options or commands")
    func staffReasons() {
        let errors: [any Error] = [
            WorkflowError.invalidValue(.productSet, value: "x", expected: .productSet),
            WorkflowError.invalidValue(.name, value: "x", expected: .organisationKind),
            WorkflowError.invalidValue(.members, value: "-1", expected: .integer(minimum: 0, maximum: 10)),
            WorkflowError.conflict(.incompleteRecognition),
            WorkflowError.conflict(.recognitionDetailsWithoutStars),
            WorkflowError.conflict(.contactDetailsWithoutContact),
            WorkflowError.conflict(.organisationAndUnit),
        ]
        for error in errors {
            for language in [Language.vietnamese, .english] {
                let text = Portal.staffReason(error, in: language)
                #expect(!text.contains("--"), "\(text)")
                #expect(!text.contains("fairplan "), "\(text)")
                #expect(!text.contains(".."), "\(text)")
            }
        }
        let refused = StaffMessage.publishRefused(count: 2, first: ["Thiếu nước.", "Thiếu kho lạnh."])
        #expect(
            refused.text(.vietnamese)
                == "bản đang soạn còn 2 vi phạm nên chưa công bố, ví dụ: Thiếu nước; Thiếu kho lạnh.")
        let banner = StaffMessage.failed(refused.text(.vietnamese)).text(.vietnamese)
        #expect(banner.components(separatedBy: "Không thực hiện được").count == 2)
        #expect(!banner.contains("Chưa công bố:"))
        #expect(
            StaffMessage.refusedByRules(name: "HTX", problems: ["Mã số trùng.", "Thiếu tên."]).text(
                .vietnamese)
                == "Chưa lưu «HTX» vì kiểm tra thấy lỗi: Mã số trùng; Thiếu tên. Hãy sửa rồi lưu lại.")
    }

    @Test(
        "a name over 1,000 characters comes back as the form with the reason under the field; a long Vietnamese address is taken"
    )
    func longValues() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try StaffConsoleTests.fixtureOrganisation(fixture)
        var long = StaffConsoleTests.storedFields(organisation)
        long["name"] = String(repeating: "A", count: 1_001)
        long["short-name"] = "Tên ngắn mới"
        var address = StaffConsoleTests.storedFields(organisation)
        address["address"] = String(repeating: "Đường Hợp Tác ", count: 110)
        let (refused, saved) = try await RegistrationTests.withClient(fixture) { [long, address] client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let refused = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: long, csrf: csrf)
            let saved = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: address, csrf: csrf)
            return (refused, saved)
        }
        #expect(refused.status == .unprocessableContent, "\(refused.body)")
        #expect(refused.body.contains("maxlength=\"1000\""))
        let name = try #require(refused.body.range(of: "name=\"goc-name\""))
        let after = refused.body[name.upperBound...].prefix(400)
        #expect(after.contains("<span class=\"finding error\">«Tên đầy đủ»"), "\(after)")
        #expect(after.contains("vượt quá giới hạn 1000 ký tự"))
        #expect(refused.body.contains("value=\"Tên ngắn mới\""))
        #expect(saved.status == .seeOther, "\(saved.body)")
        let stored = try #require(
            try RegistrationTests.organisations(fixture).first { $0.id == organisation.id })
        #expect(stored.name == organisation.name)
        #expect(stored.address?.hasPrefix("Đường Hợp Tác Đường") == true)
    }

    @Test(
        "a form value is limited in characters, not bytes: 4,000 Vietnamese letters are read, 4,001 are not")
    func valueLimitInCharacters() {
        let encode = { (text: String) in RegistrationTests.encode(text) }
        #expect(FormBody(Array("a=\(encode(String(repeating: "ầ", count: 4_000)))".utf8)) != nil)
        #expect(FormBody(Array("a=\(encode(String(repeating: "ầ", count: 4_001)))".utf8)) == nil)
    }

    @Test("«more entries» posts write nothing and do not count against the limit of posts a minute")
    func moreEntriesNotCounted() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        var more = RegistrationTests.exampleForm()
        more["hanh-dong"] = "them-dai-bieu"
        var check = RegistrationTests.exampleForm()
        check["hanh-dong"] = "kiem-tra"
        let statuses = try await RegistrationTests.withClient(
            fixture, settings: RegistrationSettings(postsPerMinute: 2)
        ) { [more, check] client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<6 { statuses.append(try await RegistrationTests.post(client, more).status) }
            statuses.append(try await RegistrationTests.post(client, check).status)
            statuses.append(try await RegistrationTests.post(client, check).status)
            statuses.append(try await RegistrationTests.post(client, check).status)
            // Past the limit, more entries are still offered (nothing is written).
            statuses.append(try await RegistrationTests.post(client, more).status)
            return statuses
        }
        #expect(statuses == Array(repeating: .ok, count: 8) + [.tooManyRequests, .ok])
    }
}
