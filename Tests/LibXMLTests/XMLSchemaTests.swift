import LibXML
import Testing

@Suite struct XMLSchemaTests {
    @Test func validDocumentHasNoDiagnostics() throws {
        let schema = try XMLSchema(contentsOfFile: Fixtures.path("venue.xsd"))
        let document = try XMLDocument(contentsOfFile: Fixtures.path("venue-valid.xml"))
        #expect(schema.validate(document).isEmpty)
        #expect(try schema.validate(data: try SampleVenue.valid, sourceName: "venue.xml").isEmpty)
    }

    @Test func reportsEveryErrorWithItsLine() throws {
        let schema = try XMLSchema(contentsOfFile: Fixtures.path("venue.xsd"))
        let diagnostics = try schema.validate(data: try SampleVenue.invalid, sourceName: "venue.xml")
        #expect(diagnostics.count >= 3)
        #expect(diagnostics.map(\.line) == [4, 5, 6, 7])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.source == "venue.xml" })
        #expect(diagnostics[0].message.contains("capacity"))
        #expect(diagnostics[0].description.hasPrefix("venue.xml:4: error: "))
        #expect(diagnostics[1].message.contains("accessible"))
        #expect(diagnostics[3].message.contains("hall"))
    }

    @Test func compilesFromDataWithABaseName() throws {
        let data = try Fixtures.bytes("venue.xsd")
        let schema = try XMLSchema(data: data, baseName: Fixtures.path("venue.xsd"))
        #expect(try schema.validate(data: try SampleVenue.invalid, sourceName: "venue.xml").count == 4)
        #expect(throws: LibXMLError.self) { try XMLSchema(data: data, baseName: "/nonexistent/venue.xsd") }
    }

    @Test func reportsEveryCompileError() throws {
        #expect {
            try XMLSchema(contentsOfFile: Fixtures.path("broken.xsd"))
        } throws: { error in
            guard case LibXMLError.invalidSchema(let source, let diagnostics) = error else { return false }
            let text = diagnostics.map(\.message).joined(separator: "\n")
            return source.hasSuffix("broken.xsd") && text.contains("NoSuchType")
                && text.contains("AlsoMissing")
                && diagnostics.map(\.line) == [3, 4]
        }
    }

    @Test func malformedSchemaIsInvalid() throws {
        #expect {
            try XMLSchema(
                data: Array("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>".utf8),
                baseName: "cut.xsd")
        } throws: { error in
            guard case LibXMLError.invalidSchema("cut.xsd", let diagnostics) = error else { return false }
            return !diagnostics.isEmpty
        }
    }

    @Test func neverLoadsNetworkImports() throws {
        let schema = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:include schemaLocation="http://127.0.0.1:9/remote.xsd"/>
              <xs:element name="a" type="RemoteType"/>
            </xs:schema>
            """
        #expect(throws: LibXMLError.self) { try XMLSchema(data: Array(schema.utf8), baseName: "remote.xsd") }
    }

    @Test func missingSchemaFileThrowsIOError() {
        #expect {
            try XMLSchema(contentsOfFile: Fixtures.path("missing.xsd"))
        } throws: { error in
            guard case LibXMLError.io = error else { return false }
            return true
        }
    }
}
