import Foundation
import Interchange
import Planning
import Testing

/// Files the reader refuses, and how it reports them.
@Suite struct VenueReaderErrorTests {
    /// Reads a venue from text, returning the error it throws.
    func failure(_ text: String, file: String = "venue.xml") -> InterchangeError? {
        do {
            _ = try VenueReader.read(data: Array(text.utf8), sourceName: file)
            return nil
        } catch {
            return error
        }
    }

    /// A venue document around the given hall content (hall 30 m × 12 m, content from line 4).
    func venue(_ hall: String, rooms: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <venue xmlns="urn:fairplan:venue:1" id="thu" name="Địa điểm thử">
          <hall id="N1" name="Nhà 1" width="30" depth="12">
        \(hall)
          </hall>
        \(rooms)
        </venue>
        """
    }

    @Test func schemaViolationReportsTheLine() throws {
        let path = Fixtures.path("bad-kind.xml")
        #expect(throws: InterchangeError.self) { try VenueReader.read(contentsOf: path) }
        do {
            _ = try VenueReader.read(contentsOf: path)
        } catch {
            guard case .schemaViolation(let file, let problems) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == path)
            #expect(Set(problems.map(\.line)) == [6, 8])
            #expect(
                problems.allSatisfy {
                    if case .venueSchemaViolation = $0.message { true } else { false }
                })
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == problems.count)
            #expect(lines.allSatisfy { $0.hasPrefix("\(path):") })
            #expect(error.description.contains("\(path):6: "))
        }
    }

    @Test func overlappingBoothsAreReportedAtTheirLine() throws {
        let text = venue(
            """
                <booth code="A-03" x="0" y="0"/>
                <booth code="A-04" x="2" y="1"/>
            """)
        let error = try #require(failure(text))
        guard case .invalidVenue(_, let problems) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.code == .overlappingBooths && problem.line == 4)
        guard case .venueFinding(let finding, let lines) = problem.message else {
            Issue.record("unexpected \(problem.message)")
            return
        }
        #expect(finding.code == .overlappingBooths && lines.isEmpty)
        #expect(error.description == "venue.xml:4: \(problem.message.text(.vietnamese))")
        #expect(error.text(.english) == "venue.xml:4: \(problem.message.text(.english))")
    }

    @Test func boothOutsideTheHall() throws {
        let error = try #require(failure(venue(#"    <booth code="B-01" x="29" y="0"/>"#)))
        #expect(error.problems.map(\.code) == [.boothOutsideHall])
        #expect(error.problems.map(\.line) == [4])
        #expect(error.description.hasPrefix("venue.xml:4: "))
        // The message names the booth: the finding's own text, or the entity before it.
        for language in Language.allCases {
            #expect(error.text(language).contains("B-01"))
        }
    }

    @Test func duplicateCodesFromTwoRows() throws {
        let text = venue(
            """
                <booth-row prefix="A-" count="4" x="0" y="0"/>
                <booth-row prefix="A-" count="4" x="0" y="6" front="north"/>
            """)
        let error = try #require(failure(text))
        #expect(error.problems.count == 4)
        #expect(error.problems.allSatisfy { $0.code == .duplicateBoothCode && $0.line == 4 })
        let lines = error.problems.compactMap { problem -> [Int]? in
            if case .venueFinding(_, let lines) = problem.message { return lines }
            return nil
        }
        #expect(lines == Array(repeating: [4, 5], count: 4))
        #expect(error.description != error.text(.english))
    }

    @Test func boothInAisleAndUnknownZone() throws {
        let text = venue(
            """
                <aisle id="L1" x="0" y="3" width="30" depth="3"/>
                <booth code="A-01" x="0" y="2" zone="khong-co"/>
            """)
        let error = try #require(failure(text))
        #expect(Set(error.problems.compactMap(\.code)) == [.boothInAisle, .unknownZone])
        #expect(error.problems.allSatisfy { $0.line == 5 })
    }

    @Test func everyProblemIsListed() throws {
        let path = Fixtures.path("three-problems.xml")
        #expect {
            try VenueReader.read(contentsOf: path)
        } throws: { error in
            guard let error = error as? InterchangeError, case .invalidVenue(_, let problems) = error else {
                return false
            }
            let lines = error.description.split(separator: "\n")
            return problems.map(\.line) == [6, 8, 10] && lines.count == 3
                && problems.first?.code == .overlappingBooths && problems.last?.code == .roomWithoutCapacity
                && lines[0].hasPrefix("\(path):6: ") && lines[2].hasPrefix("\(path):10: ")
        }
    }

    @Test(arguments: ["doctype.xml", "doctype-plain.xml"])
    func documentTypeIsRefused(name: String) {
        #expect {
            try VenueReader.read(contentsOf: Fixtures.path(name))
        } throws: { error in
            guard case .unreadable(_, _, let reason) = error as? InterchangeError else { return false }
            return reason == .documentTypeNotAllowed
        }
    }

    @Test func malformedAndMissingFiles() {
        let malformed = failure("<venue xmlns=\"urn:fairplan:venue:1\">\n<hall>", file: "hong.xml")
        #expect(malformed?.description.hasPrefix("hong.xml:") == true)
        var notWellFormed = false
        if case .unreadable(_, _, .xmlNotWellFormed) = malformed { notWellFormed = true }
        #expect(notWellFormed, "\(String(describing: malformed))")
        #expect(throws: InterchangeError.self) { try VenueReader.read(contentsOf: "/khong/co/tep.xml") }
        #expect(throws: InterchangeError.resourceMissing(name: "khong-co.xml")) {
            try VenueReader.loadBundled(named: "khong-co")
        }
    }

    @Test func warningsAreReturnedWithTheVenue() throws {
        let text = venue(
            """
                <zone id="trong" name="Khu trống" tags="handicraft"/>
                <booth code="A-01" x="0" y="0"/>
            """)
        let result = try VenueReader.read(data: Array(text.utf8), sourceName: "venue.xml")
        #expect(result.venue.booths.count == 1)
        #expect(result.warnings.map(\.code) == [.zoneWithoutBooths])
        #expect(result.warnings.map(\.line) == [4])
        let warning = try #require(result.warnings.first)
        #expect(warning.severity == .warning)
        #expect(
            warning.description
                == "venue.xml:4: \(Severity.warning.name(.vietnamese)): \(warning.message.text(.vietnamese))")
    }
}
