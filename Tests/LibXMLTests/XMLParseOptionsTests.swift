import Foundation
import LibXML
import Testing

/// The safety policy of `XMLParseOptions`, checked for `XMLDocument` and `XMLStreamReader`.
@Suite struct XMLParseOptionsTests {
    enum Parser: String, CaseIterable, Sendable {
        case document
        case streamReader
        case chunkedStreamReader
    }

    /// Parses `bytes` completely and returns every text and attribute value seen.
    static func parse(_ bytes: [UInt8], with parser: Parser, options: XMLParseOptions) throws -> [String] {
        switch parser {
        case .document:
            let document = try XMLDocument(data: bytes, sourceName: "input.xml", options: options)
            let root = document.rootElement
            return [root.textContent] + root.attributes.map(\.value)
        case .streamReader:
            return try drain(XMLStreamReader(data: bytes, sourceName: "input.xml", options: options))
        case .chunkedStreamReader:
            var offset = 0
            let reader = try XMLStreamReader(sourceName: "input.xml", options: options) { buffer in
                let count = min(7, buffer.count, bytes.count - offset)
                buffer.copyBytes(from: bytes[offset..<offset + count])
                offset += count
                return count
            }
            return try drain(reader)
        }
    }

    private static func drain(_ reader: XMLStreamReader) throws -> [String] {
        var values: [String] = []
        while try reader.read() {
            values.append(reader.value ?? "")
            values += reader.attributes.map(\.value)
        }
        return values
    }

    /// Checks that parsing throws a `LibXMLError` accepted by `matches` and never shows the secret.
    private static func expectRefused(
        _ input: UntrustedInput,
        _ parser: Parser,
        options: XMLParseOptions,
        sourceLocation: SourceLocation = #_sourceLocation,
        matches: (LibXMLError) -> Bool
    ) {
        var seen: [String] = []
        do {
            seen = try parse(input.bytes, with: parser, options: options)
            Issue.record("\(input) was accepted by \(parser)", sourceLocation: sourceLocation)
        } catch let error as LibXMLError {
            #expect(
                matches(error), "\(input) / \(parser): unexpected \(error)", sourceLocation: sourceLocation)
            #expect(!"\(error)".contains(Fixtures.secretMarker), sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(input) / \(parser): not a LibXMLError: \(error)", sourceLocation: sourceLocation)
        }
        #expect(!seen.joined().contains(Fixtures.secretMarker), sourceLocation: sourceLocation)
    }

    @Test(arguments: UntrustedInput.allCases, Parser.allCases)
    func refusesUntrustedInput(_ input: UntrustedInput, _ parser: Parser) {
        Self.expectRefused(input, parser, options: .document) { error in
            switch (input, error) {
            case (.malformedUTF8, .malformed(_, 1, _, let message)): return message.contains("UTF-8")
            case (.truncated, .malformed(_, let line, _, _)): return line == 4
            case (.empty, .emptyInput), (.whitespaceOnly, .emptyInput): return true
            case (_, .documentTypeNotAllowed(let source, let line)):
                return input.hasDocumentType && source == "input.xml" && (line == 2 || parser != .document)
            default: return false
            }
        }
    }

    @Test(arguments: UntrustedInput.allCases.filter(\.declaresEntities), Parser.allCases)
    func refusesEntityDeclarationsEvenWhenDocumentTypesAreAllowed(_ input: UntrustedInput, _ parser: Parser) {
        let options = XMLParseOptions(allowsDocumentType: true)
        Self.expectRefused(input, parser, options: options) { error in
            guard case .entityDeclarationNotAllowed(let source, _, let name) = error else { return false }
            return source == "input.xml" && !name.isEmpty
        }
    }

    @Test(arguments: Parser.allCases)
    func allowedDocumentTypeNeverLoadsTheExternalSubset(_ parser: Parser) throws {
        let options = XMLParseOptions(allowsDocumentType: true)
        let values = try Self.parse(UntrustedInput.externalDocumentType.bytes, with: parser, options: options)
        #expect(!values.joined().contains(Fixtures.secretMarker))
    }

    @Test(arguments: Parser.allCases)
    func refusesInputOverTheSizeLimit(_ parser: Parser) throws {
        let bytes = try SampleDocument.bytes()
        let options = XMLParseOptions(maximumInputSize: 100)
        #expect(bytes.count > 100)
        #expect {
            try Self.parse(bytes, with: parser, options: options)
        } throws: { error in
            guard case LibXMLError.inputTooLarge("input.xml", 100) = error else { return false }
            return true
        }
        // Exactly at the limit is fine.
        let exact = XMLParseOptions(maximumInputSize: bytes.count)
        #expect(try !Self.parse(bytes, with: parser, options: exact).isEmpty)
    }

    @Test func refusesFilesOverTheSizeLimit() throws {
        let options = XMLParseOptions(maximumInputSize: 16)
        let path = Fixtures.path("venue-valid.xml")
        #expect(throws: LibXMLError.inputTooLarge(source: path, limit: 16)) {
            try XMLDocument(contentsOfFile: path, options: options)
        }
        #expect(throws: LibXMLError.inputTooLarge(source: path, limit: 16)) {
            try XMLStreamReader(contentsOfFile: path, options: options)
        }
    }

    @Test func refusesRelativeExternalEntitiesInFiles() throws {
        for name in ["xxe-relative.xml", "dtd-relative.xml"] {
            for allowsDocumentType in [false, true] {
                let options = XMLParseOptions(allowsDocumentType: allowsDocumentType)
                let path = Fixtures.path(name)
                do {
                    let document = try XMLDocument(contentsOfFile: path, options: options)
                    #expect(name == "dtd-relative.xml" && allowsDocumentType)
                    #expect(!document.rootElement.textContent.contains(Fixtures.secretMarker))
                } catch {
                    #expect(!"\(error)".contains(Fixtures.secretMarker))
                }
                do {
                    let reader = try XMLStreamReader(contentsOfFile: path, options: options)
                    while try reader.read() {
                        #expect(!(reader.value ?? "").contains(Fixtures.secretMarker))
                    }
                    #expect(name == "dtd-relative.xml" && allowsDocumentType)
                } catch {
                    #expect(!"\(error)".contains(Fixtures.secretMarker))
                }
            }
        }
    }

    @Test func defaultsAreSafe() {
        #expect(XMLParseOptions.document.maximumInputSize == 64 * 1024 * 1024)
        #expect(XMLParseOptions.stream.maximumInputSize == 2 * 1024 * 1024 * 1024)
        #expect(!XMLParseOptions.document.allowsDocumentType)
        #expect(!XMLParseOptions.stream.allowsDocumentType)
        #expect(XMLParseOptions() == .document)
    }
}
