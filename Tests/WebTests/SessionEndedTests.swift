import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Planning
import Store
import Testing
import Workflow

@testable import Web

@Suite("Web: a staff form posted after its session ended says so and leads back through sign-in")
struct SessionEndedTests {
    /// The sign-in link of a «session ended» page, unescaped.
    static func signInLink(_ page: String) -> String? {
        guard let range = page.range(of: "<a href=\"/hoi-cho/quan-ly/dang-nhap") else { return nil }
        let link = page[page.index(range.lowerBound, offsetBy: 9)...].prefix { $0 != "\"" }
        return link.replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(
        "signed out in another tab, or the server restarted: 401, «sign in again» with a link back to the form's page (QA 40 N2)"
    )
    func sessionEnded() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try StaffConsoleTests.fixtureOrganisation(fixture)
        let id = organisation.id.rawValue
        var fields = StaffConsoleTests.storedFields(organisation)
        fields["address"] = "Địa chỉ gõ trong thẻ thứ hai"
        let (signedOut, english, withdrawal, staff, csrf) = try await RegistrationTests.withClient(fixture) {
            [fields] client in
            // The second tab keeps the cookies; the first signs out.
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let (other, otherCSRF) = try await StaffToolsTests.staff(client)
            _ = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/dang-xuat", method: .post, staff: other, csrf: otherCSRF)
            let signedOut = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: other, fields: fields, csrf: otherCSRF)
            let english = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua?lang=en", method: .post, staff: other, fields: fields,
                csrf: otherCSRF)
            let withdrawal = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: other, fields: ["don-vi": "x"],
                csrf: otherCSRF)
            return (signedOut, english, withdrawal, staff, csrf)
        }
        // The server restarted: the sessions of the last run are gone.
        let restarted = try await RegistrationTests.withClient(fixture) { [fields] client in
            try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: fields, csrf: csrf)
        }
        for page in [signedOut, restarted] {
            #expect(page.status == .unauthorized, "\(page.status)")
            #expect(page.body.contains("Phiên đăng nhập đã kết thúc"), "\(page.body)")
            #expect(page.body.contains("Hãy đăng nhập lại"))
            #expect(!page.body.contains("Tài khoản của bạn không được dùng trang này"))
            #expect(page.headers[.cacheControl] == "no-store")
            let link = try #require(Self.signInLink(page.body), "\(page.body)")
            #expect(link == "/hoi-cho/quan-ly/dang-nhap?tiep=%2Fhoi-cho%2Fquan-ly%2Fsua%3Fto-chuc%3D\(id)")
            #expect(page.body.contains(">Đăng nhập lại</a>"))
        }
        #expect(english.status == .unauthorized)
        #expect(english.body.contains("Your session has ended"), "\(english.body)")
        #expect(english.body.contains(">Sign in again</a>"))
        #expect(
            Self.signInLink(english.body)
                == "/hoi-cho/quan-ly/dang-nhap?tiep=%2Fhoi-cho%2Fquan-ly%2Fsua%3Fto-chuc%3D\(id)%26lang%3Den&lang=en"
        )
        #expect(withdrawal.status == .unauthorized)
        #expect(Self.signInLink(withdrawal.body) == "/hoi-cho/quan-ly/dang-nhap?tiep=%2Fhoi-cho%2Fquan-ly")
        let stored = try #require(
            try RegistrationTests.organisations(fixture).first { $0.id == organisation.id })
        #expect(stored.address == organisation.address)
    }

    @Test("a signed-in account that lost its role keeps the 403 «your account may not use this page»")
    func accountWithoutRole() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let page = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let store = try PlanStore.open(at: fixture.fairPath)
            try RemoveAccount(store: store).run(name: "lan.nguyen")
            try store.close()
            return try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff, fields: ["don-vi": "x"],
                csrf: csrf)
        }
        #expect(page.status == .forbidden)
        #expect(page.body.contains("Tài khoản của bạn không được dùng trang này"), "\(page.body)")
        #expect(!page.body.contains("Phiên đăng nhập đã kết thúc"))
    }

    @Test(
        "signing in from the link goes back to the form's page; only this console's own pages are gone back to"
    )
    func signInReturns() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let back = "/hoi-cho/quan-ly/sua?to-chuc=tc-x&lang=en"
        let (form, locations, redirect) = try await RegistrationTests.withClient(fixture) { client in
            let form = try await RegistrationTests.get(
                client, "/hoi-cho/quan-ly/dang-nhap?tiep=\(RegistrationTests.encode(back))")
            var locations: [String?] = []
            for next in [
                back, "https://evil.example/", "//evil.example/x", "/hoi-nghi/quan-ly", "/hoi-cho/dang-ky",
                // Dot segments percent-encoded once or twice (a browser resolves `%2e%2e` as `..`).
                "/hoi-cho/quan-ly/%2e%2e/%2e%2e/hoi-nghi/quan-ly", "/hoi-cho/quan-ly/%252e%252e/%252e%252e/x",
            ] {
                let response = try await client.execute(
                    uri: "/hoi-cho/quan-ly/dang-nhap", method: .post,
                    headers: [
                        .contentType: "application/x-www-form-urlencoded",
                        .cookie: "fairplan_csrf=\(RegistrationTests.csrf)",
                    ],
                    body: RegistrationTests.body([
                        "ten": "lan.nguyen", "mat-khau": StaffConsoleTests.password, "tiep": next,
                    ])
                ) { $0.headers[.location] }
                locations.append(response)
            }
            // A page asked for without a session is gone back to after signing in.
            let redirect = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua?to-chuc=tc-x", method: .get, staff: nil)
            return (form, locations, redirect)
        }
        #expect(form.body.contains("name=\"tiep\" value=\"/hoi-cho/quan-ly/sua?to-chuc=tc-x&amp;lang=en\""))
        #expect(
            locations == [back] + Array(repeating: "/hoi-cho/quan-ly", count: 6))
        #expect(redirect.status == .seeOther)
        #expect(
            redirect.headers[.location]
                == "/hoi-cho/quan-ly/dang-nhap?tiep=%2Fhoi-cho%2Fquan-ly%2Fsua%3Fto-chuc%3Dtc-x")
    }

    @Test("a return path is taken only when it stays inside the plan's console")
    func returnPaths() {
        let safe = [
            "/hoi-cho/quan-ly", "/hoi-cho/quan-ly?lang=en", "/hoi-cho/quan-ly/sua?to-chuc=tc-a%20b",
            "/hoi-cho/quan-ly?tim=Ch%C3%A8%20Th%C3%A1i",
        ]
        for path in safe { #expect(PortalPaths.returnPath(path, site: "hoi-cho") == path, "\(path)") }
        let unsafe: [String?] = [
            nil, "", "https://evil.example/hoi-cho/quan-ly", "//evil.example", "/\\evil.example",
            "/hoi-cho/quan-ly-gia", "/hoi-cho/quan-ly/../../x", "/hoi-cho/quan-ly//evil.example",
            "/hoi-cho/quan-ly/dang-nhap", "/hoi-cho/quan-ly/dang-xuat", "/hoi-nghi/quan-ly",
            "/hoi-cho/quan-ly?x=a b", "/hoi-cho/quan-ly?x=\u{0}", "/hoi-cho/quan-ly/sửa",
            "/hoi-cho/quan-ly?" + String(repeating: "a", count: 1_000),
            "hoi-cho/quan-ly", "javascript:alert(1)",
            // `.`, `/` or a backslash percent-encoded, once or more (QA 41b #9).
            "/hoi-cho/quan-ly/%2e%2e/%2e%2e/other/quan-ly", "/hoi-cho/quan-ly/%2E%2E/x",
            "/hoi-cho/quan-ly/%252e%252e/%252e%252e/other/quan-ly", "/hoi-cho/quan-ly/%25252e%25252e/x",
            "/hoi-cho/quan-ly/.%2e/x", "/hoi-cho/quan-ly/%2fevil.example", "/hoi-cho/quan-ly/%5Cevil",
            "/hoi-cho/quan-ly/%252F%252Fevil.example", "/hoi-cho/quan-ly?x=%zz",
        ]
        for path in unsafe {
            #expect(PortalPaths.returnPath(path, site: "hoi-cho") == nil, "\(String(describing: path))")
        }
    }

    @Test(
        "every 401 carries a WWW-Authenticate challenge: a form posted after its session ended, a refused sign-in (QA 41b #9)"
    )
    func challenge() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let (ended, refused) = try await RegistrationTests.withClient(fixture) { client in
            let ended = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: nil, fields: ["don-vi": "x"])
            let refused = try await client.execute(
                uri: "/hoi-cho/quan-ly/dang-nhap", method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded",
                    .cookie: "fairplan_csrf=\(RegistrationTests.csrf)",
                ],
                body: RegistrationTests.body(["ten": "lan.nguyen", "mat-khau": "sai-mat-khau-roi"])
            ) {
                RegistrationTests.Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
            }
            return (ended, refused)
        }
        for page in [ended, refused] {
            #expect(page.status == .unauthorized)
            #expect(
                page.headers[.wwwAuthenticate] == "FormBased realm=\"/hoi-cho/quan-ly\"", "\(page.headers)")
        }
    }

    @Test(
        "signing out without a session goes to the sign-in page (303), not the «session ended» page (QA 41b #9)"
    )
    func signOutWithoutSession() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let (never, twice) = try await RegistrationTests.withClient(fixture) { client in
            let never = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/dang-xuat", method: .post, staff: nil)
            // Signed out in another tab: the second sign-out finds no session.
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            _ = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/dang-xuat", method: .post, staff: staff, csrf: csrf)
            let twice = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/dang-xuat", method: .post, staff: staff, csrf: csrf)
            return (never, twice)
        }
        for page in [never, twice] {
            #expect(page.status == .seeOther, "\(page.body)")
            #expect(page.headers[.location] == "/hoi-cho/quan-ly/dang-nhap")
            #expect(page.headers[.setCookie]?.hasPrefix("fairplan_staff=;") == true)
            #expect(!page.body.contains("Phiên đăng nhập đã kết thúc"))
        }
    }

    @Test(
        "a form other than the edit forms posted after its session ended leads back to the console, whatever `to-chuc` it carries (QA 41b #9)"
    )
    func strayOrganisationField() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let id = try StaffConsoleTests.fixtureOrganisation(fixture).id.rawValue
        let (allocation, edit) = try await RegistrationTests.withClient(fixture) { client in
            let allocation = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/xep-gian", method: .post, staff: nil, fields: ["to-chuc": id])
            let edit = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: nil,
                fields: ["to-chuc": id, "san-pham": "x"])
            return (allocation, edit)
        }
        #expect(allocation.status == .unauthorized)
        #expect(Self.signInLink(allocation.body) == "/hoi-cho/quan-ly/dang-nhap?tiep=%2Fhoi-cho%2Fquan-ly")
        #expect(edit.status == .unauthorized)
        #expect(
            Self.signInLink(edit.body)
                == "/hoi-cho/quan-ly/dang-nhap?tiep=%2Fhoi-cho%2Fquan-ly%2Fsua%3Fto-chuc%3D\(id)")
    }
}
