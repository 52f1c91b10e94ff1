import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Planning
import Store
import Testing
import Web
import Workflow

@Suite("Web: the staff console is behind sign-in, by role, and works the registrations")
struct StaffConsoleTests {
    /// The password of the tests' accounts.
    static let password = "mat-khau-kiem-thu"

    /// The fixture with a staff and an admin account in the fair's plan file.
    static func fixture() throws -> PortalFixture {
        let fixture = try PortalFixture()
        let store = try PlanStore.open(at: fixture.fairPath)
        let context = ChangeContext(user: "kiem-thu", now: PortalFixture.now)
        _ = try AddAccount(store: store, cost: 4).run(
            name: "lan.nguyen", role: .staff, password: password, context: context)
        _ = try AddAccount(store: store, cost: 4).run(
            name: "quan.tri", role: .admin, password: password, context: context)
        try store.close()
        return fixture
    }

    /// The fair's first organisation, as stored: the one the staff form tests edit.
    static func fixtureOrganisation(_ fixture: PortalFixture) throws -> Organisation {
        try #require(try RegistrationTests.organisations(fixture).first)
    }

    /// The fair's first product with a four-star OCOP certificate, as stored: the one the staff
    /// form tests edit.
    static func fourStarProduct(_ fixture: PortalFixture) throws -> Product {
        let store = try PlanStore.open(at: fixture.fairPath, for: .reading)
        defer { try? store.close() }
        return try #require(try store.loadPlan().products.first { $0.recognition?.stars == 4 })
    }

    /// The form of `product` on its owner's edit page, opened by the holder of `staff`: its fields
    /// as the browser sends them back.
    static func productForm(_ client: any TestClientProtocol, _ product: Product, staff: String?) async throws
        -> [String: String]
    {
        let page = try await request(
            client, "/hoi-cho/quan-ly/sua?to-chuc=\(product.owner.rawValue)", method: .get, staff: staff)
        return StaffFormTests.form(
            page.body, action: "/hoi-cho/quan-ly/sua-san-pham", marker: "value=\"\(product.id.rawValue)\"")
    }

    /// Signs in as `name` on `site`; the staff cookie's token, nil when refused.
    static func signIn(
        _ client: any TestClientProtocol, _ name: String, password: String = StaffConsoleTests.password,
        site: String = "hoi-cho"
    ) async throws -> (status: HTTPResponse.Status, cookie: String?) {
        try await client.execute(
            uri: "/\(site)/quan-ly/dang-nhap", method: .post,
            headers: [
                .contentType: "application/x-www-form-urlencoded",
                .cookie: "fairplan_csrf=\(RegistrationTests.csrf)",
            ],
            body: RegistrationTests.body(["ten": name, "mat-khau": password])
        ) { response in
            (response.status, response.headers[.setCookie])
        }
    }

    /// The staff token in a `Set-Cookie` value.
    static func token(_ cookie: String?) -> String? {
        guard let cookie, cookie.hasPrefix("fairplan_staff=") else { return nil }
        return String(cookie.dropFirst("fairplan_staff=".count).prefix(43))
    }

