import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Planning
import Sheets
import Store
import Testing
import Workflow

@testable import Web

@Suite("Web: a cooperative downloads its own papers through its private link, and no one else's")
struct SubmissionDocumentTests {
    /// A download's status, headers and bytes.
    struct Download: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let bytes: [UInt8]
    }

    /// Gets `uri` as bytes.
    static func download(_ client: any TestClientProtocol, _ uri: String) async throws -> Download {
        try await client.execute(uri: uri, method: .get) {
            Download(status: $0.status, headers: $0.headers, bytes: Array($0.body.readableBytesView))
        }
    }

    /// The text of the ODT document `bytes` (its `content.xml`).
    static func content(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-web-\(UUID().uuidString).odt"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let zip = try ZipReader(path: path)
        let mimetype = try #require(zip.entry(named: "mimetype"))
        #expect(
            String(decoding: try zip.contents(of: mimetype), as: UTF8.self)
                == "application/vnd.oasis.opendocument.text")
        let entry = try #require(zip.entry(named: "content.xml"))
        return String(decoding: try zip.contents(of: entry, maximumSize: 16 * 1024 * 1024), as: UTF8.self)
    }

    @Test("invitations and badges: an ODT attachment with the submission's own delegates only")
    func ownPapersOnly() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let (pages, other) = try await RegistrationTests.withClient(fixture) { client in
            let mine = try await CorrectionTests.register(client)
            _ = try await CorrectionTests.register(
                client, name: "Hợp tác xã Dệt thổ cẩm Bản Lác", code: "5900111222", delegate: "Hà Văn Khiêm")
            return (
                [
                    try await Self.download(client, "/hoi-cho/dang-ky/\(mine)/giay-moi.odt"),
                    try await Self.download(client, "/hoi-cho/dang-ky/\(mine)/the-dai-bieu.odt"),
                ],
                try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(mine)")
            )
        }
        let everyone = try PlanStore.open(at: fixture.fairPath, for: .reading).loadPlan().people
        for (page, name) in zip(pages, ["giay-moi", "the-dai-bieu"]) {
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "application/vnd.oasis.opendocument.text")
            #expect(page.headers[.contentDisposition] == "attachment; filename=\"hoi-cho-\(name).odt\"")
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(Array(page.bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
            let text = try Self.content(page.bytes)
            #expect(text.contains("Lò Thị Mai"), "\(name)")
            #expect(!text.contains("Hà Văn Khiêm"), "\(name)")
            for person in everyone where person.name.fullName != "Lò Thị Mai" {
                #expect(!text.contains(person.name.fullName), "\(name): \(person.name.fullName)")
            }
        }
        #expect(other.body.contains("giay-moi.odt"))
        #expect(other.body.contains("the-dai-bieu.odt"))
        #expect(!other.body.contains("thu-gian-hang.odt"))
    }

    @Test("the private page writes its link in full, with the address it was asked at, to copy or send")
    func privateLinkInFull() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let (token, page) = try await RegistrationTests.withClient(fixture) { client in
            let token = try await CorrectionTests.register(client)
            return (token, try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)").body)
        }
        // The test client asks at http://localhost.
        #expect(page.contains(">http://localhost/hoi-cho/dang-ky/\(token)</a>"), "\(page)")
        func origin(_ authority: String, scheme: String = "http", forwarded: String? = nil) -> String? {
            var fields = HTTPFields()
            if let forwarded { fields[HTTPField.Name("X-Forwarded-Proto")!] = forwarded }
            let head = HTTPRequest(
                method: .get, scheme: scheme, authority: authority, path: "/", headerFields: fields)
            return Portal.origin(of: Request(head: head, body: RequestBody(buffer: ByteBuffer())))
        }
        #expect(origin("hoicho.lienminhhtx.example:8080") == "http://hoicho.lienminhhtx.example:8080")
        #expect(origin("hoicho.example", forwarded: "https") == "https://hoicho.example")
        #expect(origin("[::1]:8080") == "http://[::1]:8080")
        #expect(origin("a b<c>") == nil)
        #expect(origin("") == nil)
    }

    @Test("the exhibitor's letter once its booths are published; not found before, nor for an unknown link")
    func exhibitorLetter() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let token = try await RegistrationTests.withClient(fixture) { try await CorrectionTests.register($0) }
        let unknown = String(repeating: "A", count: 43)
        let before = try await RegistrationTests.withClient(fixture) { client in
            [
                try await Self.download(client, "/hoi-cho/dang-ky/\(token)/thu-gian-hang.odt").status,
                try await Self.download(client, "/hoi-cho/dang-ky/\(unknown)/giay-moi.odt").status,
                try await Self.download(client, "/hoi-cho/dang-ky/\(unknown)/thu-gian-hang.odt").status,
            ]
        }
        #expect(before == [.notFound, .notFound, .notFound])

        let store = try PlanStore.open(at: fixture.fairPath)
        let plan = try store.loadPlan()
        let organisation = try #require(
            plan.organisations.first { $0.name == "Hợp tác xã Nông nghiệp Suối Mơ" })
        let party = try #require(plan.parties.first { $0.kind == .organisation(organisation.id) })
        let taken = Set(plan.boothAssignments.map(\.booth))
        let free = try #require(
            (plan.venue?.lettableBooths.map(\.code) ?? []).sorted().first { !taken.contains($0) })
        let context = ChangeContext(user: "kiem-thu", now: PortalFixture.now)
        _ = try ConfirmRegistrations(store: store).run([party.id.rawValue], context: context)
        var placement = AssignBooths.Input(party: party.id.rawValue, booths: [free])
        placement.force = true
        _ = try AssignBooths(store: store).run(placement, context: context)
        _ = try store.publishBoothPlan(at: PortalFixture.now)
        try store.close()

        let letter = try await RegistrationTests.withClient(fixture) { client in
            try await Self.download(client, "/hoi-cho/dang-ky/\(token)/thu-gian-hang.odt")
        }
        #expect(letter.status == .ok)
        #expect(letter.headers[.contentDisposition] == "attachment; filename=\"hoi-cho-thu-gian-hang.odt\"")
        let text = try Self.content(letter.bytes)
        #expect(text.contains(party.name))
        #expect(text.contains(free))
        for other in plan.parties where other.id != party.id {
            #expect(!text.contains(other.name), "\(other.name)")
        }

        // Withdrawn after the publication: no letter, and its page lists no booth nor links one.
        let writer = try PlanStore.open(at: fixture.fairPath)
        _ = try WithdrawRegistration(store: writer).run(party.id.rawValue, context: context)
        try writer.close()
        let (gone, page) = try await RegistrationTests.withClient(fixture) { client in
            (
                try await Self.download(client, "/hoi-cho/dang-ky/\(token)/thu-gian-hang.odt").status,
                try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)")
            )
        }
        #expect(gone == .notFound)
        #expect(!page.body.contains("thu-gian-hang.odt"), "\(page.body)")
        #expect(!page.body.contains(free))
        #expect(!page.body.contains("/hoi-cho/gian-hang/\(party.id.rawValue)"))
    }

    @Test(
        "PDF with LibreOffice installed (application/pdf, a PDF file); without it not offered and not found")
    func pdf() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let (page, badges) = try await RegistrationTests.withClient(fixture) { client in
            let token = try await CorrectionTests.register(client)
            return (
                try await RegistrationTests.get(client, "/hoi-cho/dang-ky/\(token)"),
                try await Self.download(client, "/hoi-cho/dang-ky/\(token)/the-dai-bieu.pdf")
            )
        }
        if WriteDocuments.canWritePDF {
            #expect(page.body.contains("the-dai-bieu.pdf"))
            #expect(badges.status == .ok)
            #expect(badges.headers[.contentType] == "application/pdf")
            #expect(
                badges.headers[.contentDisposition] == "attachment; filename=\"hoi-cho-the-dai-bieu.pdf\"")
            #expect(Array(badges.bytes.prefix(5)) == Array("%PDF-".utf8))
        } else {
            #expect(!page.body.contains("the-dai-bieu.pdf"))
            #expect(page.body.contains("LibreOffice"))
            #expect(badges.status == .notFound)
        }
    }
}
