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
    "Web: the staff forms' findings end in one mark, are tied to their inputs, and keep a certificate whole")
struct StaffFindingsTests {
    @Test("a sentence ends with exactly one final mark: «?.», «!.» and «..» never (QA 40 N5)")
    func oneFinalMark() {
        #expect(StaffMessage.sentence("có phải: Ninh Bình?") == "có phải: Ninh Bình?")
        #expect(StaffMessage.sentence("có phải: Ninh Bình?.") == "có phải: Ninh Bình?")
        #expect(StaffMessage.sentence("thôi!.") == "thôi!")
        #expect(StaffMessage.sentence("hết..") == "hết.")
        #expect(StaffMessage.sentence("hết") == "hết.")
        #expect(StaffMessage.sentence("và...") == "và...")
        #expect(StaffMessage.sentence("  xong.  ") == "xong.")
        for language in Language.allCases {
            for message in [
                StaffMessage.failed("«Tỉnh, thành phố» «Hà Tây»: không nhận ra; có phải: Ninh Bình?"),
                .publishRefused(count: 2, first: ["a", "có phải: Ninh Bình?"]),
                .refusedByRules(name: "HTX", problems: ["Có phải: Ninh Bình?"]),
            ] {
                let text = message.text(language)
                for wrong in ["?.", "!.", ".."] { #expect(!text.contains(wrong), "\(text)") }
            }
        }
    }

    @Test("an unknown province's banner and finding end in «?» alone")
    func provinceBanner() async throws {
        let fixture = try StaffConsoleTests.fixture()
        defer { fixture.remove() }
        let organisation = try #require(try RegistrationTests.organisations(fixture).first)
        var fields = StaffConsoleTests.storedFields(organisation)
        fields["province"] = "Hà Tây"
        let (page, english) = try await RegistrationTests.withClient(fixture) { [fields] client in
            let (staff, csrf) = try await StaffToolsTests.staff(client)
            return (
                try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/sua", method: .post, staff: staff, fields: fields, csrf: csrf),
                try await StaffConsoleTests.request(
                    client, "/hoi-cho/quan-ly/sua?lang=en", method: .post, staff: staff, fields: fields,
                    csrf: csrf)
            )
        }
        for page in [page, english] {
            #expect(page.status == .unprocessableContent)
            let messages = StaffFormTests.messages(page.body)
            #expect(messages.contains { $0.contains("Hà Tây") }, "\(messages)")
            for message in messages {
                for wrong in ["?.", "!.", ".."] { #expect(!message.contains(wrong), "\(message)") }
            }
        }
        #expect(page.body.contains("?</p>"), "\(page.body)")
    }
}
