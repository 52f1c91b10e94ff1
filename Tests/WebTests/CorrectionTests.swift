import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Planning
import Store
import Testing
import Web
import Workflow

@Suite("Web: a cooperative corrects its submission through its private link until registration closes")
struct CorrectionTests {
    /// Registers the example form (named `name`, coded `code`) and returns its private link's token.
    static func register(
        _ client: any TestClientProtocol, name: String = "Hợp tác xã Nông nghiệp Suối Mơ",
        code: String = "5900876543", delegate: String = "Lò Thị Mai"
    ) async throws -> String {
        var values = RegistrationTests.exampleForm(name: name, code: code)
        values["d0.fullName"] = delegate
        let posted = try await RegistrationTests.post(client, values)
        let location = try #require(posted.headers[.location], "\(posted.body)")
        return String(location.dropFirst("/hoi-cho/dang-ky/".count))
    }

    /// The stored organisation named `name`, its products and its delegates.
    static func stored(_ fixture: PortalFixture, _ name: String = "Hợp tác xã Nông nghiệp Suối Mơ") throws
        -> (organisation: Organisation, products: [Product], people: [Person], plan: Plan)
    {
        let store = try PlanStore.open(at: fixture.fairPath, for: .reading)
        defer { try? store.close() }
        let plan = try store.loadPlan()
        let organisation = try #require(plan.organisations.first { $0.name == name })
        return (
            organisation, plan.products.filter { $0.owner == organisation.id },
            plan.people.filter { $0.organisation == organisation.id }, plan
        )
    }

    /// The example form as the correction form sends it back: the stored product and delegate
    /// identifiers in the hidden fields.
    static func correctionForm(_ fixture: PortalFixture) throws -> [String: String] {
        let stored = try stored(fixture)
        var values = RegistrationTests.exampleForm()
        values["p0.ma"] = stored.products.first?.id.rawValue
        values["d0.ma"] = stored.people.first?.id.rawValue
        return values
    }

    /// The journal's commands, newest first.
    static func journal(_ fixture: PortalFixture) throws -> [String] {
        let store = try PlanStore.open(at: fixture.fairPath, for: .reading)
        defer { try? store.close() }
        return try ShowHistory(store: store).run().entries.map(\.note.command)
    }

