import Foundation
import LibXML
import TestSupport
import Testing

@Suite struct RelaxNGSchemaTests {
    @Test func validDocumentHasNoDiagnostics() throws {
        let schema = try RelaxNGSchema(contentsOfFile: Fixtures.path("venue.rng"))
        let document = try XMLDocument(contentsOfFile: Fixtures.path("venue-valid.xml"))
        #expect(schema.validate(document).isEmpty)
        #expect(try schema.validate(data: try SampleVenue.valid, sourceName: "venue.xml").isEmpty)
    }

    @Test func reportsEveryErrorWithItsLine() throws {
        let schema = try RelaxNGSchema(contentsOfFile: Fixtures.path("venue.rng"))
        let diagnostics = try schema.validate(data: try SampleVenue.invalid, sourceName: "venue.xml")
        #expect(diagnostics.count >= 3)
        #expect(Set(diagnostics.map(\.line)).isSuperset(of: [4, 5, 6, 7]))
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.source == "venue.xml" })
        let capacity = try #require(diagnostics.first { $0.line == 4 })
        #expect(capacity.message.contains("many"))
        #expect(capacity.description.hasPrefix("venue.xml:4: error: "))
        #expect(diagnostics.contains { $0.line == 5 && $0.message.contains("accessible") })
        #expect(diagnostics.contains { $0.line == 7 && $0.message.contains("hall") })
    }

    @Test func compilesFromDataWithABaseName() throws {
        let data = try Fixtures.bytes("venue.rng")
        let schema = try RelaxNGSchema(data: data, baseName: Fixtures.path("venue.rng"))
        #expect(try schema.validate(data: try SampleVenue.invalid, sourceName: "venue.xml").count >= 3)
        // Without the right base, the relative include cannot be found.
        #expect {
            try RelaxNGSchema(data: data, baseName: "/nonexistent/venue.rng")
        } throws: { error in
            guard case LibXMLError.invalidSchema(let source, let diagnostics) = error else { return false }
            return source == "/nonexistent/venue.rng" && !diagnostics.isEmpty
        }
    }

    @Test func reportsEveryCompileError() throws {
        #expect {
            try RelaxNGSchema(contentsOfFile: Fixtures.path("broken.rng"))
        } throws: { error in
            guard case LibXMLError.invalidSchema(let source, let diagnostics) = error else { return false }
            let text = diagnostics.map(\.message).joined(separator: "\n")
            return source.hasSuffix("broken.rng") && text.contains("missing-room")
                && text.contains("missing-hall")
        }
    }

    @Test func neverLoadsNetworkIncludes() throws {
        let schema = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <include href="http://127.0.0.1:9/remote.rng"/>
              <start><element name="a"><empty/></element></start>
            </grammar>
            """
        #expect(throws: LibXMLError.self) {
            try RelaxNGSchema(data: Array(schema.utf8), baseName: "remote.rng")
        }
    }

    @Test func missingSchemaFileThrowsIOError() {
        #expect {
            try RelaxNGSchema(contentsOfFile: Fixtures.path("missing.rng"))
        } throws: { error in
            guard case LibXMLError.io = error else { return false }
            return true
        }
    }

    @Test func malformedDocumentThrowsInsteadOfValidating() throws {
        let schema = try RelaxNGSchema(contentsOfFile: Fixtures.path("venue.rng"))
        #expect(throws: LibXMLError.self) {
            try schema.validate(data: Array("<venue".utf8), sourceName: "v.xml")
        }
    }

    /// Compiles the OASIS ODF 1.3 schema (vendored in TestSupport) and validates a flat
    /// spreadsheet written with `XMLWriter`.
    @Test func validatesAFlatODFSpreadsheetAgainstTheODF13Schema() throws {
        let schema = try RelaxNGSchema(contentsOfFile: TestSchemas.odf13.path)
        let valid = try FlatSpreadsheet.bytes(valueType: "float")
        #expect(schema.validate(try XMLDocument(data: valid, sourceName: "plan.fods")) == [])
        let invalid = try FlatSpreadsheet.bytes(valueType: "bogus")
        let diagnostics = schema.validate(try XMLDocument(data: invalid, sourceName: "bad.fods"))
        #expect(!diagnostics.isEmpty)
    }
}
