import Foundation
import Planning
import Testing
import Workflow

/// Reading what people type at its limits (issue 12): text lengths on the command line, a 1 MB
/// province.
@Suite("Workflow: written values at their limits")
struct WrittenValueTests {
    /// Vietnamese text of exactly `characters` characters (more bytes of UTF-8).
    static func text(_ characters: Int) -> String {
        let phrase = "Hợp tác xã Nông nghiệp Tân Hòa "
        return String(String(repeating: phrase, count: characters / phrase.count + 1).prefix(characters))
    }

    @Test("a value of the longest length passes, counted in characters, not bytes")
    func longestValuePasses() throws {
        let longest = Self.text(Limits.maximumTextLength)
        #expect(longest.utf8.count > Limits.maximumTextLength)
        try WrittenValue.checkLengths(ofCommandLine: [
            "register", "organisation", "--name=" + longest, longest,
        ])
    }

    @Test("one character more is refused, naming the option of --option=value and the limit")
    func optionValueTooLong() {
        let line = ["register", "organisation", "--name=" + Self.text(Limits.maximumTextLength + 1)]
        #expect(
            throws: WorkflowError.textTooLong(
                option: "--name", position: 3, characters: Limits.maximumTextLength + 1,
                maximum: Limits.maximumTextLength)
        ) {
            try WrittenValue.checkLengths(ofCommandLine: line)
        }
    }

    @Test("a 1 MB positional argument is refused by its place on the line")
    func positionalTooLong() {
        let megabyte = String(repeating: "Tân Hòa ", count: (1 << 20) / 10)
        #expect(
            throws: WorkflowError.textTooLong(
                option: nil, position: 2, characters: megabyte.count, maximum: Limits.maximumTextLength)
        ) {
            try WrittenValue.checkLengths(ofCommandLine: ["confirm", megabyte])
        }
    }

    @Test("a 1 MB province is refused in seconds, not minutes (edit distances were computed in full)")
    func megabyteProvince() {
        let megabyte = String(repeating: "Hợp tác xã Nông nghiệp Tân Hòa ", count: (1 << 20) / 36)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(
            throws: WorkflowError.invalidValue(
                .province, value: megabyte, expected: .province(suggestions: []))
        ) {
            try WrittenValue.province(megabyte, field: .province)
        }
        #expect(clock.now - start < .seconds(20))
    }

    @Test("an issuing level and a yes or no are read in Vietnamese or English, with or without diacritics")
    func levelsAndFlags() throws {
        #expect(try WrittenValue.issuingLevel("cấp tỉnh") == .province)
        #expect(try WrittenValue.issuingLevel("UBND tinh Lao Cai") == .province)
        #expect(try WrittenValue.issuingLevel("district") == .district)
        #expect(try WrittenValue.issuingLevel("Trung ương") == .central)
        #expect(throws: WorkflowError.self) { try WrittenValue.issuingLevel("cấp xã") }
        #expect(throws: WorkflowError.self) { try WrittenValue.issuingLevel("huyện hoặc tỉnh") }
        #expect(try WrittenValue.yesOrNo("Có", field: .coldChain))
        #expect(try !WrittenValue.yesOrNo("không", field: .coldChain))
        #expect(try WrittenValue.yesOrNo("yes", field: .coldChain))
        #expect(throws: WorkflowError.self) { try WrittenValue.yesOrNo("có lẽ", field: .coldChain) }
    }
}
