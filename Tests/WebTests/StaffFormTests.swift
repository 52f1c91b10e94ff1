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
        #expect(anonymous.status == .forbidden)
        let stored = try PlanStore.open(at: fixture.fairPath, for: .reading).party(party.id)
        #expect(stored?.registrationStatus == party.registrationStatus)
    }
}
