import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Planning
import Store
import Testing

@testable import Web

@Suite("Web: a post that is not a form is refused with 415 before anything else")
struct FormContentTypeTests {
    /// Posts `body` to `uri` as `contentType` (none when nil) with the anti-forgery cookie, and the
    /// staff session `staff` when given.
    static func post(
        _ client: any TestClientProtocol, _ uri: String, contentType: String?, body: ByteBuffer,
        staff: String? = nil
    ) async throws -> RegistrationTests.Page {
        var headers: HTTPFields = [
            .cookie: "fairplan_csrf=\(RegistrationTests.csrf)"
                + (staff.map { "; fairplan_staff=\($0)" } ?? "")
        ]
        if let contentType { headers[.contentType] = contentType }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: body) {
            RegistrationTests.Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
        }
    }

    /// `values` as a `multipart/form-data` body with `boundary`.
    static func multipart(_ values: [String: String], boundary: String) -> ByteBuffer {
        var text = ""
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        text += "--\(boundary)--\r\n"
        return ByteBuffer(string: text)
    }

    @Test(
        "text, JSON, XML or an image posted to a public or a staff form is refused with 415, before its token or session is looked at (QA 40 N8)"
    )
    func notAForm() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let party = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().parties[1]
        let before = try RegistrationTests.organisations(fixture).count
        let types = [
            "text/plain", "application/json", "application/xml", "image/png", "text/html; charset=utf-8",
        ]
        let pages = try await RegistrationTests.withClient(fixture) { client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            var pages: [(String, RegistrationTests.Page)] = []
            for type in types {
                let form = RegistrationTests.body(RegistrationTests.exampleForm())
                pages.append(
                    (
                        "public \(type)",
                        try await Self.post(client, "/hoi-cho/dang-ky", contentType: type, body: form)
                    ))
                let staffForm = RegistrationTests.body(["don-vi": party.id.rawValue], csrf: csrf)
                pages.append(
                    (
                        "staff \(type)",
                        try await Self.post(
                            client, "/hoi-cho/quan-ly/rut", contentType: type, body: staffForm, staff: staff)
                    ))
                // No token, no session: still «not a form» first.
                pages.append(
                    (
                        "anonymous \(type)",
                        try await Self.post(
                            client, "/hoi-cho/quan-ly/rut", contentType: type, body: ByteBuffer(string: "{}"))
                    ))
                pages.append(
                    (
                        "sign-in \(type)",
                        try await Self.post(
                            client, "/hoi-cho/quan-ly/dang-nhap", contentType: type,
                            body: ByteBuffer(string: "{}"))
                    ))
            }
            return pages
        }
        for (name, page) in pages {
            #expect(page.status == .unsupportedMediaType, "\(name): \(page.status)")
            #expect(page.body.contains("không phải biểu mẫu"), "\(name)")
        }
        #expect(try RegistrationTests.organisations(fixture).count == before)
        let stored = try PlanStore.open(at: fixture.fairPath, for: .reading).party(party.id)
        #expect(stored?.registrationStatus == party.registrationStatus)
    }

    @Test(
        "a form with parameters, or sent as multipart/form-data, is read; a missing type with an empty body is an empty form"
    )
    func formsRead() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let party = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().parties[1]
        let (charset, multipart, publicMultipart, emptyUntyped, untyped, english) =
            try await RegistrationTests.withClient(
                fixture
            ) { client in
                let (staff, csrf) = try await StaffToolsTests.staff(client)
                let fields = ["don-vi": party.id.rawValue]
                let charset = try await Self.post(
                    client, "/hoi-cho/quan-ly/rut",
                    contentType: "Application/X-WWW-Form-Urlencoded; charset=UTF-8",
                    body: RegistrationTests.body(fields, csrf: csrf), staff: staff)
                let multipart = try await Self.post(
                    client, "/hoi-cho/quan-ly/rut", contentType: "multipart/form-data; boundary=ranh-gioi",
                    body: Self.multipart(fields.merging(["_csrf": csrf ?? ""]) { $1 }, boundary: "ranh-gioi"),
                    staff: staff)
                var check = RegistrationTests.exampleForm()
                check["hanh-dong"] = "kiem-tra"
                check["_csrf"] = RegistrationTests.csrf
                let publicMultipart = try await Self.post(
                    client, "/hoi-cho/dang-ky", contentType: "multipart/form-data; boundary=\"b-1\"",
                    body: Self.multipart(check, boundary: "b-1"))
                let emptyUntyped = try await Self.post(
                    client, "/hoi-cho/dang-ky", contentType: nil, body: ByteBuffer())
                let untyped = try await Self.post(
                    client, "/hoi-cho/dang-ky", contentType: nil, body: RegistrationTests.body(check))
                let english = try await Self.post(
                    client, "/hoi-cho/dang-ky?lang=en", contentType: "text/plain",
                    body: RegistrationTests.body(check))
                return (charset, multipart, publicMultipart, emptyUntyped, untyped, english)
            }
        #expect(charset.status == .ok, "\(charset.body)")
        #expect(
            charset.body.contains(party.name) || charset.body.contains(RegistrationTests.escaped(party.name)))
        #expect(multipart.status == .ok, "\(multipart.body)")
        #expect(publicMultipart.status == .ok, "\(publicMultipart.body)")
        // No type and nothing sent: an empty form, refused for what it lacks (its token).
        #expect(emptyUntyped.status == .forbidden, "\(emptyUntyped.status)")
        #expect(untyped.status == .unsupportedMediaType)
        #expect(english.status == .unsupportedMediaType)
        #expect(english.body.contains("not a form"), "\(english.body)")
    }

    @Test("a multipart form's fields are read with the limits of an urlencoded one, and without files")
    func multipartLimits() {
        let boundary = "b"
        let form = FormBody(
            multipart: Self.multipart(["a": "1", "tên": "Hà Giang"], boundary: boundary), boundary: boundary)
        #expect(form?["a"] == "1")
        #expect(form?["tên"] == "Hà Giang")
        let long = FormBody(
            multipart: Self.multipart(
                ["a": String(repeating: "Đ", count: FormBody.valueLimit + 1)], boundary: boundary),
            boundary: boundary)
        #expect(long == nil)
        let file = ByteBuffer(
            string:
                "--b\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"a.csv\"\r\n\r\nx\r\n--b--\r\n"
        )
        #expect(FormBody(multipart: file, boundary: boundary) == nil)
        #expect(FormBody(multipart: ByteBuffer(string: "rác"), boundary: boundary) == nil)
    }
}
