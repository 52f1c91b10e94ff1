import Planning
import Testing

@Suite("PhoneNumber and EmailAddress")
struct PhoneNumberTests {
    @Test(
        "Vietnamese numbers as people type them",
        arguments: ["0912 345 678", "0912.345.678", "+84 912 345 678", "84912345678", "(028) 3823 4567"])
    func accepted(text: String) {
        #expect(PhoneNumber(text) != nil)
    }

    @Test(
        "not Vietnamese numbers",
        arguments: ["12345", "+1 212 555 0100", "0012345678", "09123456789", "0912-abc-678", "0123456789"])
    func refused(text: String) {
        #expect(PhoneNumber(text) == nil)
    }

    @Test("printed grouped and international")
    func forms() {
        #expect(PhoneNumber("+84912345678")?.description == "0912 345 678")
        #expect(PhoneNumber("0912345678")?.international == "+84912345678")
        #expect(PhoneNumber("(028) 3823 4567")?.description == "028 3823 4567")
        #expect(PhoneNumber("024.3825.1234")?.description == "024 3825 1234")
        // A province's four-digit area code stays whole (Đà Nẵng 0236, Sơn La 0212).
        #expect(PhoneNumber("(0236) 3822 123")?.description == "0236 3822 123")
        #expect(PhoneNumber("0212.3852.456")?.description == "0212 3852 456")
    }

    @Test("e-mail plausibility")
    func email() {
        #expect(EmailAddress.isPlausible("lienminh@example.com"))
        #expect(!EmailAddress.isPlausible("lienminh@localhost"))
        #expect(!EmailAddress.isPlausible("lien minh@example.com"))
        #expect(!EmailAddress.isPlausible("@example.com"))
    }
}
