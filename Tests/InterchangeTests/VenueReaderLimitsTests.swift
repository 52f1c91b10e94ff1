import Foundation
import Interchange
import Planning
import Testing

/// Issue 12: hostile venue files neither crash nor run away. Every number is read into its range
/// (a message names the line and the limit), booths are counted against the venue's limit before
/// they are made, overlaps are found in O(n log n) and problems are listed up to a limit.
@Suite("VenueReader: numbers in range, sizes bounded (issue 12)")
struct VenueReaderLimitsTests {
    /// A venue document around the given hall content (hall 100 m × 100 m, content from line 4),
    /// with `rooms` after the hall.
    static func venue(_ hall: String, rooms: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <venue xmlns="urn:fairplan:venue:1" id="thu" name="Địa điểm thử">
          <hall id="N1" name="Nhà 1" width="100" depth="100">
        \(hall)
          </hall>
        \(rooms)
        </venue>
        """
    }

    /// The problems of reading `text`, and how long the read took.
    static func problems(_ text: String) -> (problems: [VenueProblem], time: Duration) {
        let start = ContinuousClock.now
        do {
            _ = try VenueReader.read(data: Array(text.utf8), sourceName: "venue.xml")
            return ([], ContinuousClock.now - start)
        } catch {
            return (error.problems, ContinuousClock.now - start)
        }
    }

    @Test(
        "booth-row count=\"1000000000\" (and 10,000,000) is refused at once, naming the line and the limit",
        arguments: ["1000000000", "10000000", "99999999999999999999999"])
    func hugeBoothRow(count: String) {
        let text = Self.venue(#"    <booth-row prefix="A-" count="\#(count)" x="0" y="0"/>"#)
        let (problems, _) = Self.problems(text)
        #expect(
            problems.contains {
                $0.line == 4
                    && $0.message
                        == .integerOutOfRange(
                            attribute: "count", value: count, range: 1...Limits.maximumBoothsPerVenue)
            })
    }

    @Test("capacity=\"9223372036854775807\" is refused with its line and the limit, and so is an overflow")
    func hugeCapacity() {
        for capacity in ["9223372036854775807", "9223372036854775808", "-1"] {
            let text = Self.venue(
                "", rooms: #"  <room id="P1" name="Phòng 1" capacity="\#(capacity)"/>"#)
            let (problems, _) = Self.problems(text)
            let expected = InterchangeMessage.integerOutOfRange(
                attribute: "capacity", value: capacity, range: Limits.roomCapacities)
            // A negative capacity breaks the schema (nonNegativeInteger) before the builder sees it.
            #expect(
                problems.contains { $0.message == expected && $0.line == 6 } || capacity == "-1",
                "\(capacity): \(problems)")
            #expect(!problems.isEmpty)
        }
        let fine = Self.venue("", rooms: #"  <room id="P1" name="Phòng 1" capacity="100000"/>"#)
        #expect(Self.problems(fine).problems.isEmpty)
    }

    @Test("lengths and positions beyond 10 km are refused, naming the attribute and the range")
    func hugeLengths() {
        let text = Self.venue(#"    <booth code="A-01" x="99999999999999999999" y="0" width="3"/>"#)
        let (problems, _) = Self.problems(text)
        #expect(
            problems.contains {
                $0.line == 4
                    && $0.message
                        == .lengthOutOfRange(
                            attribute: "x", value: "99999999999999999999", range: Limits.venueLengths)
            }, "\(problems)")
    }

    @Test("2,000 booths on one spot: problems capped, the rest counted")
    func twoThousandOnOneSpot() {
        let booths = (1...2_000).map { #"    <booth code="A-\#($0)" x="10" y="10"/>"# }
        let (problems, _) = Self.problems(Self.venue(booths.joined(separator: "\n")))
        #expect(problems.count <= Limits.maximumProblemsPerFile + 1)
        #expect(problems.filter { $0.code == .overlappingBooths }.count >= Limits.maximumOverlapsListed)
        let more = problems.compactMap { problem -> Int? in
            if case .moreOverlappingBooths(let count) = problem.message { return count }
            return nil
        }
        #expect(more == [2_000 * 1_999 / 2 - Limits.maximumOverlapsListed])
    }

    @Test("20,000 booths on one spot (an 850 KB file): refused in booths capped")
    func twentyThousandOnOneSpot() {
        let booths = (1...20_000).map { #"    <booth code="A-\#($0)" x="10" y="10"/>"# }
        let text = Self.venue(booths.joined(separator: "\n"))
        #expect(text.utf8.count > 800_000)
        let (problems, _) = Self.problems(text)
        #expect(problems.count <= Limits.maximumProblemsPerFile + 1)
        #expect(
            problems.contains {
                $0.message == .tooManyBooths(limit: Limits.maximumBoothsPerVenue) && $0.line == 2_004
            })
    }

    @Test("a long booth row is cut at the venue's limit and reported")
    func rowsBeyondTheLimit() {
        let text = Self.venue(
            """
                <booth-row prefix="A-" count="1500" x="0" y="0" width="0.05" depth="0.05"/>
                <booth-row prefix="B-" count="1500" x="0" y="50" width="0.05" depth="0.05"/>
            """)
        let (problems, _) = Self.problems(text)
        #expect(
            problems.contains {
                $0.message == .tooManyBooths(limit: Limits.maximumBoothsPerVenue) && $0.line == 5
            })
    }

    @Test("more rooms than a venue may have are reported once")
    func tooManyRooms() {
        let rooms = (1...(Limits.maximumRoomsPerVenue + 5)).map {
            #"  <room id="P\#($0)" name="Phòng \#($0)" capacity="10"/>"#
        }
        let (problems, _) = Self.problems(Self.venue("", rooms: rooms.joined(separator: "\n")))
        #expect(
            problems.filter { $0.message == .tooManyRooms(limit: Limits.maximumRoomsPerVenue) }.count == 1)
    }

    @Test("problems beyond the limit are counted in one last problem")
    func problemsCapped() {
        let booths = (0..<300).map {
            #"    <booth code="A-\#($0)" x="\#($0 * 3 / 10).\#($0 * 3 % 10)" y="99" width="0.3"/>"#
        }
        let (problems, _) = Self.problems(Self.venue(booths.joined(separator: "\n")))
        #expect(problems.count == Limits.maximumProblemsPerFile + 1)
        #expect(problems.last?.message == .moreProblems(count: 300 - Limits.maximumProblemsPerFile))
    }

    @Test("the shipped venues still read")
    func shippedVenues() throws {
        for name in VenueReader.bundled() {
            _ = try VenueReader.loadBundled(named: name)
        }
    }
}
