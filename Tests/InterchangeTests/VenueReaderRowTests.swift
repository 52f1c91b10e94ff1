import Foundation
import Interchange
import Planning
import Testing

/// Compact booth rows and the geometry of the shipped provincial centre.
@Suite struct VenueReaderRowTests {
    /// Reads a one-hall venue (60 m × 20 m) around the given content.
    func read(_ content: String) throws -> Venue {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <venue xmlns="urn:fairplan:venue:1" id="thu" name="Địa điểm thử">
              <hall id="N1" name="Nhà 1" width="60" depth="20">
                <zone id="k1" name="Khu 1" tags="ocop agri-food"/>
            \(content)
              </hall>
            </venue>
            """
        return try VenueReader.read(data: Data(text.utf8), sourceName: "venue.xml").venue
    }

    @Test func rowExpandsEastward() throws {
        let venue = try read(
            #"<booth-row prefix="A-" count="12" x="6" y="2" zone="k1" corners="both" services="water"/>"#)
        #expect(venue.booths.map(\.code) == (1...12).map { String(format: "A-%02d", $0) })
        for (index, booth) in venue.booths.enumerated() {
            #expect(booth.rect == Rect(x: 6 + 3 * Double(index), y: 2, width: 3, depth: 3))
            #expect(booth.hall == "N1" && booth.zone == "k1" && booth.front == .south)
            #expect(booth.tags == ["ocop", "agri-food"] && booth.services == [.water])
        }
        let ends = venue.booths.filter { $0.kind == .corner }.map(\.code)
        #expect(ends == ["A-01", "A-12"])
        #expect(venue.booths.first?.openSides == [.south, .west])
        #expect(venue.booths.last?.openSides == [.south, .east])
        #expect(venue.booths[5].kind == .standard && venue.booths[5].openSides == [.south])
    }

    @Test func rowExpandsSouthwardWithOptions() throws {
        let venue = try read(
            """
            <booth-row prefix="K" from="7" count="3" digits="3" x="0" y="1" width="4" depth="2"
                       direction="south" step="2.5" front="east" corners="last" blocked="true"/>
            """)
        #expect(venue.booths.map(\.code) == ["K007", "K008", "K009"])
        #expect(venue.booths.map(\.rect.y) == [1, 3.5, 6])
        #expect(venue.booths.allSatisfy { $0.rect.width == 4 && $0.rect.depth == 2 && $0.blocked })
        #expect(venue.booths.map(\.kind) == [.standard, .standard, .corner])
        #expect(venue.booths.last?.openSides == [.east, .south])
    }

    @Test func singleBoothDefaultsAndOverrides() throws {
        let venue = try read(
            """
            <booth code="D-01" x="10" y="10"/>
            <booth code="D-02" x="20" y="10" width="6" depth="6" kind="island" front="north"/>
            <booth code="D-03" x="30" y="10" kind="corner" front="north" open="west"/>
            """)
        let plain = try #require(venue.booth(code: "D-01"))
        #expect(plain.kind == .standard && plain.front == .south && plain.openSides == [.south])
        #expect(plain.rect == Rect(x: 10, y: 10, width: 3, depth: 3) && !plain.blocked)
        #expect(venue.booth(code: "D-02")?.openSides == Set(Side.allCases))
        #expect(venue.booth(code: "D-03")?.openSides == [.north, .west])
    }

    @Test func shippedProvincialCentreAdjacency() throws {
        let venue = try VenueReader.loadBundled(named: "trung-tam-hoi-nghi-tinh").venue
        let pairs = Set(venue.adjacency())
        #expect(pairs.contains(BoothAdjacency("A-01", "A-02", kind: .sharedWall)))
        #expect(pairs.contains(BoothAdjacency("C-04", "C-05", kind: .sharedWall)))
        #expect(pairs.contains(BoothAdjacency("B-03", "C-03", kind: .sharedWall)))
        #expect(pairs.contains(BoothAdjacency("A-01", "B-01", kind: .facing, gap: 4)))
        #expect(pairs.contains(BoothAdjacency("A-10", "B-10", kind: .facing, gap: 4)))
        #expect(!pairs.contains { $0.kind == .facing && $0.first.hasPrefix("B") && $0.second.hasPrefix("C") })
        #expect(pairs.filter { $0.kind == .facing }.count == 10)
    }
}
