import Interchange
import Planning
import Sheets
import Testing

@Suite("SheetsMessage and SheetsError in the user's language")
struct SheetsMessageLocalizableTests {
    @Test("a Sheets error thrown to a front end is worded in the language it asks for")
    func errorsPickTheLanguage() throws {
        let error: any Error = SheetsError.invalidCell(
            file: "dangky.ods", sheet: "Tổ chức", row: 7, column: 3, reason: .invalidNumber("abc"))
        let localizable = try #require(error as? any Localizable)
        let message = SheetsMessage.invalidCell(
            file: "dangky.ods", sheet: "Tổ chức", row: 7, column: 3, reason: .invalidNumber("abc"))
        #expect(localizable.text(.vietnamese) == message.vietnamese)
        #expect(localizable.text(.english) == message.english)
        #expect(localizable.text(.english) != localizable.text(.vietnamese))
        #expect(BilingualText(message).english == message.english)
    }
}
