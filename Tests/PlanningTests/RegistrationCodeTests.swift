import Planning
import Testing

@Suite("RegistrationCode")
struct RegistrationCodeTests {
    @Test("ten digits, leading zeros kept, optional branch")
    func parsing() throws {
        let code = try #require(RegistrationCode("0101234567"))
        #expect(code.description == "0101234567")
        #expect(!code.isBranch)
        let branch = try #require(RegistrationCode(" 0101234567-001 "))
        #expect(branch.description == "0101234567-001")
        #expect(branch.isBranch)
        #expect(RegistrationCode("0101 234 567")?.description == "0101234567")
    }

    @Test(
        "malformed codes are refused",
        arguments: ["", "123456789", "01012345678", "0101234567-01", "01012345ab", "0101234567-001-2"])
    func malformed(text: String) {
        #expect(RegistrationCode(text) == nil)
    }
}
