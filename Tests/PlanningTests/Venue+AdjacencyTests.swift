import Planning
import Testing

@Suite("Venue adjacency from geometry")
struct VenueAdjacencyTests {
    @Test("booths in a row share walls; booths across the aisle face each other")
    func rowsAndAisle() {
        let adjacency = PlanFixtures.venue().adjacency()
        let walls = Set(adjacency.filter { $0.kind == .sharedWall }.map { "\($0.first)|\($0.second)" })
        #expect(walls.contains("A-01|A-02"))
        #expect(walls.contains("A-03|A-04"))
        #expect(!walls.contains("A-01|A-03"))
        let facing = adjacency.filter { $0.kind == .facing }
        #expect(facing.count == 4)
        #expect(facing.contains { $0.first == "A-01" && $0.second == "B-01" && $0.gap == 4 })
        #expect(!facing.contains { $0.first == "A-01" && $0.second == "B-02" })
    }

    @Test("closed backs do not face, and aisles wider than the limit do not count")
    func closedAndWide() {
        let back = Booth(code: "A-01", hall: "A", rect: Rect(x: 0, y: 0, width: 3, depth: 3), front: .north)
        let other = Booth(code: "B-01", hall: "A", rect: Rect(x: 0, y: 7, width: 3, depth: 3), front: .north)
        let venue = Venue(
            id: "v", name: "V", halls: [Hall(id: "A", name: "A", width: 20, depth: 20)],
            booths: [back, other])
        #expect(venue.adjacency().isEmpty)
        let far = Booth(code: "C-01", hall: "A", rect: Rect(x: 0, y: 12, width: 3, depth: 3), front: .north)
        let near = Booth(code: "A-01", hall: "A", rect: Rect(x: 0, y: 0, width: 3, depth: 3), front: .south)
        let wide = Venue(
            id: "v", name: "V", halls: [Hall(id: "A", name: "A", width: 20, depth: 20)], booths: [near, far])
        #expect(wide.adjacency().isEmpty)
        #expect(wide.adjacency(maximumAisleWidth: 10).count == 1)
    }

    @Test("a booth standing in the aisle blocks the view; booths in other halls are never neighbours")
    func blockedAndHalls() {
        let a = Booth(code: "A-01", hall: "A", rect: Rect(x: 0, y: 0, width: 3, depth: 3), front: .south)
        let b = Booth(code: "B-01", hall: "A", rect: Rect(x: 0, y: 9, width: 3, depth: 3), front: .north)
        let island = Booth(
            code: "I-01", hall: "A", rect: Rect(x: 0, y: 4.5, width: 3, depth: 3), kind: .island)
        let venue = Venue(
            id: "v", name: "V", halls: [Hall(id: "A", name: "A", width: 20, depth: 20)],
            booths: [a, b, island])
        let pairs = venue.adjacency().map { "\($0.first)|\($0.second)" }
        #expect(!pairs.contains("A-01|B-01"))
        #expect(pairs.contains("A-01|I-01"))
        let elsewhere = Booth(code: "A-02", hall: "B", rect: Rect(x: 3, y: 0, width: 3, depth: 3))
        let split = Venue(id: "v", name: "V", booths: [a, elsewhere])
        #expect(split.adjacency().isEmpty)
    }

    @Test("a corner booth opens on two sides")
    func corner() {
        let corner = Booth(
            code: "A-01", hall: "A", rect: Rect(x: 0, y: 0, width: 3, depth: 3), kind: .corner, front: .south)
        #expect(corner.openSides == [.south, .east])
        #expect(Booth(code: "X", hall: "A", rect: Rect(x: 0, y: 0, width: 6, depth: 3)).standardUnits == 2)
    }
}
