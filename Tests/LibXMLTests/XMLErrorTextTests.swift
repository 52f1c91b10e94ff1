import Foundation
import Testing

@testable import LibXML

@Suite struct XMLErrorTextTests {
    /// Documents that are not well-formed, each with a phrase its Vietnamese reason must hold.
    static let broken: [(String, String)] = [
        ("hello", "không phải XML"),
        ("<a><b></a>", "thẻ đóng tên «a» không khớp thẻ mở tên «b» (dòng 1)"),
        ("<a>", "tệp hết khi thẻ tên «a» (dòng 1) chưa được đóng"),
        ("<a x=1/>", "dấu nháy"),
        ("<a x=\"1\" x=\"2\"/>", "thuộc tính «x» được ghi hai lần"),
        ("<a>&foo;</a>", "«&foo;» chưa được định nghĩa"),
        ("<a>&;</a>", "«&amp;»"),
        ("<a>&amp</a>", "thiếu «;»"),
        ("<a></a><b/>", "còn nội dung sau khi phần tử gốc đã đóng"),
        ("<a x=\"<\"/>", "«&lt;»"),
        ("<a><!-- x </a>", "chú thích"),
        ("<1a/>", "tên phần tử không hợp lệ"),
        ("<a>]]></a>", "«]]>»"),
        ("<a><?xml version=\"1.0\"?></a>", "chỉ được đặt ở đầu tệp"),
        ("<a b/>", "thuộc tính «b» thiếu giá trị"),
        ("<a><![CDATA[x</a>", "CDATA"),
        ("<a>&#0;</a>", "mã 0x0"),
        ("<a>x</a", "thiếu «>»"),
        ("<a xmlns:p=\"u\"><q:b/></a>", "tiền tố «q»"),
        ("<a>\u{1}</a>", "mã 0x1"),
        ("<a><!-- x -- y --></a>", "không được chứa «--»"),
        ("<?xml version=\"2.0\"?><a/>", "phiên bản XML «2.0»"),
        ("<?foo bar\n<a/>", "chỉ thị «<?foo»"),
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>", "khai báo bảng mã UTF-16"),
        ("<?xml version=1.0?><a/>", "dấu nháy"),
        ("<a x=\"12", "chưa được đóng bằng dấu nháy"),
        ("<a x=\"1\" /", "tên thuộc tính viết sai"),
        ("<a xmlns:x=\"\"/>", "không gian tên rỗng"),
        ("<?xml version=\"1.0\" standalone=\"maybe\"?><a/>", "standalone chỉ nhận"),
    ]

    @Test("libxml2's reasons for a document not well-formed read in Vietnamese", arguments: broken)
    func vietnamese(document: String, phrase: String) throws {
        var reasons: [String] = []
        do {
            _ = try XMLDocument(data: Array(document.utf8), sourceName: "hu.xml")
        } catch let LibXMLError.malformed(_, _, _, message) {
            reasons.append(message)
        }
        let message = try #require(reasons.first)
        let text = XMLErrorText.vietnamese(message)
        #expect(text != message, "no Vietnamese for «\(message)»")
        #expect(text.contains(phrase), "«\(text)» for «\(message)»")
    }

    @Test(
        "a reason with no known wording is kept as libxml2 wrote it; every rule compiles; quoted text is kept"
    )
    func unknownKept() {
        #expect(XMLErrorText.vietnamese("Something new in libxml2") == "Something new in libxml2")
        #expect(XMLErrorText.rules.count == XMLErrorText.wordings.count)
        #expect(
            XMLErrorText.vietnamese("Attribute $1x redefined")
                == "thuộc tính «$1x» được ghi hai lần trong một thẻ")
    }

    @Test("a file that is not UTF-8 is told to be saved as UTF-8, its bytes kept")
    func notUTF8() {
        let text = XMLErrorText.vietnamese("Input is not proper UTF-8, indicate encoding ! Bytes: 0xC3 0x3C")
        #expect(text.contains("UTF-8") && text.contains("0xC3 0x3C") && !text.contains("indicate"))
    }

    @Test("a file of zero bytes, or a binary one, is not called empty: it is not text (QA 43 #3)")
    func zeroBytesNotEmpty() throws {
        for bytes in [[UInt8](repeating: 0, count: 4096), (0...255).map { UInt8($0) }] {
            var message: String?
            do {
                _ = try XMLDocument(data: bytes, sourceName: "hong.xml")
            } catch let LibXMLError.malformed(_, _, _, text) {
                message = text
            }
            let text = XMLErrorText.vietnamese(try #require(message))
            #expect(text.contains("không phải XML"), "\(text)")
            var streamed: String?
            do {
                let reader = try XMLStreamReader(data: bytes, sourceName: "hong.xml")
                while try reader.read() {}
            } catch let LibXMLError.malformed(_, _, _, text) {
                streamed = text
            }
            #expect(XMLErrorText.vietnamese(try #require(streamed)).contains("không phải XML"))
        }
        // Read from a file (as venue files are), the document parser says the same.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hong-\(UUID().uuidString).xml"
        ).path
        try Data(repeating: 0, count: 4096).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var fromFile: String?
        do {
            _ = try XMLDocument(contentsOfFile: path)
        } catch let LibXMLError.malformed(_, _, _, text) {
            fromFile = text
        }
        #expect(XMLErrorText.vietnamese(try #require(fromFile)).contains("không phải XML"))
        // An empty file, or one of spaces, is still empty.
        #expect(throws: LibXMLError.emptyInput(source: "rong.xml")) {
            try XMLDocument(data: Array("  \n ".utf8), sourceName: "rong.xml")
        }
    }

    @Test("a venue file breaking its schema is told why in Vietnamese (QA 43 #2)")
    func schemaReasons() throws {
        let schema = try RelaxNGSchema(contentsOfFile: Fixtures.path("venue.rng"))
        let namespace = "urn:fairplan:test:venue"
        for document in [
            "<venue xmlns=\"\(namespace)\" id=\"v\"><name>H</name><room code=\"A\" capacity=\"hai\"/></venue>",
            "<venue xmlns=\"\(namespace)\" id=\"v\"><name>H</name><room code=\"A\"/></venue>",
            "<venue xmlns=\"\(namespace)\" id=\"v\"><name>H</name><kitchen/></venue>",
            "<html><body/></html>",
            "<venue id=\"v\"><name>H</name></venue>",
        ] {
            let diagnostics = schema.validate(
                try XMLDocument(data: Array(document.utf8), sourceName: "v.xml"))
            #expect(!diagnostics.isEmpty)
            for diagnostic in diagnostics {
                #expect(
                    XMLErrorText.vietnamese(diagnostic.message) != diagnostic.message,
                    "no Vietnamese for «\(diagnostic.message)»")
            }
        }
    }
}
