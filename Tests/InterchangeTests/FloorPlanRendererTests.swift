import Foundation
import LibXML
import Planning
import Testing

@testable import Interchange

@Suite("FloorPlanRenderer and SVGWriter")
struct FloorPlanRendererTests {
    static func venue() -> Venue {
        var booths: [Booth] = []
        for index in 0..<6 {
            booths.append(
                Booth(
                    code: "A-0\(index + 1)", hall: "A",
                    rect: Rect(x: 2 + Double(index) * 3, y: 2, width: 3, depth: 3),
                    kind: index == 0 || index == 5 ? .corner : .standard, front: .south, zone: "ocop",
                    services: index == 1 ? [.water, .coldStorage] : [], blocked: index == 5))
        }
        return Venue(
            id: "v", name: "Nhà triển lãm thử & <mẫu>",
            halls: [Hall(id: "A", name: "Nhà A", width: 30, depth: 15)], booths: booths,
            zones: [
                Zone(
                    id: "ocop", name: "Khu OCOP 4–5 sao", hall: "A", tags: ["ocop"],
                    area: Rect(x: 1, y: 1, width: 20, depth: 5))
            ],
            aisles: [
                Aisle(id: "chinh", hall: "A", rect: Rect(x: 0, y: 6, width: 30, depth: 4), isMain: true)
            ],
            entrances: [
                Entrance(
                    id: "cong", name: "Cổng chính", hall: "A",
                    rect: Rect(x: 13, y: 14.8, width: 4, depth: 0.2), isMain: true)
            ])
    }

    @Test("the SVG parses as XML and has one element per booth, with codes and services")
    func svg() throws {
        let venue = Self.venue()
        let bytes = try SVGWriter.bytes(of: FloorPlanRenderer(language: .vietnamese).drawing(of: venue))
        let document = try XMLDocument(data: bytes, sourceName: "plan.svg")
        let root = document.rootElement
        #expect(root.name == "svg")
        #expect(root.namespaceURI == SVGWriter.namespace)
        let booths = try document.nodes(
            matching: "//s:g[@class='booth']", namespaces: ["s": SVGWriter.namespace])
        #expect(booths.count == venue.booths.count)
        #expect(Set(booths.compactMap { $0.attribute("data-code") }) == Set(venue.booths.map(\.code)))
        let title = try document.string("string(/s:svg/s:title)", namespaces: ["s": SVGWriter.namespace])
        #expect(
            title == InterchangeMessage.floorPlanTitle(venue: "Nhà triển lãm thử & <mẫu>").text(.vietnamese))
        let zones = try document.nodes(
            matching: "//s:g[@class='zone']", namespaces: ["s": SVGWriter.namespace])
        #expect(zones.count == 1)
        let tooltip = try document.string(
            "string(//s:g[@data-code='A-02']/s:title)", namespaces: ["s": SVGWriter.namespace])
        #expect(
            tooltip
                == InterchangeMessage.boothTooltip(
                    code: "A-02", kind: .standard, width: 3, depth: 3, zone: "Khu OCOP 4–5 sao",
                    services: [.water, .coldStorage], blocked: false
                ).text(.vietnamese))
        #expect(tooltip.contains(BoothService.water.name(.vietnamese)))
    }

    @Test("highlights colour booths and add legend entries")
    func highlights() throws {
        let renderer = FloorPlanRenderer(
            highlights: [
                "A-01": BoothHighlight(fill: "#ff0000", caption: "Cà Mau", legend: "Cà Mau")
            ], language: .vietnamese)
        let bytes = try SVGWriter.bytes(of: renderer.drawing(of: Self.venue()))
        let document = try XMLDocument(data: bytes, sourceName: "plan.svg")
        let fill = try document.string(
            "string(//s:g[@data-code='A-01']/s:rect/@fill)", namespaces: ["s": SVGWriter.namespace])
        #expect(fill == "#ff0000")
        let legend = try document.nodes(
            matching: "//s:g[@class='legend']/s:text[.='Cà Mau']", namespaces: ["s": SVGWriter.namespace])
        #expect(legend.count == 1)
    }

    @Test("notes are drawn beside the plan, one text per line, and widen the drawing")
    func notes() throws {
        let note = FloorPlanNote(
            title: "Chưa xếp được gian",
            lines: ["1. HTX Tân Hòa — không còn 3 gian liền nhau", "2. HTX Phú Tân"])
        let plain = FloorPlanRenderer(language: .vietnamese).drawing(of: Self.venue())
        let noted = FloorPlanRenderer(notes: [note], language: .vietnamese).drawing(of: Self.venue())
        #expect(noted.width > plain.width)
        let document = try XMLDocument(data: try SVGWriter.bytes(of: noted), sourceName: "plan.svg")
        let texts = try document.nodes(
            matching: "//s:g[@class='note']/s:text", namespaces: ["s": SVGWriter.namespace])
        #expect(texts.map(\.textContent) == [note.title] + note.lines)
    }

    @Test("writing to a file is atomic and leaves a parseable file")
    func file() throws {
        let path = "/tmp/fairplan-floorplan-\(UInt32.random(in: 0...UInt32.max)).svg"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SVGWriter.write(FloorPlanRenderer(language: .vietnamese).drawing(of: Self.venue()), toFile: path)
        let document = try XMLDocument(contentsOfFile: path)
        #expect(document.rootElement.name == "svg")
    }

    @Test("a renderer in English words its title, legend and tooltips in English")
    func english() throws {
        let drawing = FloorPlanRenderer(language: .english).drawing(of: Self.venue())
        #expect(
            drawing.title
                == InterchangeMessage.floorPlanTitle(venue: "Nhà triển lãm thử & <mẫu>").text(.english))
        let document = try XMLDocument(data: try SVGWriter.bytes(of: drawing), sourceName: "plan.svg")
        let namespaces = ["s": SVGWriter.namespace]
        let legend = try document.nodes(matching: "//s:g[@class='legend']/s:text", namespaces: namespaces)
            .map(\.textContent)
        #expect(legend.first == InterchangeMessage.legendTitle.text(.english))
        #expect(legend.contains(BoothService.coldStorage.name(.english)))
        #expect(!legend.contains(InterchangeMessage.legendTitle.text(.vietnamese)))
        let tooltip = try document.string(
            "string(//s:g[@data-code='A-06']/s:title)", namespaces: namespaces)
        #expect(
            tooltip
                == InterchangeMessage.boothTooltip(
                    code: "A-06", kind: .corner, width: 3, depth: 3, zone: "Khu OCOP 4–5 sao", services: [],
                    blocked: true
                ).text(.english))
        #expect(FloorPlanRenderer(language: .vietnamese).language == .vietnamese)
    }
}
