import LibXML
import Testing

@Suite struct XMLDocumentXPathTests {
    private static let namespaces = ["v": "urn:fairplan:test:venue", "x": "urn:x"]

    private static func document() throws -> XMLDocument {
        let xml = """
            <venue xmlns="urn:fairplan:test:venue" xmlns:x="urn:x" id="dong-tam">
              <name>Đồng Tâm</name>
              <room code="A1" capacity="40"/>
              <room code="A2" capacity="25" x:floor="2"/>
              <room code="B1" capacity="60"/>
            </venue>
            """
        return try XMLDocument(data: Array(xml.utf8), sourceName: "venue.xml")
    }

    @Test func selectsElementsWithNamespaces() throws {
        let document = try Self.document()
        let rooms = try document.nodes(
            matching: "/v:venue/v:room[@capacity > 30]", namespaces: Self.namespaces)
        #expect(rooms.map { $0.attribute("code") } == ["A1", "B1"])
        #expect(try document.nodes(matching: "//v:room[@x:floor]", namespaces: Self.namespaces).count == 1)
        #expect(try document.nodes(matching: "//room").isEmpty)
        let attributes = try document.nodes(matching: "//v:room/@code", namespaces: Self.namespaces)
        #expect(attributes.isEmpty)
    }

    @Test func evaluatesRelativeToAnElement() throws {
        let document = try Self.document()
        let second = try #require(document.rootElement.children(named: "room").dropFirst().first)
        let next = try document.nodes(
            matching: "following-sibling::v:room", namespaces: Self.namespaces, relativeTo: second
        )
        #expect(next.map { $0.attribute("code") } == ["B1"])
        #expect(try document.string("@code", relativeTo: second) == "A2")
    }

    @Test func evaluatesStringsNumbersAndBooleans() throws {
        let document = try Self.document()
        #expect(try document.string("/v:venue/v:name", namespaces: Self.namespaces) == "Đồng Tâm")
        #expect(try document.string("string(/v:venue/@id)", namespaces: Self.namespaces) == "dong-tam")
        #expect(try document.number("count(//v:room)", namespaces: Self.namespaces) == 3)
        #expect(try document.number("sum(//v:room/@capacity)", namespaces: Self.namespaces) == 125)
        #expect(try document.number("/v:venue/v:name", namespaces: Self.namespaces).isNaN)
        #expect(try document.boolean("boolean(//v:room[@code='B1'])", namespaces: Self.namespaces))
        #expect(try document.boolean("//v:hall", namespaces: Self.namespaces) == false)
    }

    @Test func reportsXPathErrors() throws {
        let document = try Self.document()
        #expect {
            try document.nodes(matching: "//v:room[", namespaces: Self.namespaces)
        } throws: { error in
            guard case LibXMLError.xpath(let expression, let message) = error else { return false }
            return expression == "//v:room[" && !message.isEmpty
        }
        #expect(throws: LibXMLError.self) { try document.nodes(matching: "//undeclared:room") }
        #expect(throws: LibXMLError.self) {
            try document.nodes(matching: "count(//v:room)", namespaces: Self.namespaces)
        }
        let other = try Self.document()
        #expect(throws: LibXMLError.self) { try document.nodes(matching: ".", relativeTo: other.rootElement) }
    }
}
