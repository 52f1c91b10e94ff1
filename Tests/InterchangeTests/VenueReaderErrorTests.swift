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
            #expect(problems.allSatisfy { $0.message.hasPrefix("Sai cấu trúc tệp địa điểm") })
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
        #expect(error.description == "venue.xml:4: Gian hàng A-03 chồng lấn gian hàng A-04")
        #expect(problems.first?.code == .overlappingBooths)
    }

    @Test func boothOutsideTheHall() throws {
        let error = try #require(failure(venue(#"    <booth code="B-01" x="29" y="0"/>"#)))
        #expect(error.problems.map(\.code) == [.boothOutsideHall])
        #expect(error.description.hasPrefix("venue.xml:4: Gian hàng B-01: Gian hàng ("))
        #expect(error.description.contains("nằm ngoài Nhà 1"))
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
        #expect(error.description.contains("venue.xml:4: Mã gian hàng «A-01» xuất hiện 2 lần (dòng 4, 5)"))
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
                && lines[0] == "\(path):6: Gian hàng A-01 chồng lấn gian hàng A-02"
                && lines[2] == "\(path):10: Phòng Phòng 1: Phòng chưa có sức chứa (số chỗ ngồi)"
        }
    }

    @Test(arguments: ["doctype.xml", "doctype-plain.xml"])
    func documentTypeIsRefused(name: String) {
        #expect {
            try VenueReader.read(contentsOf: Fixtures.path(name))
        } throws: { error in
            guard case .unreadable(_, _, let message) = error as? InterchangeError else { return false }
            return message.contains("DOCTYPE")
        }
    }

    @Test func malformedAndMissingFiles() {
        let malformed = failure("<venue xmlns=\"urn:fairplan:venue:1\">\n<hall>", file: "hong.xml")
        #expect(malformed?.description.hasPrefix("hong.xml:") == true)
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
        #expect(
            result.warnings.map(\.description) == [
                "venue.xml:4: Cảnh báo: Khu «Khu trống» không có gian hàng nào"
            ])
    }
}
