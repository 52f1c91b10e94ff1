import Foundation
import LibXML
import Planning
import Testing

@testable import Interchange

@Suite("FloorPlanRenderer: a plan to hand out (title, pavilions, labels, index, views)")
struct FloorPlanLayoutTests {
    static let namespaces = ["s": SVGWriter.namespace]

    /// Every text of a drawing with the class path of its groups.
    static func texts(_ drawing: Drawing) -> [(text: Shape, classes: [String])] {
        drawing.shapes.flatMap { $0.texts() }
    }

    /// The drawings checked for layout: the national fair plain and per exhibitor, in both
    /// languages, the small plan, a venue without a plan.
    static func drawings() throws -> [Drawing] {
        let fair = try FloorPlanFixtures.nationalFair()
        let waiting = FloorPlanNote(
            title: "Chưa xếp được gian (danh sách chờ): 2 đơn vị",
            lines: [
                "1. Liên minh Hợp tác xã tỉnh Quảng Trị (3 gian): không còn khối 3 gian liền nhau trong khu "
                    + "gian hàng các tỉnh miền Trung, đã xét cả các khu lân cận và khu dự phòng",
                "2. HTX Phú Tân (1 gian): hết gian có nguồn nước",
            ])
        let renderer = FloorPlanRenderer(
            plan: fair, version: 3, publishedAt: nil, notes: [waiting], language: .vietnamese)
        let english = FloorPlanRenderer(plan: fair, notes: [waiting], language: .english)
        let party = fair.boothAssignments[3].party
        return [
            renderer.drawing(), renderer.drawing(highlighting: party), english.drawing(),
            FloorPlanRenderer(plan: FloorPlanFixtures.smallPlan(moved: false), language: .vietnamese)
                .drawing(),
            FloorPlanRenderer(language: .vietnamese).drawing(of: FloorPlanRendererTests.venue()),
            FloorPlanRenderer(language: .vietnamese).drawing(
                of: try VenueReader.loadBundled(named: DemoRunner.briefingVenue).venue),
        ]
    }

    @Test("every text's estimated box lies inside the picture")
    func textsInsideViewBox() throws {
        for drawing in try Self.drawings() {
            let canvas = DrawingBox(x: 0, y: 0, width: drawing.width, height: drawing.height)
            let texts = Self.texts(drawing)
            #expect(texts.count > 10)
            for (text, _) in texts {
                let box = try #require(text.box)
                #expect(canvas.contains(box), "\(text) lies outside \(canvas)")
            }
        }
    }

    @Test("a long waiting-list line is wrapped inside its column, continuation lines indented")
    func waitingListWrapped() throws {
        let drawing = try Self.drawings()[0]
        let notes = Self.texts(drawing).filter { $0.classes.contains("note") }
        #expect(notes.count > 3)
        let boxes = notes.compactMap(\.text.box)
        let left = try #require(boxes.map(\.x).min())
        #expect(boxes.allSatisfy { $0.maxX <= left + FloorPlanRenderer.columnWidth + 0.01 })
        #expect(boxes.contains { abs($0.x - left - 14) < 0.01 })
    }

