import LibXML
import Testing

@testable import Sheets

/// The ODF part writer's text rules and error translation.
@Suite struct ODFPartWriterTests {
    @Test func plainParagraphsAreSingleLinesWithoutEdgeOrDoubleSpaces() {
        for plain in ["", "Nguyễn Thị Ánh", "A & B <c>", "a b c", "Giám đốc", "\u{FFFD}"] {
            #expect(ODFPartWriter.isPlainParagraph(plain), "\(plain)")
        }
        for special in [" a", "a ", "a  b", "a\nb", "a\rb", "a\tb", "a\u{1}", "x\u{FFFE}", "\u{FFFF}"] {
            #expect(!ODFPartWriter.isPlainParagraph(special), "\(special)")
        }
    }

    @Test func writerErrorsBecomeSheetsErrors() {
        #expect {
            try ODFPartWriter.translatingWriterErrors(file: "a.ods") {
                throw LibXMLError.invalidContent(element: "text:p", message: "character U+0001")
            }
        } throws: { error in
            guard case SheetsError.xml(let file, let message) = error else { return false }
            return file == "a.ods" && message.contains("<text:p>") && message.contains("U+0001")
        }
        #expect(throws: SheetsError.io(file: "/x/a.fods", message: "denied")) {
            try ODFPartWriter.translatingWriterErrors(file: "a.fods") {
                throw LibXMLError.io(path: "/x/a.fods", message: "denied")
            }
        }
        #expect(throws: SheetsError.compression(file: "a.ods", entry: "content.xml", code: -2)) {
            try ODFPartWriter.translatingWriterErrors(file: "a.ods") {
                throw SheetsError.compression(file: "a.ods", entry: "content.xml", code: -2)
            }
        }
    }
}
