import LibXML
import Testing

@Suite struct LibXMLErrorTests {
    @Test func descriptionsPutSourceAndLineFirst() {
        let malformed = LibXMLError.malformed(source: "venue.xml", line: 12, column: 5, message: "bad tag")
        #expect(malformed.description == "venue.xml:12:5: error: bad tag")
        #expect(LibXMLError.emptyInput(source: "a.xml").description == "a.xml: error: the document is empty")
        #expect(
            LibXMLError.inputTooLarge(source: "a.xml", limit: 10).description
                == "a.xml: error: input is larger than the limit of 10 bytes"
        )
        #expect(
            LibXMLError.documentTypeNotAllowed(source: "a.xml", line: 2).description
                == "a.xml:2: error: DOCTYPE declarations are not allowed"
        )
        #expect(
            LibXMLError.documentTypeNotAllowed(source: "a.xml", line: 0).description
                == "a.xml: error: DOCTYPE declarations are not allowed"
        )
        #expect(
            LibXMLError.entityDeclarationNotAllowed(source: "a.xml", line: 3, name: "x").description
                == "a.xml:3: error: entity declarations are not allowed (entity 'x')"
        )
        #expect(LibXMLError.io(path: "/p", message: "denied").description == "/p: error: denied")
        #expect(
            LibXMLError.xpath(expression: "//a[", message: "Invalid expression").description
                == "XPath '//a[': error: Invalid expression"
        )
        #expect(
            LibXMLError.invalidContent(element: "text:p", message: "bad").description
                == "<text:p>: error: bad"
        )
        #expect(LibXMLError.writerMisuse(message: "closed").description == "XMLWriter: error: closed")
        #expect(LibXMLError.internalError(message: "oom").description == "libxml2: error: oom")
    }

    @Test func schemaErrorsListEveryDiagnostic() {
        let diagnostics = [
            XMLDiagnostic(source: "s.rng", line: 3, column: 0, severity: .error, message: "one"),
            XMLDiagnostic(source: "s.rng", line: 0, column: 0, severity: .warning, message: "two"),
        ]
        let error = LibXMLError.invalidSchema(source: "s.rng", diagnostics: diagnostics)
        #expect(
            error.description == "s.rng: error: invalid schema\n  s.rng:3: error: one\n  s.rng: warning: two")
    }

    @Test func diagnosticDescriptionsFollowCompilerConvention() {
        let diagnostic = XMLDiagnostic(
            source: "venue.xml", line: 12, column: 5, severity: .fatal, message: "boom")
        #expect(diagnostic.description == "venue.xml:12:5: fatal: boom")
        #expect(
            XMLDiagnostic(source: "v.xml", line: 4, column: 0, severity: .error, message: "m").description
                == "v.xml:4: error: m")
    }
}