    @Test("booth labels and codes lie inside their booth or block")
    func labelsInsideBooths() throws {
        let fair = try FloorPlanFixtures.nationalFair()
        let venue = try #require(fair.venue)
        let drawing = FloorPlanRenderer(plan: fair, language: .vietnamese).drawing()
        var boothBoxes: [String: DrawingBox] = [:]
        var labels: [(booths: [String], box: DrawingBox)] = []
        func visit(_ shape: Shape) {
            guard case .group(let className, let data, _, let children) = shape else { return }
            if className.hasPrefix("booth"), className != "booth-label", let code = data["code"],
                case .rectangle(let x, let y, let width, let height, _) = children.first
            {
                boothBoxes[code] = DrawingBox(x: x, y: y, width: width, height: height)
                for case .text(let content, let tx, let ty, let size, let anchor, let bold, _) in children {
                    let box = TextMetrics.box(content, x: tx, y: ty, size: size, anchor: anchor, bold: bold)
                    #expect(
                        boothBoxes[code]?.contains(box) == true, "code \(content) overflows booth \(code)")
                }
            }
            if className == "booth-label", let booths = data["booths"], let box = shape.box {
                labels.append((booths.split(separator: ",").map(String.init), box))
            }
            children.forEach(visit)
        }
        drawing.shapes.forEach(visit)
        #expect(boothBoxes.count == venue.booths.count)
        let assigned = Set(fair.boothAssignments.map(\.booth))
        #expect(Set(labels.flatMap(\.booths)) == assigned)
        for label in labels {
            let boxes = try label.booths.map { try #require(boothBoxes[$0]) }
            let block = boxes.dropFirst().reduce(try #require(boxes.first)) { $0.union($1) }
            #expect(block.contains(label.box), "label of \(label.booths) overflows")
        }
        // A party with three neighbouring booths gets one label across them.
        #expect(labels.contains { $0.booths.count == 3 })
    }

    @Test("each regional pavilion has its own colour and a label no booth covers")
    func pavilions() throws {
        let fair = try FloorPlanFixtures.nationalFair()
        let venue = try #require(fair.venue)
        let drawing = FloorPlanRenderer(plan: fair, language: .vietnamese).drawing()
        var booths: [DrawingBox] = []
        var pavilionLabels: [(zone: String, box: DrawingBox, fill: String)] = []
        func visit(_ shape: Shape) {
            guard case .group(let className, let data, _, let children) = shape else { return }
            if className.hasPrefix("booth"), className != "booth-label", let box = children.first?.box {
                booths.append(box.inset(by: 0.6))
            }
            if className == "zone-label pavilion", let zone = data["zone"] {
                for case .text(let content, let x, let y, let size, let anchor, let bold, let fill)
                    in children
                {
                    pavilionLabels.append(
                        (
                            zone,
                            TextMetrics.box(content, x: x, y: y, size: size, anchor: anchor, bold: bold), fill
                        ))
                }
            }
            children.forEach(visit)
        }
        drawing.shapes.forEach(visit)
        let pavilionZones = venue.zones.filter { $0.tags.contains("province-pavilion") }
        #expect(pavilionZones.count == 4)
        #expect(Set(pavilionLabels.map(\.zone)) == Set(pavilionZones.map(\.id)))
        #expect(Set(pavilionLabels.map(\.fill)).count == pavilionZones.count)
        for label in pavilionLabels {
            #expect(
                !booths.contains { $0.intersects(label.box) }, "pavilion label \(label.zone) under a booth")
        }
    }

    @Test("a party keeps its colour across plan versions with different booths")
    func stableColours() throws {
        func fills(_ plan: Plan) throws -> [String: Set<String>] {
            let bytes = try FloorPlanRenderer(plan: plan, language: .vietnamese).svg()
            let document = try XMLDocument(data: bytes, sourceName: "plan.svg")
            var fills: [String: Set<String>] = [:]
            for booth in try document.nodes(
                matching: "//s:g[@data-party and @data-code]", namespaces: Self.namespaces)
            {
                let party = try #require(booth.attribute("data-party"))
                let fill = try document.string(
                    "string(//s:g[@data-code='\(booth.attribute("data-code") ?? "")']/s:rect[1]/@fill)",
                    namespaces: Self.namespaces)
                fills[party, default: []].insert(fill)
            }
            return fills
        }
        let first = try fills(FloorPlanFixtures.smallPlan(moved: false))
        let second = try fills(FloorPlanFixtures.smallPlan(moved: true))
        for party in ["lm-ca-mau", "htx-tan-hoa"] {
            #expect(first[party] == [PartyPalette.colour(forParty: party)])
            #expect(first[party] == second[party])
        }
    }

