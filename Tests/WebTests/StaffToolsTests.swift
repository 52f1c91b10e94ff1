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

@Suite("Web: the staff console edits, timetables with progress, shows changes and serves downloads")
struct StaffToolsTests {
    /// A download: status, headers and bytes.
    struct Download {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let bytes: [UInt8]
    }

    /// `uri` downloaded as the holder of `staff`.
    static func download(_ client: any TestClientProtocol, _ uri: String, staff: String?) async throws
        -> Download
    {
        try await client.execute(
            uri: uri, method: .get, headers: [.cookie: "fairplan_staff=\(staff ?? "")"]
        ) { response in
            Download(
                status: response.status, headers: response.headers,
                bytes: response.body.getBytes(
                    at: response.body.readerIndex, length: response.body.readableBytes)
                    ?? [])
        }
    }

    /// Signs in to the fair's console as staff: the session and its form token.
    static func staff(_ client: any TestClientProtocol, site: String = "hoi-cho") async throws -> (
        String?, String?
    ) {
        let staff = StaffConsoleTests.token(
            try await StaffConsoleTests.signIn(client, "lan.nguyen", site: site).cookie)
        let console = try await StaffConsoleTests.request(
            client, "/\(site)/quan-ly", method: .get, staff: staff)
        return (staff, StaffConsoleTests.consoleToken(console.body))
    }

