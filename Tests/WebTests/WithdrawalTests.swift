import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Planning
import Store
import Testing
import Web
import Workflow

@Suite("Web: a withdrawal withdraws what its confirmation page showed, and only once")
struct WithdrawalTests {
    /// The value of the hidden field `name` in `page`.
    static func hidden(_ name: String, in page: String) -> String? {
        guard let range = page.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The confirming post of a withdrawal page: its party, the state it showed, and `xac-nhan`.
    static func confirmation(_ page: String) -> [String: String] {
        var fields = ["xac-nhan": "co"]
        for name in ["don-vi", "trang-thai", "gian"] { fields[name] = hidden(name, in: page) }
        return fields
    }

    @Test(
        "a party moved after its confirmation page was opened: the confirmation is refused with the page as it is now, then the fresh one frees the booths it names"
    )
    func staleConfirmation() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let context = ChangeContext(user: "canbo.khac", now: PortalFixture.now)
        // Confirmed, so that it may be moved by hand.
        _ = try ConfirmRegistrations(store: try PlanStore.open(at: fixture.fairPath)).run(
            [try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().parties[0].id.rawValue],
            context: context)
        let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
        let party = plan.parties[0]
        let held = plan.boothAssignments.filter { $0.party == party.id }.map(\.booth).sorted()
        let lettable = (plan.venue?.lettableBooths.map(\.code) ?? []).sorted()
        let moved = Array(lettable[6...7])
        let (asked, refused, statusAfterRefusal, confirmed, console) = try await RegistrationTests.withClient(
            fixture
        ) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let asked = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: ["don-vi": party.id.rawValue], csrf: csrf)
            // Meanwhile someone moves the party (as `fairplan move … --force` does).
            var placement = HandPlacement(party: party.id.rawValue, booths: moved)
            placement.force = true
            _ = try MoveBooths(store: try PlanStore.open(at: fixture.fairPath)).run(
                placement, context: context)
            let refused = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: Self.confirmation(asked.body), csrf: csrf)
            let status = try PlanStore.open(at: fixture.fairPath, for: .reading).party(party.id)?
                .registrationStatus
            let confirmed = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: Self.confirmation(refused.body), csrf: csrf)
            let console = try await StaffConsoleTests.request(
                client, confirmed.headers[.location] ?? "/", method: .get, staff: staff)
            return (asked, refused, status, confirmed, console)
        }
        #expect(asked.status == .ok)
        #expect(Self.hidden("gian", in: asked.body) == held.joined(separator: ","), "\(asked.body)")
        #expect(Self.hidden("trang-thai", in: asked.body) == party.registrationStatus.rawValue)
        #expect(refused.status == .conflict)
        #expect(refused.body.contains("banner error"), "\(refused.body)")
        #expect(refused.body.contains("đã thay đổi sau khi anh/chị mở trang này; chưa rút đăng ký"))
        #expect(refused.body.contains("Các gian \(moved.joined(separator: ", ")) được trả lại"))
        #expect(Self.hidden("gian", in: refused.body) == moved.joined(separator: ","))
        #expect(statusAfterRefusal != .withdrawn)
        #expect(confirmed.status == .seeOther)
        #expect(
            console.body.contains("Đã rút đăng ký; các gian \(moved.joined(separator: ", ")) được trả lại."),
            "\(console.body)")
        let stored = try PlanStore.open(at: fixture.fairPath, for: .reading).party(party.id)
        #expect(stored?.registrationStatus == .withdrawn)
    }

    @Test(
        "a party already withdrawn: the confirmation page says so with no button, and a second confirmation says it plainly"
    )
    func alreadyWithdrawn() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
        let party = plan.parties[1]
        let (askedAgain, second, console) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            let asked = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: ["don-vi": party.id.rawValue], csrf: csrf)
            let fields = Self.confirmation(asked.body)
            _ = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff, fields: fields, csrf: csrf)
            // A second tab: its button, then its confirmation.
            let askedAgain = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: ["don-vi": party.id.rawValue], csrf: csrf)
            let second = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff, fields: fields, csrf: csrf)
            let console = try await StaffConsoleTests.request(
                client, second.headers[.location] ?? "/", method: .get, staff: staff)
            return (askedAgain, second, console)
        }
        #expect(askedAgain.status == .ok)
        #expect(askedAgain.body.contains("Đăng ký của «\(party.name)» đã rút rồi"), "\(askedAgain.body)")
        #expect(!askedAgain.body.contains("name=\"xac-nhan\""))
        #expect(!askedAgain.body.contains("Xác nhận rút đăng ký"))
        #expect(second.status == .seeOther)
        #expect(console.body.contains("Đăng ký của «\(party.name)» đã rút rồi"), "\(console.body)")
        #expect(!console.body.contains("Không thể chuyển"))
        #expect(!console.body.contains("sang «Đã rút»"))
    }
}