    @Test("the index lists every placed booth once, in Vietnamese order of the exhibitors")
    func index() throws {
        let fair = try FloorPlanFixtures.nationalFair()
        let bytes = try FloorPlanRenderer(plan: fair, language: .vietnamese).svg()
        let document = try XMLDocument(data: bytes, sourceName: "plan.svg")
        let entries = try document.nodes(matching: "//s:g[@class='index-entry']", namespaces: Self.namespaces)
        let listed = entries.flatMap {
            ($0.attribute("data-booths") ?? "").split(separator: ",").map(String.init)
        }
        #expect(listed.count == fair.boothAssignments.count)
        #expect(Set(listed) == Set(fair.boothAssignments.map(\.booth)))
        let names = entries.compactMap { $0.attribute("data-party") }.compactMap {
            fair.party(Identifier($0))?.name
        }
        #expect(names == names.sortedVietnamese())
        #expect(names.count == Set(fair.boothAssignments.map(\.party)).count)
    }

    @Test("the per-exhibitor view marks exactly that party's booths and greys the others")
    func perExhibitor() throws {
        let fair = try FloorPlanFixtures.nationalFair()
        let party = try #require(
            fair.boothAssignments.first { a in
                fair.boothAssignments.filter { $0.party == a.party }.count == 3
            }?.party)
        let bytes = try FloorPlanRenderer(plan: fair, version: 2, language: .vietnamese).svg(
            highlighting: party)
        let document = try XMLDocument(data: bytes, sourceName: "plan.svg")
        let marked = try document.nodes(
            matching: "//s:g[@class='booth highlighted']", namespaces: Self.namespaces
        )
        .compactMap { $0.attribute("data-code") }
        let own = fair.boothAssignments.filter { $0.party == party }.map(\.booth)
        #expect(Set(marked) == Set(own))
        let dimmed = try document.nodes(matching: "//s:g[@class='booth dimmed']", namespaces: Self.namespaces)
        #expect(dimmed.count == (fair.venue?.booths.count ?? 0) - own.count)
        let title = try document.string("string(//s:g[@class='title-block'])", namespaces: Self.namespaces)
        #expect(title.contains(own[0]))
    }

    @Test("the title block names the event, its dates, and the version or a draft")
    func titleBlock() throws {
        let fair = try FloorPlanFixtures.nationalFair(parties: 3)
        let at = LocalDateTime(
            date: try #require(CalendarDate(year: 2026, month: 9, day: 1)),
            time: try #require(TimeOfDay(hour: 12)))
        for (version, expected) in [
            (Int?.some(4), FloorPlanMessage.publishedVersion(number: 4, at: at)), (nil, .draftVersion),
        ] {
            let drawing = FloorPlanRenderer(
                plan: fair, version: version, publishedAt: at, language: .vietnamese
            )
            .drawing()
            let texts = Self.texts(drawing).filter { $0.classes.contains("title-block") }.compactMap {
                text, _ in
                if case .text(let content, _, _, _, _, _, _) = text { content } else { nil }
            }
            let joined = texts.joined(separator: " ")
            #expect(joined.contains(fair.event.name))
            #expect(joined.contains(expected.text(.vietnamese)))
            if let first = fair.event.firstDay { #expect(joined.contains(first.vietnamese)) }
        }
    }

    @Test("a scale bar in metres sits under the plan")
    func scaleBar() throws {
        let drawing = try Self.drawings()[0]
        let bars = drawing.shapes.compactMap { shape -> [String: String]? in
            if case .group("scale-bar", let data, _, _) = shape { data } else { nil }
        }
        #expect(bars == [["metres": "20"]])
    }

    @Test("the SVG of every view is well formed")
    func wellFormed() throws {
        for drawing in try Self.drawings() {
            let document = try XMLDocument(data: try SVGWriter.bytes(of: drawing), sourceName: "plan.svg")
            #expect(document.rootElement.name == "svg")
            let viewBox = document.rootElement.attribute("viewBox")
            #expect(viewBox == "0 0 \(SVGWriter.number(drawing.width)) \(SVGWriter.number(drawing.height))")
        }
    }
}