    /// `uri` fetched with `method` as the holder of `staff` (nil: no session); posts carry the
    /// session's form token read from the console, or `csrf`.
    static func request(
        _ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method, staff: String?,
        fields: [String: String] = [:], csrf: String? = nil
    ) async throws -> RegistrationTests.Page {
        var cookies = ["fairplan_csrf=\(RegistrationTests.csrf)"]
        if let staff { cookies.append("fairplan_staff=\(staff)") }
        var values = fields
        if method == .post { values["_csrf"] = csrf ?? RegistrationTests.csrf }
        return try await client.execute(
            uri: uri, method: method,
            headers: [
                .contentType: "application/x-www-form-urlencoded", .cookie: cookies.joined(separator: "; "),
            ],
            body: method == .post ? RegistrationTests.body(values, csrf: nil) : nil
        ) { RegistrationTests.Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body)) }
    }

    /// The edit form's fields of `organisation` as stored (saving them changes nothing).
    static func storedFields(_ organisation: Organisation) -> [String: String] {
        let contact = organisation.contacts.first
        return [
            "to-chuc": organisation.id.rawValue, "name": organisation.name,
            "short-name": organisation.shortName ?? "", "province": organisation.province.officialName,
            "code": organisation.registrationCode?.description ?? organisation.unparsedRegistrationCode ?? "",
            "address": organisation.address ?? "", "members": organisation.memberCount.map(String.init) ?? "",
            "contact": contact?.name ?? "", "phone": contact?.phone ?? "", "email": contact?.email ?? "",
        ]
    }

    /// Follows the plan's solver run on its progress page until it ends (at most ten minutes); the
    /// pages seen, the last one finished.
    static func waitForRun(
        _ client: any TestClientProtocol, staff: String?, site: String = "hoi-cho"
    ) async throws -> [RegistrationTests.Page] {
        var seen: [RegistrationTests.Page] = []
        // Up to ten minutes by the clock: the console's form sets no limit here, so the run takes
        // the default ten seconds at most, but a debug build under the whole suite's load is slow
        // to start and to save.
        let deadline = ContinuousClock.now.advanced(by: .seconds(600))
        while ContinuousClock.now < deadline {
            let page = try await request(client, "/\(site)/quan-ly/tien-trinh", method: .get, staff: staff)
            seen.append(page)
            if page.status != .ok || !page.body.contains("http-equiv=\"refresh\"") { return seen }
            try await Task.sleep(for: .milliseconds(100))
        }
        return seen
    }

    /// The console forms' token in a console page.
    static func consoleToken(_ page: String) -> String? {
        guard let range = page.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix(43))
    }

    @Test(
        "a wrong password or name is refused alike; a right one opens a session cookie for the plan's console"
    )
    func signIn() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let results = try await RegistrationTests.withClient(fixture) { client in
            [
                try await Self.signIn(client, "lan.nguyen", password: "sai-mat-khau-roi"),
                try await Self.signIn(client, "khong.co.ai"),
                try await Self.signIn(client, "lan.nguyen"),
            ]
        }
        #expect(results[0].status == .unauthorized)
        #expect(results[0].cookie?.hasPrefix("fairplan_staff") != true)
        #expect(results[1].status == .unauthorized)
        #expect(results[2].status == .seeOther)
        let cookie = try #require(results[2].cookie)
        #expect(cookie.contains("Path=/hoi-cho/quan-ly"))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
    }

    @Test(
        "every staff route, walked by every role: no anonymous or cooperative access, admins only for accounts"
    )
    func routesByRole() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let organisation = try Self.fixtureOrganisation(fixture)
        let stored = Self.storedFields(organisation)
        let product = try #require(
            try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().products.first
        )
        .id.rawValue
        // An unknown delegate: the post is refused by the use case and says so on the page.
        let person = "x"
        let routes: [(uri: String, method: HTTPRequest.Method, minimum: StaffAccount.Role)] = [
            ("/hoi-cho/quan-ly", .get, .staff),
            ("/hoi-cho/quan-ly?trang-thai=pending", .get, .staff),
            ("/hoi-cho/quan-ly/tai-khoan", .get, .admin),
            ("/hoi-cho/quan-ly/tai-ve", .get, .staff),
            ("/hoi-cho/quan-ly/tai-ve/danh-sach?ds=exhibitors&dang=csv", .get, .staff),
            ("/hoi-cho/quan-ly/tai-ve/giay-to?loai=fascia&dang=odt", .get, .staff),
            ("/hoi-cho/quan-ly/thay-doi", .get, .staff),
            ("/hoi-cho/quan-ly/thay-doi?loai=programme", .get, .staff),
            ("/hoi-cho/quan-ly/tien-trinh", .get, .staff),
            ("/hoi-cho/quan-ly/sua?to-chuc=\(organisation.id.rawValue)", .get, .staff),
            ("/hoi-cho/quan-ly/sua", .post, .staff),
            ("/hoi-cho/quan-ly/sua-dai-bieu", .post, .staff),
            ("/hoi-cho/quan-ly/sua-san-pham", .post, .staff),
            ("/hoi-cho/quan-ly/xac-nhan", .post, .staff),
            ("/hoi-cho/quan-ly/rut", .post, .staff),
            ("/hoi-cho/quan-ly/xep-gian", .post, .staff),
            ("/hoi-cho/quan-ly/xep-lich", .post, .staff),
            ("/hoi-cho/quan-ly/cong-bo", .post, .staff),
            ("/hoi-cho/quan-ly/dang-xuat", .post, .staff),
        ]
        let outcomes = try await RegistrationTests.withClient(fixture) { client in
            // A cooperative: it registered through the form and holds its private link.
            let posted = try await RegistrationTests.post(client, RegistrationTests.exampleForm())
            let cooperativeLink = posted.headers[.location] ?? ""
            let cooperative = String(cooperativeLink.split(separator: "/").last ?? "")
            var outcomes: [String] = []
            for role in ["anonymous", "cooperative", "staff", "admin", "other-plan"] {
                // One sign-in per role (sign-in attempts are rate-limited); signing out comes last.
                var staff: String?
                var csrf: String?
                switch role {
                case "staff", "admin", "other-plan":
                    staff = Self.token(
                        try await Self.signIn(client, role == "admin" ? "quan.tri" : "lan.nguyen").cookie)
                    let console = try await Self.request(
                        client, "/hoi-cho/quan-ly", method: .get, staff: staff)
                    csrf = Self.consoleToken(console.body)
                case "cooperative": staff = cooperative
                default: staff = nil
                }
                for route in routes {
                    // A session of the fair, sent to the briefing's console, opens nothing there.
                    let uri =
                        role == "other-plan"
                        ? route.uri.replacingOccurrences(of: "/hoi-cho/", with: "/hoi-nghi/") : route.uri
                    let fields =
                        route.uri.hasSuffix("/sua")
                        ? stored
                        : [
                            "don-vi": "x", "gioi-han": "1", "to-chuc": "x", "dai-bieu": person,
                            "san-pham": product,
                        ]
                    let page = try await Self.request(
                        client, uri, method: route.method, staff: staff, fields: fields, csrf: csrf)
                    outcomes.append("\(role) \(route.uri) \(route.method) \(page.status.code)")
                }
            }
            return outcomes
        }
        for outcome in outcomes {
            let parts = outcome.split(separator: " ")
            let role = parts[0]
            let method = parts[2]
            let status = Int(parts[3]) ?? 0
            let route = try #require(routes.first { $0.uri == parts[1] })
            switch role {
            case "anonymous", "cooperative", "other-plan":
                // A post without a session of this plan: «your session has ended, sign in again»;
                // signing out without one goes to the sign-in page, as a page asked for does.
                let signOut = route.uri.hasSuffix("/dang-xuat")
                #expect(
                    method == "GET" || signOut
                        ? status == 303 || status == 404 : status == 401 || status == 404,
                    "\(outcome)")
            case "staff" where route.minimum == .admin:
                #expect(status == 403, "\(outcome)")
            default:
                #expect(status == 200 || status == 303, "\(outcome)")
            }
        }
        #expect(outcomes.count == routes.count * 5)
    }

    @Test("a post with the session but without its form token is refused")
    func forgedStaffPost() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let status = try await RegistrationTests.withClient(fixture) { client in
            let staff = Self.token(try await Self.signIn(client, "lan.nguyen").cookie)
            return try await Self.request(client, "/hoi-cho/quan-ly/xep-gian", method: .post, staff: staff)
                .status
        }
        #expect(status == .forbidden)
    }

    @Test(
        "a registration made through the form is confirmed, allocated and published; the cooperative sees its booths"
    )
    func confirmAllocatePublish() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let (listed, status, exhibitor) = try await RegistrationTests.withClient(fixture) { client in
            let posted = try await RegistrationTests.post(client, RegistrationTests.exampleForm())
            let link = posted.headers[.location] ?? ""
            let staff = Self.token(try await Self.signIn(client, "lan.nguyen").cookie)
            let listed = try await Self.request(
                client, "/hoi-cho/quan-ly?trang-thai=pending&tim=suoi+mo", method: .get, staff: staff)
            let csrf = Self.consoleToken(listed.body)
            let id = listed.body.range(of: "id=\"dk-").map {
                String(listed.body[$0.upperBound...].prefix { $0 != "\"" })
            }
            _ = try await Self.request(
                client, "/hoi-cho/quan-ly/xac-nhan", method: .post, staff: staff,
                fields: ["don-vi": id ?? ""], csrf: csrf)
            let started = try await Self.request(
                client, "/hoi-cho/quan-ly/xep-gian", method: .post, staff: staff, fields: ["gioi-han": "2"],
                csrf: csrf)
            #expect(started.headers[.location] == "/hoi-cho/quan-ly/tien-trinh")
            let progress = try await Self.waitForRun(client, staff: staff)
            #expect(progress.last?.body.contains("Đã xếp gian:") == true, "\(progress.last?.body ?? "")")
            _ = try await Self.request(
                client, "/hoi-cho/quan-ly/cong-bo", method: .post, staff: staff, csrf: csrf)
            let status = try await RegistrationTests.get(client, link)
            let exhibitor = try await RegistrationTests.get(client, "/hoi-cho/gian-hang/\(id ?? "")")
            return (listed, status, exhibitor)
        }
        #expect(listed.status == .ok)
        #expect(listed.body.contains("Hợp tác xã Nông nghiệp Suối Mơ"))
        #expect(listed.body.contains("đăng ký qua cổng"))
        #expect(status.body.contains("Đã xếp gian"), "\(status.body)")
        #expect(status.body.contains("Gian được xếp:"))
        #expect(exhibitor.status == .ok)
        let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
        let organisation = try #require(
            plan.organisations.first { $0.name == "Hợp tác xã Nông nghiệp Suối Mơ" })
        let party = try #require(plan.parties.first { $0.kind == .organisation(organisation.id) })
        #expect(party.registrationStatus == .placed)
        let history = try PlanStore.open(at: fixture.fairPath, for: .reading).journal()
        #expect(history.contains { $0.note.user == "lan.nguyen" })
    }
}
