import Foundation
import Planning
import Testing

/// Issue 12: overlapping booths are found in O(n log n) and listed up to a limit, the rest
/// counted; 2,000 booths on one spot took 16 s and two million findings, 20,000 passed 9 GB.
@Suite("Venue: overlapping booths by a sweep (issue 12)")
struct VenueOverlapsTests {
    /// A venue of one 100 m hall with the given booth rectangles, coded B-1, B-2, ...
    static func venue(_ rects: [Rect]) -> Venue {
        Venue(
            id: "v", name: "V", halls: [Hall(id: "A", name: "A", width: 100, depth: 100)],
            booths: rects.enumerated().map { Booth(code: "B-\($0.offset + 1)", hall: "A", rect: $0.element) })
    }

    /// Every overlapping pair by brute force, as index pairs (smaller index first).
    static func bruteForce(_ venue: Venue) -> Set<[Int]> {
        var pairs: Set<[Int]> = []
        for i in venue.booths.indices {
            for j in venue.booths.indices where j > i && venue.booths[i].hall == venue.booths[j].hall {
                if venue.booths[i].rect.overlaps(venue.booths[j].rect) { pairs.insert([i, j]) }
            }
        }
        return pairs
    }

    @Test("20,000 booths on one spot: 20 pairs listed, all 199,990,000 counted")
    func twentyThousandOnOneSpot() {
        let venue = Self.venue(Array(repeating: Rect(x: 10, y: 10, width: 3, depth: 3), count: 20_000))
        let overlaps = venue.overlappingBooths()
        #expect(overlaps.pairs.count == Limits.maximumOverlapsListed)
        #expect(overlaps.total == 20_000 * 19_999 / 2)
        #expect(overlaps.unlisted == overlaps.total - Limits.maximumOverlapsListed)
        #expect(overlaps.overlappingEarlier.count == 19_999)
    }

    @Test("the counts agree with brute force on random booths, and the listed pairs overlap")
    func agreesWithBruteForce() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<30 {
            let count = 5 + round * 3
            let rects = (0..<count).map { _ in
                Rect(
                    x: Double(Int.random(in: 0...20, using: &generator)),
                    y: Double(Int.random(in: 0...20, using: &generator)),
                    width: Double(Int.random(in: 0...6, using: &generator)),
                    depth: Double(Int.random(in: 0...6, using: &generator)))
            }
            let venue = Self.venue(rects)
            let expected = Self.bruteForce(venue)
            let overlaps = venue.overlappingBooths(listing: 1_000)
            #expect(overlaps.total == expected.count)
            #expect(
                Set(overlaps.pairs.map { [min($0.first, $0.second), max($0.first, $0.second)] }) == expected)
            // Without the booths overlapping an earlier one, nothing overlaps.
            var rest = venue
            let dropped = Set(overlaps.overlappingEarlier)
            rest.booths = venue.booths.indices.filter { !dropped.contains($0) }.map { venue.booths[$0] }
            #expect(Self.bruteForce(rest).isEmpty)
            #expect(venue.overlappingBooths(listing: 3).pairs.count == min(3, expected.count))
        }
    }

    @Test("touching booths, booths without area and booths of other halls do not overlap")
    func edgesAndHalls() {
        var venue = Self.venue([
            Rect(x: 0, y: 0, width: 3, depth: 3), Rect(x: 3, y: 0, width: 3, depth: 3),
            Rect(x: 0, y: 3, width: 3, depth: 3), Rect(x: 1, y: 1, width: 0, depth: 3),
            Rect(x: 5.9995, y: 3, width: 3, depth: 3),
        ])
        venue.booths.append(Booth(code: "C-1", hall: "B", rect: Rect(x: 0, y: 0, width: 3, depth: 3)))
        let overlaps = venue.overlappingBooths()
        #expect(overlaps.isEmpty)
        venue.booths.append(Booth(code: "C-2", hall: "B", rect: Rect(x: 2.99, y: 2.99, width: 3, depth: 3)))
        let found = venue.overlappingBooths()
        #expect(found.total == 1)
        #expect(found.pairs == [BoothOverlaps.Pair(first: 5, second: 6)])
    }

    @Test("a grid of 2,000 booths with no overlap has no overlap")
    func largeGrid() {
        let rects = (0..<2_000).map {
            Rect(x: Double($0 % 40) * 3, y: Double($0 / 40) * 3, width: 3, depth: 3)
        }
        #expect(Self.venue(rects).overlappingBooths().isEmpty)
    }
}