    @Test("an export and a document download as attachments with their MIME types and valid zip bytes")
    func downloads() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let (page, sheet, document, refused, anonymous) = try await RegistrationTests.withClient(fixture) {
            client in
            let (staff, _) = try await Self.staff(client)
            let page = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/tai-ve", method: .get, staff: staff)
            let sheet = try await Self.download(
                client, "/hoi-cho/quan-ly/tai-ve/danh-sach?ds=exhibitors&dang=xlsx", staff: staff)
            let document = try await Self.download(
                client, "/hoi-cho/quan-ly/tai-ve/giay-to?loai=fascia&dang=odt", staff: staff)
            let refused = try await Self.download(
                client, "/hoi-cho/quan-ly/tai-ve/danh-sach?ds=all&dang=csv", staff: staff)
            let anonymous = try await Self.download(
                client, "/hoi-cho/quan-ly/tai-ve/giay-to?loai=fascia&dang=odt", staff: nil)
            return (page, sheet, document, refused, anonymous)
        }
        #expect(page.status == .ok)
        #expect(page.body.contains("/hoi-cho/quan-ly/tai-ve/danh-sach?ds=all&amp;dang=xlsx"), "\(page.body)")
        #expect(page.body.contains("/hoi-cho/quan-ly/tai-ve/giay-to?loai=badges&amp;dang=odt"))
        #expect(sheet.status == .ok)
        #expect(
            sheet.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        #expect(sheet.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"") == true)
        #expect(sheet.headers[.contentDisposition]?.hasSuffix(".xlsx\"") == true)
        #expect(Array(sheet.bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(document.status == .ok, "\(document.headers)")
        #expect(document.headers[.contentType] == "application/vnd.oasis.opendocument.text")
        #expect(document.headers[.contentDisposition]?.hasSuffix(".odt\"") == true)
        #expect(Array(document.bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        // An ODT package starts with its uncompressed `mimetype` entry.
        #expect(
            String(decoding: document.bytes.dropFirst(30).prefix(47), as: UTF8.self)
                == "mimetypeapplication/vnd.oasis.opendocument.text")
        #expect(refused.status == .badRequest)
        #expect(anonymous.status == .seeOther)
        #expect(anonymous.bytes.isEmpty)
    }

    @Test("withdrawing asks first, naming the party and its booths; only the confirmed post withdraws")
    func withdrawAsksFirst() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
        let party = plan.parties[1]
        let (asked, statusAfterAsking, confirmed, console) = try await RegistrationTests.withClient(fixture) {
            client in
            let (staff, csrf) = try await Self.staff(client)
            let asked = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: ["don-vi": party.id.rawValue], csrf: csrf)
            let status = try PlanStore.open(at: fixture.fairPath, for: .reading).party(party.id)?
                .registrationStatus
            let confirmed = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: WithdrawalTests.confirmation(asked.body), csrf: csrf)
            let console = try await StaffConsoleTests.request(
                client, confirmed.headers[.location] ?? "", method: .get, staff: staff)
            return (asked, status, confirmed, console)
        }
        #expect(asked.status == .ok)
        #expect(asked.body.contains("Rút đăng ký của «\(party.name)»?"), "\(asked.body)")
        #expect(asked.body.contains("name=\"xac-nhan\" value=\"co\""))
        #expect(statusAfterAsking == party.registrationStatus)
        #expect(confirmed.status == .seeOther)
        #expect(console.body.contains("Đã rút đăng ký"), "\(console.body)")
        let stored = try PlanStore.open(at: fixture.fairPath, for: .reading).party(party.id)
        #expect(stored?.registrationStatus == .withdrawn)
    }

    @Test("the console publishes the programme; the same programme again is refused, saying why")
    func publishProgramme() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let (console, first, again) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await Self.staff(client)
            let console = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly", method: .get, staff: staff)
            let published = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/cong-bo-lich", method: .post, staff: staff, csrf: csrf)
            let first = try await StaffConsoleTests.request(
                client, published.headers[.location] ?? "", method: .get, staff: staff)
            let repeated = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/cong-bo-lich", method: .post, staff: staff, csrf: csrf)
            let again = try await StaffConsoleTests.request(
                client, repeated.headers[.location] ?? "", method: .get, staff: staff)
            return (console, first, again)
        }
        #expect(console.body.contains("action=\"/hoi-cho/quan-ly/cong-bo-lich\""))
        #expect(console.body.contains("Công bố chương trình"))
        #expect(first.body.contains("Đã công bố chương trình, phiên bản số 1."), "\(first.body)")
        #expect(again.body.contains("banner error"), "\(again.body)")
        #expect(again.body.contains("giống hệt bản 1"))
        let versions = try PlanStore.open(at: fixture.fairPath, for: .reading).publishedVersions(
            kind: .programme)
        #expect(versions.count == 1)
        #expect(versions.first?.note == nil || versions.first?.note?.isEmpty == true)
    }

    @Test("a console link made by someone else (?da=cong-bo&ban=999) shows no banner; the server's own does")
    func unsignedBanner() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let party = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().parties[1]
        let (forged, own, tampered) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await Self.staff(client)
            let forged = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly?da=cong-bo&ban=999", method: .get, staff: staff)
            let asked = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: ["don-vi": party.id.rawValue], csrf: csrf)
            let withdrawn = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: WithdrawalTests.confirmation(asked.body), csrf: csrf)
            let location = withdrawn.headers[.location] ?? ""
            let own = try await StaffConsoleTests.request(client, location, method: .get, staff: staff)
            let tampered = try await StaffConsoleTests.request(
                client, location.replacingOccurrences(of: "da=rut", with: "da=xac-nhan"), method: .get,
                staff: staff)
            return (forged, own, tampered)
        }
        #expect(forged.status == .ok)
        #expect(!forged.body.contains("999"), "\(forged.body)")
        #expect(!forged.body.contains("banner info"))
        #expect(own.body.contains("banner info"), "\(own.body)")
        #expect(!tampered.body.contains("banner info"), "\(tampered.body)")
    }

    @Test("the changes page shows the change log of a withdrawal against the published version")
    func changes() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
        let withdrawn = plan.parties[1]
        let (before, after, ordered) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await Self.staff(client)
            let before = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/thay-doi", method: .get, staff: staff)
            let asked = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: ["don-vi": withdrawn.id.rawValue], csrf: csrf)
            _ = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/rut", method: .post, staff: staff,
                fields: WithdrawalTests.confirmation(asked.body), csrf: csrf)
            let after = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/thay-doi?loai=booths&tu=&den=&lang=en", method: .get, staff: staff)
            let ordered = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/thay-doi?tu=1&den=1", method: .get, staff: staff)
            return (before, after, ordered)
        }
        #expect(before.status == .ok)
        #expect(!before.body.contains(withdrawn.name))
        #expect(after.status == .ok)
        #expect(after.body.contains("<pre class=\"changes\">"))
        #expect(after.body.contains(withdrawn.name), "\(after.body)")
        #expect(after.body.contains("version 1"))
        #expect(ordered.status == .ok)
        #expect(!ordered.body.contains("<pre class=\"changes\">"))
        #expect(ordered.body.contains("banner error"))
    }

    @Test("timetabling runs in the background; its progress page refreshes without script until it ends")
    func timetabling() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let store = try PlanStore.open(at: fixture.briefingPath)
        _ = try AddAccount(store: store, cost: 4).run(
            name: "lan.nguyen", role: .staff, password: StaffConsoleTests.password,
            context: ChangeContext(user: "kiem-thu", now: PortalFixture.now))
        try store.close()
        let (console, started, pages) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await Self.staff(client, site: "hoi-nghi")
            let console = try await StaffConsoleTests.request(
                client, "/hoi-nghi/quan-ly", method: .get, staff: staff)
            let refused = try await StaffConsoleTests.request(
                client, "/hoi-nghi/quan-ly/xep-lich", method: .post, staff: staff,
                fields: ["gioi-han": "99999"],
                csrf: csrf)
            #expect(refused.headers[.location]?.hasPrefix("/hoi-nghi/quan-ly?loi=") == true)
            let started = try await StaffConsoleTests.request(
                client, "/hoi-nghi/quan-ly/xep-lich", method: .post, staff: staff, fields: ["gioi-han": "1"],
                csrf: csrf)
            let pages = try await StaffConsoleTests.waitForRun(client, staff: staff, site: "hoi-nghi")
            return (console, started, pages)
        }
        #expect(console.body.contains("action=\"/hoi-nghi/quan-ly/xep-lich\""))
        #expect(!console.body.contains("<script"))
        #expect(started.status == .seeOther)
        #expect(started.headers[.location] == "/hoi-nghi/quan-ly/tien-trinh")
        let last = try #require(pages.last)
        #expect(last.status == .ok)
        #expect(last.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        #expect(!last.body.contains("http-equiv=\"refresh\""))
        #expect(last.body.contains("Xếp lịch — lan.nguyen"))
        #expect(last.body.contains("Số vòng lặp:"))
        #expect(last.body.contains("Đã xếp lịch:"), "\(last.body)")
        #expect(
            pages.dropLast().allSatisfy { $0.body.contains("<meta http-equiv=\"refresh\" content=\"1\">") })
        let plan = try PlanStore.open(at: fixture.briefingPath, for: .reading).loadPlan()
        #expect(plan.sessions.filter { $0.start != nil }.count > 3)
        let history = try PlanStore.open(at: fixture.briefingPath, for: .reading).journal()
        #expect(history.contains { $0.note.user == "lan.nguyen" })
    }

    @Test("one run per plan: a second start while one runs is refused")
    func oneRunAtATime() {
        let runs = SolverRuns()
        #expect(runs.start(site: "hoi-cho", kind: .allocation, user: "lan.nguyen", at: 0))
        #expect(!runs.start(site: "hoi-cho", kind: .timetabling, user: "quan.tri", at: 1))
        #expect(runs.start(site: "hoi-nghi", kind: .timetabling, user: "quan.tri", at: 1))
        runs.report(
            site: "hoi-cho", phase: "searching", iterations: 8192, maximumIterations: 200_000,
            bestScore: "3.50")
        #expect(runs.run(site: "hoi-cho")?.iterations == 8192)
        runs.end(site: "hoi-cho", as: .finished(.allocated(placed: 3, waiting: 0)), at: 2)
        #expect(runs.run(site: "hoi-cho")?.isRunning == false)
        #expect(runs.start(site: "hoi-cho", kind: .timetabling, user: "quan.tri", at: 3))
        #expect(runs.run(site: "hoi-cho")?.kind == .timetabling)
    }

    @Test(
        "an organisation is edited from the console; a bad value is refused beside the form and nothing changes"
    )
    func edit() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try StaffConsoleTests.fixtureOrganisation(fixture)
        var good = StaffConsoleTests.storedFields(organisation)
        good["address"] = "Số 9 đường Thử Nghiệm, Phường Một"
        var bad = StaffConsoleTests.storedFields(organisation)
        bad["province"] = "Tỉnh Không Có Thật"
        bad["address"] = "Địa chỉ không được lưu"
        var notNumber = StaffConsoleTests.storedFields(organisation)
        notNumber["members"] = "mười hai"
        let uri = "/hoi-cho/quan-ly/sua?to-chuc=\(organisation.id.rawValue)"
        let (form, saved, savedPage, refused, refusedNumber, forged) = try await RegistrationTests.withClient(
            fixture
        ) { [good, bad, notNumber] client in
            let (staff, csrf) = try await Self.staff(client)
            let form = try await StaffConsoleTests.request(client, uri, method: .get, staff: staff)
            let saved = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: good, csrf: csrf)
            let savedPage = try await StaffConsoleTests.request(
                client, saved.headers[.location] ?? "/", method: .get, staff: staff)
            let refused = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: bad, csrf: csrf)
            let refusedNumber = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: notNumber, csrf: csrf)
            let forged = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: bad)
            return (form, saved, savedPage, refused, refusedNumber, forged)
        }
        #expect(form.status == .ok)
        #expect(form.body.contains("name=\"address\""))
        #expect(form.body.contains("value=\"\(organisation.name)\""))
        #expect(saved.status == .seeOther)
        #expect(savedPage.body.contains("Đã lưu đăng ký: thay đổi 1 mục."), "\(savedPage.body)")
        #expect(savedPage.body.contains("Số 9 đường Thử Nghiệm, Phường Một"))
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("Tỉnh Không Có Thật"))
        #expect(refused.body.contains("banner error"))
        // Worded for staff: no command-line option, no rule code.
        #expect(refused.body.contains("«Tỉnh, thành phố» «Tỉnh Không Có Thật»"), "\(refused.body)")
        #expect(!refused.body.contains("--province"))
        #expect(!refused.body.contains("--force"))
        #expect(!refused.body.contains("[organisation."))
        #expect(refusedNumber.status == .unprocessableContent)
        #expect(refusedNumber.body.contains("mười hai"))
        #expect(forged.status == .forbidden)
        let stored = try #require(
            try RegistrationTests.organisations(fixture).first { $0.id == organisation.id })
        #expect(stored.address == "Số 9 đường Thử Nghiệm, Phường Một")
        #expect(stored.province == organisation.province)
        let history = try PlanStore.open(at: fixture.fairPath, for: .reading).journal()
        #expect(history.contains { $0.note.user == "lan.nguyen" && $0.note.command == "edit organisation" })
    }

    @Test(
        "two staff on one organisation: a field one changed stays when the other saves another; changing it too is refused"
    )
    func concurrentEdits() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try StaffConsoleTests.fixtureOrganisation(fixture)
        // Both opened the form on the same stored values: each post carries them as `goc-…`.
        let opened = StaffConsoleTests.storedFields(organisation)
        var form = opened
        for (key, value) in opened where key != "to-chuc" { form["goc-" + key] = value }
        var first = form
        first["phone"] = "0987654321"
        var second = form
        second["address"] = "Số 12 đường Hợp Tác, Phường Hai"
        var clash = form
        clash["phone"] = "0911222333"
        let (page, savedFirst, savedSecond, refused) = try await RegistrationTests.withClient(fixture) {
            [first, second, clash] client in
            let (staff, csrf) = try await Self.staff(client)
            let page = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua?to-chuc=\(organisation.id.rawValue)", method: .get, staff: staff
            )
            let savedFirst = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: first, csrf: csrf)
            let savedSecond = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: second, csrf: csrf)
            let refused = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: clash, csrf: csrf)
            return (page, savedFirst, savedSecond, refused)
        }
        #expect(page.body.contains("name=\"goc-phone\""))
        #expect(savedFirst.status == .seeOther)
        #expect(savedSecond.status == .seeOther)
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("đã được người khác sửa thành «0987654321»"), "\(refused.body)")
        #expect(refused.body.contains("value=\"0987654321\""))
        let stored = try #require(
            try RegistrationTests.organisations(fixture).first { $0.id == organisation.id })
        #expect(stored.contacts.first?.phone == "0987654321")
        #expect(stored.address == "Số 12 đường Hợp Tác, Phường Hai")
    }

    @Test("a delegate and a product are edited from their organisation's page; a bad value is refused")
    func editDelegateAndProduct() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let product = try #require(
            try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().products.first)
        let (person, page, savedPerson, savedProduct, refusedProduct) =
            try await RegistrationTests.withClient(
                fixture
            ) { client in
                // A cooperative registers with its delegates through the form.
                _ = try await RegistrationTests.post(client, RegistrationTests.exampleForm())
                let plan = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
                let person = try #require(plan.people.first { $0.organisation != nil })
                let personOrganisation = try #require(person.organisation).rawValue
                let (staff, csrf) = try await Self.staff(client)
                let page = try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/sua?to-chuc=\(personOrganisation)", method: .get, staff: staff)
                let posted = try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/sua-dai-bieu", method: .post, staff: staff,
                    fields: [
                        "to-chuc": personOrganisation, "dai-bieu": person.id.rawValue,
                        "name": person.name.fullName,
                        "position": "Giám đốc điều hành", "phone": person.phone ?? "",
                        "email": person.email ?? "",
                    ], csrf: csrf)
                let savedPerson = try await StaffConsoleTests.request(
                    client, posted.headers[.location] ?? "/", method: .get, staff: staff)
                let stars = product.recognition.map { String($0.stars) } ?? ""
                let goodStars = stars == "4" ? "5" : "4"
                let savedProduct = try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff,
                    fields: [
                        "to-chuc": product.owner.rawValue, "san-pham": product.id.rawValue,
                        "name": product.name,
                        "stars": product.recognition == nil ? "" : goodStars,
                    ], csrf: csrf)
                let refused = try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff,
                    fields: [
                        "to-chuc": product.owner.rawValue, "san-pham": product.id.rawValue,
                        "name": product.name,
                        "stars": "nhiều sao",
                    ], csrf: csrf)
                return (person, page, savedPerson, savedProduct, refused)
            }
        #expect(page.status == .ok)
        #expect(page.body.contains("name=\"dai-bieu\" value=\"\(person.id.rawValue)\""), "\(page.body)")
        #expect(page.body.contains("action=\"/hoi-cho/quan-ly/sua-dai-bieu\""))
        #expect(savedPerson.body.contains("Đã lưu đăng ký: thay đổi 1 mục."), "\(savedPerson.body)")
        #expect(savedPerson.body.contains("value=\"Giám đốc điều hành\""))
        #expect(savedProduct.status == .seeOther)
        #expect(refusedProduct.status == .unprocessableContent)
        #expect(refusedProduct.body.contains("banner error"), "\(refusedProduct.body)")
        #expect(refusedProduct.body.contains("nhiều sao"))
        let after = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan()
        #expect(after.people.first { $0.id == person.id }?.position == "Giám đốc điều hành")
    }

    @Test(
        "every field of a product is edited from the console as `fairplan edit product` edits it; a bad level is refused"
    )
    func editWholeProduct() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let product = try StaffConsoleTests.fourStarProduct(fixture)
        let (page, saved, refused) = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await Self.staff(client)
            let page = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua?to-chuc=\(product.owner.rawValue)", method: .get, staff: staff)
            let fields = [
                "to-chuc": product.owner.rawValue, "san-pham": product.id.rawValue, "name": product.name,
                "set": "Chè và các sản phẩm từ chè", "stars": "4", "decision": "88/QĐ-UBND",
                "decision-date": "15/03/2025", "issuing-body": "UBND tỉnh Thử Nghiệm",
                "issuing-level": "cấp tỉnh",
                "ocop-code": "OCOP-TN-0088", "cold-chain": "có",
            ]
            let saved = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff, fields: fields,
                csrf: csrf)
            let refused = try await StaffConsoleTests.request(
                client, "/hoi-cho/quan-ly/sua-san-pham", method: .post, staff: staff,
                fields: fields.merging(["issuing-level": "cấp xã", "decision": "99/QĐ-UBND"]) { $1 },
                csrf: csrf)
            return (page, saved, refused)
        }
        for field in [
            "set", "decision", "decision-date", "issuing-body", "issuing-level", "valid-until", "ocop-code",
        ] {
            #expect(page.body.contains("name=\"\(field)\""), "\(field)")
        }
        #expect(page.body.contains("name=\"cold-chain\" value=\"không\"") || product.needsColdChain)
        #expect(saved.status == .seeOther)
        #expect(refused.status == .unprocessableContent)
        #expect(refused.body.contains("banner error"), "\(refused.body)")
        #expect(refused.body.contains("cấp xã"))
        let stored = try #require(
            try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().products.first {
                $0.id == product.id
            })
        #expect(stored.classification == (try? WrittenValue.productSet("Chè và các sản phẩm từ chè")))
        #expect(stored.recognition?.decisionNumber == "88/QĐ-UBND")
        #expect(stored.recognition?.decisionDate == CalendarDate(year: 2025, month: 3, day: 15))
        #expect(stored.recognition?.issuingBody == "UBND tỉnh Thử Nghiệm")
        #expect(stored.recognition?.issuingLevel == .province)
        #expect(stored.recognition?.productCode == "OCOP-TN-0088")
        #expect(stored.needsColdChain)
    }

    @Test("the new console wording is there in Vietnamese and in English, and the two differ")
    func wording() {
        let fields: [InputField] = [
            .name, .shortName, .province, .code, .address, .members, .contact, .phone, .email, .productSet,
            .decision, .decisionDate, .issuingBody, .issuingLevel, .validUntil, .ocopCode, .coldChain,
        ]
        var messages: [StaffMessage] =
            [
                .downloadsPage, .listsHeading, .listsHint, .listName(nil), .documentsHeading, .documentsHint,
                .pdfUnavailable, .contents, .formats, .changesPage, .changesTopic(.booths),
                .changesTopic(.programme),
                .fromVersion, .toVersion, .latestPublished, .workingPlan,
                .versionChoice(2, "10:00 01/12/2026"),
                .versionChoice(1, ""), .show, .changesBetween(from: "1", to: "2"), .programmePart, .timetable,
                .timetableHint, .runInProgress, .timeLimitOutOfRange, .progressPage, .allocationRun,
                .timetablingRun, .phaseLabel,
                .phase("searching"), .phase("local-search"), .phase("exact"), .phase("exact-search"),
                .phase("constructed"), .phase(""),
                .iterations(8192, 200_000), .iterations(0, nil), .decisions(16_384), .yesOrNo(true),
                .yesOrNo(false), .bestScore("3.5"),
                .elapsed(1.25),
                .refreshing,
                .runFinished, .timetabled(placed: 8, unplaced: 1),
                .timetabled(placed: 8, unplaced: 1, cutByTime: true),
                .allocated(placed: 3, waiting: 1, cutByTime: true), .noRun, .backToConsole, .edit,
                .editPage("HTX"),
                .save, .edited(2), .unchanged, .certificateRemoved(changed: 5),
                .certificatePartlyEmptied([.decision]), .certificatePartlyEmptied([.stars, .decisionDate]),
                .certificateIncomplete([.decision, .decisionDate]),
                .timeLimit, .delegatesPart, .productsPart,
                .withdrawPage(party: "HTX"), .withdrawEffect(status: "đã xếp gian", booths: ["A-01"]),
                .withdrawEffect(status: "chờ", booths: []), .confirmWithdraw, .withdrawChanged,
                .alreadyWithdrawn(party: "HTX"), .withdrawn(booths: ["A-01"]), .withdrawn(booths: []),
                .publishProgramme,
                .publishProgrammeHint, .programmePublished(2), .publishRefused(count: 2, first: ["x"]),
                .refusedByRules(name: "HTX", problems: ["x"]), .expectedValue(.productSet),
                .expectedValue(.organisationKind), .expectedValue(.yesOrNo),
                .conflict(.incompleteRecognition),
                .conflict(.recognitionDetailsWithoutStars), .conflict(.contactDetailsWithoutContact),
                .conflict(.organisationAndUnit), .conflict(.explainAndJSON),
            ]
        messages += ListKind.allCases.map { StaffMessage.listName($0) }
        messages += DocumentKind.allCases.map { StaffMessage.documentName($0) }
        messages += fields.map { StaffMessage.field($0) }
        for message in messages {
            let vietnamese = message.text(.vietnamese)
            let english = message.text(.english)
            #expect(!vietnamese.isEmpty, "\(message)")
            #expect(!english.isEmpty, "\(message)")
            #expect(vietnamese != english, "\(message)")
        }
    }

    @Test("the new posts without the session's form token are refused")
    func forgedPosts() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let statuses = try await RegistrationTests.withClient(fixture) { client in
            let (staff, _) = try await Self.staff(client)
            var statuses: [HTTPResponse.Status] = []
            for uri in ["/hoi-cho/quan-ly/xep-lich", "/hoi-cho/quan-ly/sua", "/hoi-cho/quan-ly/xep-gian"] {
                statuses.append(
                    try await StaffConsoleTests.request(client, uri, method: .post, staff: staff).status)
            }
            statuses.append(
                try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/tien-trinh", method: .get, staff: staff
                )
                .status)
            return statuses
        }
        #expect(statuses == [.forbidden, .forbidden, .forbidden, .ok])
    }
}
