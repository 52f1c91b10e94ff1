import Interchange
import LibXML
import Planning
import Testing

@Suite("ListXMLWriter: lists as XML, each valid against its shipped schema")
struct ListXMLWriterTests {
    static let plans = [SampleData.nationalFair(), SampleData.hybridBriefing()]

    @Test("every list of both sample plans validates", arguments: ListKind.allCases)
    func validates(kind: ListKind) throws {
        let schema = try ListSchemas.schema(for: kind)
        for plan in Self.plans {
            let sheet = PlanLists(plan: plan).sheet(kind, in: .vietnamese)
            let bytes = try ListXMLWriter.bytes(sheet, kind: kind, event: plan.event.name)
            let document = try XMLDocument(data: bytes, sourceName: "\(kind.xmlRoot).xml")
            let diagnostics = schema.validate(document)
            #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3).map(\.description))")
            #expect(document.rootElement.namespaceURI == ListKind.xmlNamespace)
        }
    }

    @Test("typed values: dates ISO, stars as integers, STT as attribute")
    func values() throws {
        let plan = SampleData.nationalFair()
        let bytes = try ListXMLWriter.bytes(
            PlanLists(plan: plan).sheet(.products, in: .vietnamese), kind: .products, event: plan.event.name)
        let document = try XMLDocument(data: bytes, sourceName: "san-pham.xml")
        let namespaces = ["l": ListKind.xmlNamespace]
        #expect(
            try document.number("count(/l:danh-sach-san-pham/l:dong)", namespaces: namespaces)
                == Double(plan.products.count))
        #expect(
            try document.string("string(/l:danh-sach-san-pham/l:dong[1]/@stt)", namespaces: namespaces) == "1"
        )
        let date = try document.string("string((//l:ngay-quyet-dinh)[1])", namespaces: namespaces)
        #expect(date.count == 10 && date.dropFirst(4).first == "-")
    }

    @Test(
        "the exhibitors list carries each party's status, valid against the schema; a list without it is refused"
    )
    func exhibitorStatus() throws {
        var plan = SampleData.nationalFair()
        plan.parties[0].registrationStatus = .withdrawn
        let bytes = try ListXMLWriter.bytes(
            PlanLists(plan: plan, partyStatus: .withdrawn).sheet(.exhibitors, in: .english),
            kind: .exhibitors,
            event: plan.event.name)
        let document = try XMLDocument(data: bytes, sourceName: "gian-hang.xml")
        let schema = try ListSchemas.schema(for: .exhibitors)
        #expect(schema.validate(document).isEmpty)
        let namespaces = ["l": ListKind.xmlNamespace]
        #expect(try document.number("count(//l:dong)", namespaces: namespaces) == 1)
        #expect(
            try document.string("string(//l:dong[1]/l:trang-thai)", namespaces: namespaces)
                == RegistrationStatus.withdrawn.name(.english))
        let old = """
            <danh-sach-gian-hang xmlns="urn:fairplan:lists:1" su-kien="x"><dong stt="1"><don-vi>A</don-vi>\
            <so-gian-dang-ky>1</so-gian-dang-ky><gian-hang>A-01</gian-hang><so-san-pham>0</so-san-pham>\
            </dong></danh-sach-gian-hang>
            """
        #expect(!schema.validate(try XMLDocument(data: Array(old.utf8), sourceName: "old.xml")).isEmpty)
    }

    @Test("a broken list is refused by its schema")
    func broken() throws {
        let schema = try ListSchemas.schema(for: .attendees)
        let bad = """
            <danh-sach-dai-bieu xmlns="urn:fairplan:lists:1" su-kien="x"><dong stt="0"><ho-ten>A</ho-ten></dong></danh-sach-dai-bieu>
            """
        let document = try XMLDocument(data: Array(bad.utf8), sourceName: "bad.xml")
        #expect(!schema.validate(document).isEmpty)
    }
}
