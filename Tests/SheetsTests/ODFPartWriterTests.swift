import Testing

@testable import Sheets

/// The ODF part writer's text rules: which texts take the one-paragraph fast path.
@Suite struct ODFPartWriterTests {
    @Test func plainParagraphsAreSingleLinesWithoutEdgeOrDoubleSpaces() {
        for plain in ["", "Nguyễn Thị Ánh", "A & B <c>", "a b c", "Giám đốc", "\u{FFFD}"] {
            #expect(ODFPartWriter.isPlainParagraph(plain), "\(plain)")
        }
        for special in [" a", "a ", "a  b", "a\nb", "a\rb", "a\tb", "a\u{1}", "x\u{FFFE}", "\u{FFFF}"] {
            #expect(!ODFPartWriter.isPlainParagraph(special), "\(special)")
        }
    }
}
