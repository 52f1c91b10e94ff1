import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Interchange
import Planning
import Store
import Testing
import Web

@Suite("Web: a filled template is uploaded, checked by sheet, row and column, registered on confirmation")
struct UploadTests {
    /// The multipart boundary of the tests' posts.
    static let boundary = "----fairplan-kiem-thu"

    /// The organisations sheet as CSV: the template's headers and one organisation.
    static func organisationCSV(name: String, province: String) -> [UInt8] {
        let fields = RegistrationSheetKind.organisations.fields
        var values = Dictionary(uniqueKeysWithValues: fields.map { ($0, $0.example(in: .vietnamese)) })
        values[.organisationName] = name
        values[.organisationShortName] = ""
        values[.organisationCode] = "5900111222"
        values[.organisationProvince] = province
        let quote = { (text: String) in "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let header = fields.map { quote($0.header(in: .vietnamese)) }.joined(separator: ",")
        let row = fields.map { quote(values[$0] ?? "") }.joined(separator: ",")
        return Array((header + "\r\n" + row + "\r\n").utf8)
    }

    /// A multipart body with the anti-forgery field and `file` named `name`.
    static func multipart(file: [UInt8], name: String, csrf: String = RegistrationTests.csrf) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"\(name)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
        buffer.writeBytes(file)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return buffer
    }

    /// Posts `file` to the fair's upload.
    static func upload(_ client: any TestClientProtocol, _ file: [UInt8], name: String) async throws
        -> RegistrationTests.Page
    {
        try await client.execute(
            uri: "/hoi-cho/dang-ky/tep", method: .post,
            headers: [
                .contentType: "multipart/form-data; boundary=\(boundary)",
                .cookie: "fairplan_csrf=\(RegistrationTests.csrf)",
            ],
            body: multipart(file: file, name: name)
        ) { RegistrationTests.Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body)) }
    }

    /// The confirmation token a check's page carries.
    static func confirmation(_ page: String) -> String? {
        guard let range = page.range(of: "name=\"ma\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix(43))
    }

    @Test("a valid file is checked, then registered on confirmation, with its private link")
    func checkThenConfirm() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let file = Self.organisationCSV(name: "Hợp tác xã Dịch vụ Nông nghiệp Bản Lướt", province: "Lai Châu")
        let (checked, confirmed, status) = try await RegistrationTests.withClient(fixture) { client in
            let checked = try await Self.upload(client, file, name: "to-chuc.csv")
            let code = Self.confirmation(checked.body) ?? ""
            let confirmed = try await RegistrationTests.post(
                client, ["ma": code], uri: "/hoi-cho/dang-ky/tep/xac-nhan")
            let status = try await RegistrationTests.get(client, confirmed.headers[.location] ?? "/")
            return (checked, confirmed, status)
        }
        #expect(checked.status == .ok, "\(checked.body)")
        #expect(checked.body.contains("to-chuc.csv"))
        #expect(Self.confirmation(checked.body)?.count == 43)
        #expect(confirmed.status == .seeOther)
        #expect(status.body.contains("Hợp tác xã Dịch vụ Nông nghiệp Bản Lướt"))
        let store = try PlanStore.open(at: fixture.fairPath, for: .reading)
        #expect(try store.submissions().map(\.source) == [.upload])
        #expect(
            try store.loadPlan().organisations.contains {
                $0.name == "Hợp tác xã Dịch vụ Nông nghiệp Bản Lướt"
            })
    }

    @Test("a file with errors lists them by sheet, cell and column and offers no confirmation")
    func errorsListed() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let before = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().organisations.count
        let file = Self.organisationCSV(name: "Hợp tác xã Mây tre Phú Vinh", province: "Tỉnh Không Có")
        let page = try await RegistrationTests.withClient(fixture) {
            try await Self.upload($0, file, name: "loi.csv")
        }
        #expect(page.status == .unprocessableContent)
        #expect(page.body.contains("› F2 › "))
        #expect(page.body.contains("Tỉnh Không Có"))
        #expect(Self.confirmation(page.body) == nil)
        #expect(
            try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().organisations.count == before)
    }

    @Test("an unreadable file, a legacy .xls and an unknown confirmation are refused clearly")
    func refusals() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let (odd, legacy, expired) = try await RegistrationTests.withClient(fixture) { client in
            (
                try await Self.upload(client, Array("xin chào".utf8), name: "thu.pdf"),
                try await Self.upload(client, [0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0], name: "cu.xls"),
                try await RegistrationTests.post(
                    client, ["ma": String(repeating: "Z", count: 43)], uri: "/hoi-cho/dang-ky/tep/xac-nhan")
            )
        }
        #expect(odd.status == .unprocessableContent)
        #expect(odd.body.contains("Không đọc được tệp"))
        #expect(legacy.status == .unprocessableContent)
        #expect(legacy.body.contains(".xlsx"))
        #expect(expired.status == .gone)
    }
}
