import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Interchange
import Planning
import Store
import Testing
import Web

@Suite("Web: cooperatives register themselves through the form, checked by the importer's rules")
struct RegistrationTests {
    /// A well-formed anti-forgery token, sent as cookie and field.
    static let csrf = String(repeating: "Q", count: 43)

    /// The fields the form shows as date, e-mail, phone or number inputs.
    static let typedFields: Set<RegistrationField> = [
        .decisionDate, .validUntil, .dateOfBirth, .contactEmail, .delegateEmail, .contactPhone,
        .delegatePhone,
        .partyPhone, .organisationMembers, .boothsWanted,
    ]

    /// The text fields whose values come from a fixed vocabulary or format (markup in them is an
    /// error, shown escaped on the form).
    static let codedFields: Set<RegistrationField> = [.organisationCode, .productCode, .honorific]

    /// A response's status, headers and body.
    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String
    }

    /// The organisation, product and delegate of the template's examples, and a booth request.
    static func exampleForm(name: String = "Hợp tác xã Nông nghiệp Suối Mơ", code: String = "5900876543")
        -> [String: String]
    {
        var values: [String: String] = [:]
        for field in RegistrationSheetKind.organisations.fields {
            values["o.\(field.rawValue)"] = field.example(in: .vietnamese)
        }
        values["o.organisationName"] = name
        values["o.organisationShortName"] = ""
        values["o.organisationCode"] = code
        values["o.organisationProvince"] = "Sơn La"
        for field in RegistrationSheetKind.products.fields where field != .productOwner {
            values["p0.\(field.rawValue)"] = field.example(in: .vietnamese)
        }
        values["p0.productName"] = "Trà shan tuyết Suối Mơ"
        values["p0.decisionNumber"] = "412/QĐ-UBND"
        for field in RegistrationSheetKind.delegates.fields
        where field != .delegateOrganisation && field != .unit {
            values["d0.\(field.rawValue)"] = field.example(in: .vietnamese)
        }
        values["d0.fullName"] = "Lò Thị Mai"
        values["d0.delegatePhone"] = "0912 000 111"
        values["d0.delegateEmail"] = "suoimo@example.vn"
        values["b.boothsWanted"] = "1"
        values["b.needsWater"] = "Có"
        return values
    }

    /// `values` as a form body, with the anti-forgery field unless `csrf` is nil.
    static func body(_ values: [String: String], csrf: String? = RegistrationTests.csrf) -> ByteBuffer {
        var fields = values
        if let csrf { fields["_csrf"] = csrf }
        let text = fields.sorted { $0.key < $1.key }.map { "\(encode($0.key))=\(encode($0.value))" }.joined(
            separator: "&")
        return ByteBuffer(string: text)
    }

    /// Form encoding.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }

    /// Runs `body` against the portal of `fixture` (registrations as `settings` say).
    static func withClient<Value: Sendable>(
        _ fixture: PortalFixture, settings: RegistrationSettings = RegistrationSettings(),
        _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let portal = try Portal(
            sites: [
                PortalSite(slug: "hoi-cho", planPath: fixture.fairPath),
                PortalSite(slug: "hoi-nghi", planPath: fixture.briefingPath),
            ],
            version: "kiem-thu", now: { PortalFixture.now }, registration: settings, uptime: { 0 })
        return try await Application(router: portal.router()).test(.router, body)
    }

    /// Posts `values` to the fair's form with the anti-forgery cookie.
    static func post(
        _ client: any TestClientProtocol, _ values: [String: String], uri: String = "/hoi-cho/dang-ky",
        csrf: String? = RegistrationTests.csrf
    ) async throws -> Page {
        try await client.execute(
            uri: uri, method: .post,
            headers: [
                .contentType: "application/x-www-form-urlencoded", .cookie: "fairplan_csrf=\(Self.csrf)",
            ],
            body: body(values, csrf: csrf)
        ) { Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body)) }
    }

    /// Gets `uri`.
    static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> Page {
        try await client.execute(uri: uri, method: .get) {
            Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
        }
    }

    /// The organisations of the fair's plan file.
    static func organisations(_ fixture: PortalFixture) throws -> [Organisation] {
        try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().organisations
    }

    @Test("the form: every template field labelled, drop-downs from the template, the anti-forgery cookie")
    func form() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let page = try await Self.withClient(fixture) { try await Self.get($0, "/hoi-cho/dang-ky") }
        #expect(page.status == .ok)
        let cookie = try #require(page.headers[.setCookie])
        #expect(cookie.hasPrefix("fairplan_csrf="))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(page.headers[.cacheControl] == "no-store")
        for field in RegistrationSheetKind.organisations.fields {
            #expect(page.body.contains("<label for=\"o-\(field.rawValue)\">"), "\(field)")
            #expect(page.body.contains("id=\"o-\(field.rawValue)\" name=\"o.\(field.rawValue)\""), "\(field)")
        }
        #expect(page.body.contains("id=\"p1-productName\""))
        #expect(!page.body.contains("id=\"p2-productName\""))
        #expect(page.body.contains("<option>Sơn La</option>"))
        #expect(page.body.contains("name=\"_csrf\""))
        #expect(page.body.contains("name=\"hanh-dong\" value=\"them-san-pham\""))
        let english = try await Self.withClient(fixture) {
            try await Self.get($0, "/hoi-cho/dang-ky?lang=en")
        }
        #expect(english.body.contains("Registering organisation"))
        #expect(english.body.contains("action=\"/hoi-cho/dang-ky?lang=en\""))
    }

    @Test("«more entries» sends the form back with what was typed and three more entries, writing nothing")
    func moreEntriesKeepTyping() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let before = try Self.organisations(fixture).count
        var values = Self.exampleForm()
        values["hanh-dong"] = "them-san-pham"
        let page = try await Self.withClient(fixture) { [values] in try await Self.post($0, values) }
        #expect(page.status == .ok)
        #expect(page.body.contains("value=\"Hợp tác xã Nông nghiệp Suối Mơ\""), "\(page.body)")
        #expect(page.body.contains("value=\"Trà shan tuyết Suối Mơ\""))
        #expect(page.body.contains("id=\"p4-productName\""))
        #expect(!page.body.contains("id=\"p5-productName\""))
        #expect(page.body.contains("name=\"so-san-pham\" value=\"5\""))
        #expect(try Self.organisations(fixture).count == before)
    }

    @Test("a valid form is registered pending, with a private link to its status; the token is not stored")
    func register() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let before = try Self.organisations(fixture).count
        let (posted, status) = try await Self.withClient(fixture) { client in
            let posted = try await Self.post(client, Self.exampleForm())
            let location = posted.headers[.location] ?? ""
            return (posted, try await Self.get(client, location))
        }
        #expect(posted.status == .seeOther, "\(posted.body)")
        let location = try #require(posted.headers[.location])
        #expect(location.hasPrefix("/hoi-cho/dang-ky/"))
        let token = String(location.dropFirst("/hoi-cho/dang-ky/".count))
        #expect(token.count == 43)
        #expect(status.status == .ok)
        #expect(status.body.contains("Hợp tác xã Nông nghiệp Suối Mơ"))
        #expect(status.body.contains("Chờ xác nhận"))
        #expect(status.body.contains("Trà shan tuyết Suối Mơ"))
        #expect(status.body.contains("Lò Thị Mai"))
        #expect(status.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
        #expect(status.headers[.cacheControl] == "no-store")

        let store = try PlanStore.open(at: fixture.fairPath, for: .reading)
        let plan = try store.loadPlan()
        #expect(plan.organisations.count == before + 1)
        let organisation = try #require(
            plan.organisations.first { $0.name == "Hợp tác xã Nông nghiệp Suối Mơ" })
        #expect(plan.products.contains { $0.owner == organisation.id && $0.name == "Trà shan tuyết Suối Mơ" })
        #expect(plan.people.contains { $0.organisation == organisation.id })
        let party = try #require(plan.parties.first { $0.kind == .organisation(organisation.id) })
        #expect(party.registrationStatus == .pending)
        #expect(party.registeredAt == PortalFixture.now)
        #expect(plan.boothRequests.first { $0.party == party.id }?.boothsWanted == 1)
        let submissions = try store.submissions()
        #expect(submissions.count == 1)
        #expect(submissions.first?.organisation == organisation.id)
        #expect(submissions.first?.source == .form)
        try store.close()
        let bytes =
            try Data(contentsOf: URL(fileURLWithPath: fixture.fairPath))
            + ((try? Data(contentsOf: URL(fileURLWithPath: fixture.fairPath + "-wal"))) ?? Data())
        #expect(bytes.range(of: Data(token.utf8)) == nil)
    }

    @Test("errors are shown beside their field, values kept, nothing written")
    func errorsBesideFields() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let before = try Self.organisations(fixture).count
        var values = Self.exampleForm()
        values["o.organisationProvince"] = "Tỉnh Không Có"
        values["p0.stars"] = "9"
        let sent = values
        let page = try await Self.withClient(fixture) { try await Self.post($0, sent) }
        #expect(page.status == .unprocessableContent)
        #expect(page.body.contains("role=\"alert\""))
        let province = try #require(page.body.range(of: "id=\"o-organisationProvince-ghi-chu\""))
        #expect(page.body[province.upperBound...].prefix(600).contains("finding error"))
        let stars = try #require(page.body.range(of: "id=\"p0-stars-ghi-chu\""))
        #expect(page.body[stars.upperBound...].prefix(600).contains("finding error"))
        #expect(page.body.contains("aria-invalid=\"true\""))
        #expect(page.body.contains("value=\"Lò Thị Mai\""))
        #expect(try Self.organisations(fixture).count == before)
    }

    @Test("checking only writes nothing and says the form can be sent")
    func checkOnly() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let before = try Self.organisations(fixture).count
        var values = Self.exampleForm()
        values["hanh-dong"] = "kiem-tra"
        let sent = values
        let page = try await Self.withClient(fixture) { try await Self.post($0, sent) }
        #expect(page.status == .ok)
        #expect(page.body.contains("Đăng ký hợp lệ"))
        #expect(try Self.organisations(fixture).count == before)
    }

    @Test(
        "the same form sent twice finds the first private link; the same organisation sent otherwise is refused"
    )
    func twice() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let before = try Self.organisations(fixture).count
        var changed = Self.exampleForm()
        changed["o.contactPhone"] = "0912 345 679"
        let sentAgain = changed
        let (first, resent, other) = try await Self.withClient(fixture) { client in
            (
                try await Self.post(client, Self.exampleForm()),
                try await Self.post(client, Self.exampleForm()),
                try await Self.post(client, sentAgain)
            )
        }
        #expect(first.status == .seeOther)
        // A double click or the browser's «resend»: the same link, nothing registered twice.
        #expect(resent.status == .seeOther)
        #expect(resent.headers[.location] == first.headers[.location])
        #expect(try Self.organisations(fixture).count == before + 1)
        #expect(try PlanStore.open(at: fixture.fairPath, for: .reading).submissions().count == 1)
        // Another post for the same organisation is still refused as already registered.
        #expect(other.status == .unprocessableContent)
        #expect(other.body.contains("đã đăng ký"))
    }

    @Test("a double click: the same form posted twice at once gives both posts the one private link")
    func doubleClick() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let before = try Self.organisations(fixture).count
        let forms = (1...4).map { number in
            Self.exampleForm(name: "Hợp tác xã Nông nghiệp Bấm Hai Lần \(number)", code: "590087654\(number)")
        }
        let pairs = try await Self.withClient(fixture) { client in
            try await withThrowingTaskGroup(of: (Int, Page).self) { group in
                for (index, form) in forms.enumerated() {
                    for _ in 0..<2 { group.addTask { (index, try await Self.post(client, form)) } }
                }
                var pages: [Int: [Page]] = [:]
                for try await (index, page) in group { pages[index, default: []].append(page) }
                return pages
            }
        }
        for index in forms.indices {
            let pages = pairs[index] ?? []
            #expect(pages.map(\.status) == [.seeOther, .seeOther], "\(pages.map(\.body))")
            #expect(Set(pages.compactMap { $0.headers[.location] }).count == 1)
        }
        #expect(try Self.organisations(fixture).count == before + forms.count)
    }

    @Test("the public form never shows whose phone, code or entry another registration matches")
    func otherRegistrationsStayPrivate() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        // Everything typed differs from the first registration but one detail each.
        func other(name: String, code: String) -> [String: String] {
            var form = Self.exampleForm(name: name, code: code)
            form["p0.productName"] = "Trà xanh Bản Khác"
            form["d0.fullName"] = "Hà Văn Khác"
            form["d0.delegatePhone"] = "0987 654 321"
            form["d0.delegateEmail"] = "khac@example.vn"
            form["hanh-dong"] = "kiem-tra"
            return form
        }
        // The same delegate (name and phone) as the first registration's.
        var samePhone = other(name: "Hợp tác xã Chè Bản Khác", code: "5900876599")
        samePhone["d0.fullName"] = "Lò Thị Mai"
        samePhone["d0.delegatePhone"] = "0912 000 111"
        let sameCode = other(name: "Hợp tác xã Mượn Mã Số", code: "5900876543")
        let (phoneForm, codeForm) = (samePhone, sameCode)
        let (first, phone, code) = try await Self.withClient(fixture) { client in
            (
                try await Self.post(client, Self.exampleForm()),
                try await Self.post(client, phoneForm),
                try await Self.post(client, codeForm)
            )
        }
        #expect(first.status == .seeOther)
        let neutral = InterchangeMessage.matchesOtherRegistration.text(.vietnamese)
        #expect(!code.body.contains("Lò Thị Mai"))
        for page in [phone, code] {
            #expect(!page.body.contains("db-lo-thi-mai") && !page.body.contains("db-"), "\(page.body)")
            #expect(!page.body.contains("Suối Mơ") && !page.body.contains("tc-"), "\(page.body)")
            #expect(!page.body.contains("--update") && !page.body.contains("--skip-invalid"))
        }
        #expect(phone.body.contains(Self.escaped(neutral)))
        #expect(code.body.contains(Self.escaped(neutral)))
    }

    /// `text` as the page's HTML escapes it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test("a post without the anti-forgery token, or with another, is refused and writes nothing")
    func forgery() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let before = try Self.organisations(fixture).count
        let (missing, wrong) = try await Self.withClient(fixture) { client in
            (
                try await Self.post(client, Self.exampleForm(), csrf: nil),
                try await Self.post(client, Self.exampleForm(), csrf: String(repeating: "R", count: 43))
            )
        }
        #expect(missing.status == .forbidden)
        #expect(wrong.status == .forbidden)
        #expect(try Self.organisations(fixture).count == before)
    }

    @Test("past the limit of posts a minute from one address, posts are refused")
    func rateLimit() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        var values = Self.exampleForm()
        values["hanh-dong"] = "kiem-tra"
        let sent = values
        let statuses = try await Self.withClient(fixture, settings: RegistrationSettings(postsPerMinute: 2)) {
            client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<3 { statuses.append(try await Self.post(client, sent).status) }
            return statuses
        }
        #expect(statuses == [.ok, .ok, .tooManyRequests])
    }

    @Test("after the closing time the form is closed and posts are refused")
    func closed() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let closesAt = LocalDateTime(
            date: CalendarDate(year: 2026, month: 11, day: 30)!, time: TimeOfDay(hour: 23, minute: 59)!)
        let (page, posted) = try await Self.withClient(
            fixture, settings: RegistrationSettings(closesAt: closesAt)
        ) {
            client in
            (try await Self.get(client, "/hoi-cho/dang-ky"), try await Self.post(client, Self.exampleForm()))
        }
        #expect(page.body.contains("Đã hết hạn đăng ký"))
        #expect(!page.body.contains("<form class=\"register\""))
        #expect(posted.status == .forbidden)
    }

    @Test("markup typed into every text field is stored as text and shown inert on every page")
    func storedMarkup() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"
        var values = Self.exampleForm(name: "HTX \(payload)", code: "")
        for (key, _) in values where !key.hasPrefix("o.organisationProvince") {
            let field = RegistrationField(rawValue: String(key.split(separator: ".")[1]))
            guard let field, RegistrationDropDown.of(field) == nil, !Self.typedFields.contains(field),
                !Self.codedFields.contains(field)
            else { continue }
            values[key] = (values[key] ?? "") + payload
        }
        values["b.partyNotes"] = payload
        let sent = values
        let pages = try await Self.withClient(fixture) { client in
            let posted = try await Self.post(client, sent)
            var pages = [posted]
            if let location = posted.headers[.location] { pages.append(try await Self.get(client, location)) }
            return pages
        }
        #expect(pages.count == 2, "\(pages.first?.body ?? "")")
        for page in pages {
            #expect(!page.body.contains("<script>alert"))
            #expect(!page.body.contains("<img src=x"))
        }
        #expect(pages.last?.body.contains("&lt;script&gt;") == true)
    }

    @Test("an unknown or malformed link is not found; the portal without registrations has no form")
    func unknownLinks() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let statuses = try await Self.withClient(fixture) { client in
            [
                try await Self.get(client, "/hoi-cho/dang-ky/" + String(repeating: "A", count: 43)).status,
                try await Self.get(client, "/hoi-cho/dang-ky/abc").status,
            ]
        }
        #expect(statuses == [.notFound, .notFound])
        let disabled = try await Self.withClient(fixture, settings: .disabled) { client in
            try await Self.get(client, "/hoi-cho/dang-ky").status
        }
        #expect(disabled == .notFound)
    }

    @Test("the blank template downloads as XLSX and ODS with the plan's lists")
    func template() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let (xlsx, ods) = try await Self.withClient(fixture) { client in
            (
                try await client.execute(uri: "/hoi-cho/mau-dang-ky.xlsx", method: .get) {
                    ($0.status, $0.headers, Array($0.body.readableBytesView.prefix(4)))
                },
                try await client.execute(uri: "/hoi-cho/mau-dang-ky.ods", method: .get) {
                    ($0.status, $0.headers, Array($0.body.readableBytesView.prefix(4)))
                }
            )
        }
        #expect(xlsx.0 == .ok)
        #expect(xlsx.1[.contentType]?.contains("spreadsheetml") == true)
        #expect(xlsx.2 == [0x50, 0x4B, 0x03, 0x04])
        #expect(ods.0 == .ok)
        #expect(ods.2 == [0x50, 0x4B, 0x03, 0x04])
    }
}
