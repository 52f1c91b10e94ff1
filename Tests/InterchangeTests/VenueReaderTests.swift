import Foundation
import Interchange
import Planning
import Testing

/// The shipped venues and the reader's main path.
@Suite struct VenueReaderTests {
    @Test func bundledVenuesAreListed() {
        #expect(VenueReader.bundled() == ["trung-tam-hoi-cho-quoc-gia", "trung-tam-hoi-nghi-tinh"])
    }

    @Test func provincialCentreReadsClean() throws {
        let result = try VenueReader.loadBundled(named: "trung-tam-hoi-nghi-tinh")
        let venue = result.venue
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(PlanValidator().validateVenue(venue).isEmpty)
        #expect(venue.halls.count == 1)
        #expect(venue.booths.count == 30)
        #expect(venue.booths.allSatisfy { $0.rect.width == 3 && $0.rect.depth == 3 && $0.hall == "N1" })
        #expect(venue.rooms.count == 3)
        #expect(venue.zones.map(\.id) == ["khu-tinh", "khu-thuc-pham"])
        #expect(venue.aisles.contains { $0.isMain })
        #expect(venue.entrances.contains { $0.isMain })
        #expect(venue.booths.filter { $0.services.contains(.coldStorage) }.count == 20)
        #expect(
            venue.booths.filter { $0.services == [.power] }.map(\.code)
                == (1...10).map { String(format: "B-%02d", $0) })
        #expect(venue.booths.filter { $0.kind == .corner }.count == 6)
        let hall = try #require(venue.room(id: "hoi-truong"))
        #expect(hall.capacity == 200 && hall.layout == .theatre && hall.hasVideoLink)
        let first = try #require(venue.room(id: "phong-hop-1"))
        #expect(first.capacity == 40 && first.layout == .uShape && !first.hasVideoLink)
        let second = try #require(venue.room(id: "phong-hop-2"))
        #expect(second.capacity == 30 && second.layout == .boardroom && second.hasVideoLink)
        #expect(venue.province?.code != nil)
    }

    @Test func nationalCentreReadsClean() throws {
        let result = try VenueReader.loadBundled(named: "trung-tam-hoi-cho-quoc-gia")
        let venue = result.venue
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(PlanValidator().validateVenue(venue).isEmpty)
        #expect((240...260).contains(venue.lettableBooths.count))
        #expect(venue.booths.contains { $0.blocked })
        #expect(venue.rooms.count >= 3 && venue.rooms.contains { $0.hasVideoLink })
        let tags = venue.zones.reduce(into: Set<String>()) { $0.formUnion($1.tags) }
        #expect(
            tags.isSuperset(of: ["province-pavilion", "ocop", "food", "handicraft", "services", "stage"]))
        let byTag = { (tag: String) in venue.booths.filter { $0.tags.contains(tag) } }
        let pavilions = byTag("province-pavilion").count
        for tag in ["ocop", "food", "handicraft", "services"] {
            #expect(byTag(tag).count < pavilions, "\(tag)")
        }
        #expect(byTag("stage").isEmpty)
        #expect(byTag("food").allSatisfy { $0.services.isSuperset(of: [.water, .coldStorage]) })
        #expect(byTag("ocop").allSatisfy { venue.frontsMainAisle($0) })
    }

    @Test func readsFromAPath() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Venues/trung-tam-hoi-nghi-tinh.xml").path
        let result = try VenueReader.read(contentsOf: path)
        #expect(result.venue.booths.count == 30)
    }

    @Test func readmeExampleReadsClean() throws {
        let readme = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("Venues/README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```xml\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let result = try VenueReader.read(
            data: Data(readme[start.upperBound..<end.lowerBound].utf8), sourceName: "README.md")
        #expect(result.warnings.isEmpty)
        #expect(result.venue.booths.map(\.code) == (1...12).map { String(format: "A-%02d", $0) })
        #expect(result.venue.booths.allSatisfy { result.venue.frontsMainAisle($0) })
        #expect(result.venue.rooms.count == 1 && result.venue.zones.count == 1)
    }
}