    @Test("the correction form is pre-filled; a changed field is saved on the same organisation, journaled")
    func correctField() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let (token, consoleBefore) = try await RegistrationTests.withClient(fixture) { client in
            let token = try await Self.register(client)
            let staff = StaffConsoleTests.token(
                try await StaffConsoleTests.signIn(client, "lan.nguyen").cookie)
            return (
                token,
                try await StaffConsoleTests.request(client, "/hoi-cho/quan-ly", method: .get, staff: staff)
            )
        }
        let before = try Self.stored(fixture)
        var values = try Self.correctionForm(fixture)
        values["o.organisationAddress"] = "Bản Suối Mơ, xã Chiềng Cơi"
        let sent = values
        let (form, posted, page, console) = try await RegistrationTests.withClient(fixture) { client in
            let form = try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)/sua")
            let posted = try await RegistrationTests.post(client, sent, uri: "/hoi-cho/dang-ky/\(token)/sua")
            let page = try await RegistrationTests.get(client, posted.headers[.location] ?? "/")
            let staff = StaffConsoleTests.token(
                try await StaffConsoleTests.signIn(client, "lan.nguyen").cookie)
            let console = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly", method: .get, staff: staff)
            return (form, posted, page, console)
        }
        #expect(!consoleBefore.body.contains("đã tự sửa qua liên kết riêng"))
        #expect(console.body.contains("đã tự sửa qua liên kết riêng lúc 10:00"))
        #expect(form.status == .ok)
        #expect(form.body.contains("value=\"Hợp tác xã Nông nghiệp Suối Mơ\""))
        #expect(form.body.contains("value=\"Lò Thị Mai\""))
        #expect(form.body.contains("name=\"p0.ma\" value=\"\(before.products[0].id.rawValue)\""))
        #expect(form.body.contains("action=\"/hoi-cho/dang-ky/\(token)/sua\""))
        #expect(form.headers[.cacheControl] == "no-store")
        #expect(posted.status == .seeOther, "\(posted.body)")
        #expect(posted.headers[.location] == "/hoi-cho/dang-ky/\(token)?da-sua=1")
        #expect(page.body.contains("Đã lưu sửa đổi"))
        let after = try Self.stored(fixture)
        #expect(after.organisation.id == before.organisation.id)
        #expect(after.organisation.address == "Bản Suối Mơ, xã Chiềng Cơi")
        #expect(after.products.map(\.id) == before.products.map(\.id))
        #expect(after.people.map(\.id) == before.people.map(\.id))
        #expect(try Self.journal(fixture).first == "correct online")
    }

    @Test("a product and a delegate are added, then removed; kept entries keep their identifiers")
    func addAndRemoveRows() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let token = try await RegistrationTests.withClient(fixture) { try await Self.register($0) }
        let before = try Self.stored(fixture)
        var adding = try Self.correctionForm(fixture)
        for (key, value) in adding where key.hasPrefix("p0.") && key != "p0.ma" {
            adding["p1." + key.dropFirst(3)] = value
        }
        adding["p1.productName"] = "Mật ong hoa rừng Suối Mơ"
        adding["p1.decisionNumber"] = "413/QĐ-UBND"
        for (key, value) in adding where key.hasPrefix("d0.") && key != "d0.ma" {
            adding["d1." + key.dropFirst(3)] = value
        }
        adding["d1.fullName"] = "Cầm Văn Thành"
        adding["d1.delegatePhone"] = "0912 000 222"
        adding["d1.delegateEmail"] = "thanh@example.vn"
        let sentAdding = adding
        let added = try await RegistrationTests.withClient(fixture) {
            try await RegistrationTests.post($0, sentAdding, uri: "/hoi-cho/dang-ky/\(token)/sua")
        }
        #expect(added.status == .seeOther, "\(added.body)")
        let middle = try Self.stored(fixture)
        #expect(
            middle.products.map(\.name).sorted() == ["Mật ong hoa rừng Suối Mơ", "Trà shan tuyết Suối Mơ"])
        #expect(
            middle.products.contains { $0.id == before.products[0].id && $0.name == "Trà shan tuyết Suối Mơ" }
        )
        #expect(middle.people.map(\.name.fullName).sorted() == ["Cầm Văn Thành", "Lò Thị Mai"])
        #expect(middle.people.contains { $0.id == before.people[0].id })
        let newcomer = try #require(middle.people.first { $0.name.fullName == "Cầm Văn Thành" })
        #expect(middle.plan.attendances.contains { $0.person == newcomer.id })

        // Now the first product and the first delegate are emptied: they go.
        var removing = sentAdding
        for key in removing.keys where (key.hasPrefix("p0.") || key.hasPrefix("d0.")) && !key.hasSuffix(".ma")
        {
            removing[key] = ""
        }
        let newProduct = try #require(middle.products.first { $0.name == "Mật ong hoa rừng Suối Mơ" })
        removing["p1.ma"] = newProduct.id.rawValue
        removing["d1.ma"] = newcomer.id.rawValue
        let sentRemoving = removing
        let removed = try await RegistrationTests.withClient(fixture) {
            try await RegistrationTests.post($0, sentRemoving, uri: "/hoi-cho/dang-ky/\(token)/sua")
        }
        #expect(removed.status == .seeOther, "\(removed.body)")
        let after = try Self.stored(fixture)
        #expect(after.products.map(\.id) == [newProduct.id])
        #expect(after.people.map(\.id) == [newcomer.id])
        #expect(!after.plan.people.contains { $0.id == before.people[0].id })
        #expect(!after.plan.attendances.contains { $0.person == before.people[0].id })
        #expect(try Self.journal(fixture).prefix(2) == ["correct online", "correct online"])
    }

    @Test("a wrong value is shown beside its field and nothing is stored")
    func findingsNothingStored() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let token = try await RegistrationTests.withClient(fixture) { try await Self.register($0) }
        let before = try Self.stored(fixture)
        let journal = try Self.journal(fixture)
        var values = try Self.correctionForm(fixture)
        values["o.organisationProvince"] = "Tỉnh Không Có"
        values["o.organisationAddress"] = "Địa chỉ mới"
        let sent = values
        let page = try await RegistrationTests.withClient(fixture) {
            try await RegistrationTests.post($0, sent, uri: "/hoi-cho/dang-ky/\(token)/sua")
        }
        #expect(page.status == .unprocessableContent)
        let province = try #require(page.body.range(of: "id=\"o-organisationProvince-ghi-chu\""))
        #expect(page.body[province.upperBound...].prefix(600).contains("finding error"))
        #expect(page.body.contains("value=\"Địa chỉ mới\""))
        let after = try Self.stored(fixture)
        #expect(after.organisation == before.organisation)
        #expect(try Self.journal(fixture) == journal)
    }

    @Test("after registration closes, or once withdrawn, the page is read-only and posts are refused")
    func refusedAfterDeadline() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let token = try await RegistrationTests.withClient(fixture) { try await Self.register($0) }
        let before = try Self.stored(fixture)
        var values = try Self.correctionForm(fixture)
        values["o.organisationAddress"] = "Sau hạn"
        let sent = values
        // The same plan served with registration closed before the fixture's clock.
        let closesAt = LocalDateTime(
            date: CalendarDate(year: 2026, month: 11, day: 30)!, time: TimeOfDay(hour: 23, minute: 59)!)
        let (form, status, posted) = try await RegistrationTests.withClient(
            fixture, settings: RegistrationSettings(closesAt: closesAt)
        ) { client in
            (
                try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)/sua"),
                try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)"),
                try await RegistrationTests.post(client, sent, uri: "/hoi-cho/dang-ky/\(token)/sua")
            )
        }
        #expect(form.status == .ok)
        #expect(form.body.contains("Đã hết hạn sửa đăng ký"))
        #expect(!form.body.contains("<form class=\"register\""))
        #expect(status.body.contains("Đã hết hạn sửa đăng ký"))
        #expect(!status.body.contains("/hoi-cho/dang-ky/\(token)/sua"))
        #expect(posted.status == .forbidden)
        #expect(posted.body.contains("Đã hết hạn sửa đăng ký"))
        #expect(try Self.stored(fixture).organisation == before.organisation)

        // Withdrawn by the organisers: refused with a conflict, nothing written.
        let store = try PlanStore.open(at: fixture.fairPath)
        let party = try #require(
            before.plan.parties.first { $0.kind == .organisation(before.organisation.id) })
        _ = try WithdrawRegistration(store: store).run(
            party.id.rawValue, context: ChangeContext(user: "kiem-thu", now: PortalFixture.now))
        try store.close()
        let withdrawn = try await RegistrationTests.withClient(fixture) {
            try await RegistrationTests.post($0, sent, uri: "/hoi-cho/dang-ky/\(token)/sua")
        }
        #expect(withdrawn.status == .conflict)
        #expect(withdrawn.body.contains("đã rút"))
        #expect(!withdrawn.body.contains("<form class=\"register\""))
        #expect(try Self.stored(fixture).organisation == before.organisation)
    }

    @Test("a correction without the right anti-forgery token is refused and writes nothing")
    func staleForm() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let token = try await RegistrationTests.withClient(fixture) { try await Self.register($0) }
        let before = try Self.stored(fixture)
        var values = try Self.correctionForm(fixture)
        values["o.organisationAddress"] = "Giả mạo"
        let sent = values
        let (wrong, missing) = try await RegistrationTests.withClient(fixture) { client in
            (
                try await RegistrationTests.post(
                    client, sent, uri: "/hoi-cho/dang-ky/\(token)/sua",
                    csrf: String(repeating: "R", count: 43)),
                try await RegistrationTests.post(
                    client, sent, uri: "/hoi-cho/dang-ky/\(token)/sua", csrf: nil)
            )
        }
        #expect(wrong.status == .forbidden)
        #expect(missing.status == .forbidden)
        #expect(try Self.stored(fixture).organisation == before.organisation)
    }

    @Test("markup typed into a corrected field is stored as text and rendered inert")
    func markupInert() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"
        let token = try await RegistrationTests.withClient(fixture) { try await Self.register($0) }
        var values = try Self.correctionForm(fixture)
        values["o.organisationAddress"] = "Bản " + payload
        values["p0.productName"] = "Trà " + payload
        let sent = values
        let pages = try await RegistrationTests.withClient(fixture) { client in
            let posted = try await RegistrationTests.post(client, sent, uri: "/hoi-cho/dang-ky/\(token)/sua")
            return [
                posted, try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)"),
                try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)/sua"),
            ]
        }
        #expect(pages[0].status == .seeOther, "\(pages[0].body)")
        #expect(try Self.stored(fixture).organisation.address == "Bản " + payload)
        for page in pages.dropFirst() {
            #expect(!page.body.contains("<script>alert"))
            #expect(!page.body.contains("<img src=x"))
            #expect(page.body.contains("&lt;script&gt;"))
        }
    }

    @Test("every private-link route, walked by every role: only the link's holder, and only its own data")
    func privateRoutesByRole() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let files = ["sua", "giay-moi.odt", "the-dai-bieu.odt", "thu-gian-hang.odt"]
        let routes: [(path: String, method: HTTPRequest.Method)] =
            [("", .get), ("sua", .post)] + files.map { ($0, .get) }
        let outcomes = try await RegistrationTests.withClient(fixture) { client in
            let mine = try await Self.register(client)
            let theirs = try await Self.register(
                client, name: "Hợp tác xã Dệt thổ cẩm Bản Lác", code: "5900111222", delegate: "Hà Văn Khiêm")
            let staff = StaffConsoleTests.token(try await StaffConsoleTests.signIn(client, "quan.tri").cookie)
            var outcomes: [(role: String, route: String, status: Int, body: String)] = []
            let roles: [(String, String, String?)] = [
                ("anonymous", String(repeating: "A", count: 43), nil),
                ("staff", String(repeating: "A", count: 43), staff),
                ("holder", mine, nil), ("other", theirs, nil),
            ]
            for (role, token, session) in roles {
                for route in routes {
                    let uri = "/hoi-cho/dang-ky/\(token)" + (route.path.isEmpty ? "" : "/\(route.path)")
                    let page = try await StaffConsoleTests.request(
                        client, uri, method: route.method, staff: session, fields: ["hanh-dong": "kiem-tra"])
                    outcomes.append((role, "\(route.method) \(route.path)", page.status.code, page.body))
                }
            }
            return outcomes.map { outcome in
                let mentionsMine = ["Nông nghiệp Suối Mơ", "Lò Thị Mai"].contains {
                    outcome.body.contains($0)
                }
                return "\(outcome.role)|\(outcome.route)|\(outcome.status)|\(mentionsMine)"
            }
        }
        for outcome in outcomes {
            let parts = outcome.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let (role, route, status, mentionsMine) = (
                parts[0], parts[1], Int(parts[2]) ?? 0, parts[3] == "true"
            )
            switch role {
            case "anonymous", "staff":
                #expect(status == 404, "\(outcome)")
            case "holder":
                let expected =
                    route.hasSuffix("thu-gian-hang.odt") ? [404] : route.hasPrefix("POST") ? [422] : [200]
                #expect(expected.contains(status), "\(outcome)")
            default:
                #expect(!mentionsMine, "\(outcome)")
                #expect(status != 500, "\(outcome)")
            }
        }
        #expect(outcomes.count == routes.count * 4)
    }

    @Test(
        "the correction form pre-fills every product of the booth's list, a shared organisation's too; saved unchanged, it writes nothing (QA 41b #3)"
    )
    func sharedProductsKept() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let token = try await RegistrationTests.withClient(fixture) {
            try await ProductsShownTests.registerBoth($0)
        }
        try ProductsShownTests.shareWithOther(
            fixture, products: ["Trà shan tuyết Suối Mơ", "Mận sấy dẻo QA"])
        let before = try Self.stored(fixture)
        let journal = try Self.journal(fixture)
        var values = try Self.correctionForm(fixture)
        values["b.sharedWith"] = "Hợp tác xã Mận Mộc Châu QA"
        values["b.productsShown"] = "Trà shan tuyết Suối Mơ; Mận sấy dẻo QA"
        values["hanh-dong"] = "luu"
        let sent = values
        let (form, saved) = try await RegistrationTests.withClient(fixture) { client in
            (
                try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)/sua"),
                try await RegistrationTests.post(client, sent, uri: "/hoi-cho/dang-ky/\(token)/sua")
            )
        }
        // The form holds what the post above sends back.
        #expect(
            form.body.contains("name=\"b.productsShown\" value=\"Trà shan tuyết Suối Mơ; Mận sấy dẻo QA\"")
                || form.body.contains("value=\"Trà shan tuyết Suối Mơ; Mận sấy dẻo QA\""), "\(form.body)")
        #expect(form.body.contains("value=\"Hợp tác xã Mận Mộc Châu QA\""))
        #expect(saved.status == .ok, "\(saved.body)")
        #expect(try Self.journal(fixture) == journal, "nothing journaled")
        let after = try Self.stored(fixture)
        #expect(after.plan.boothRequests == before.plan.boothRequests)
    }
}
