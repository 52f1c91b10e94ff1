import Planning
import Testing

@Suite("OCOPStarLevel")
struct OCOPStarLevelTests {
    /// Makes a date from a literal known to be valid.
    func date(_ iso: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: iso))
    }

    @Test("The star table as in ocop_star_levels.csv")
    func table() {
        #expect(OCOPStarLevel.all.map(\.stars) == [1, 2, 3, 4, 5])
        #expect(OCOPStarLevel.all.map(\.minimumScore) == [0, 30, 50, 70, 90])
        #expect(OCOPStarLevel.all.map(\.maximumScore) == [29, 49, 69, 89, 100])
        #expect(OCOPStarLevel.recognised.map(\.stars) == [3, 4, 5])
        #expect(OCOPStarLevel.validityMonths == 36)
        #expect(OCOPStarLevel(stars: 0) == nil)
        #expect(OCOPStarLevel(stars: 6) == nil)
        #expect(OCOPStarLevel(stars: 2)?.isRecognised == false)
        #expect(OCOPStarLevel(stars: 3)?.isRecognised == true)
    }

    @Test("Scores map to ratings at the boundaries")
    func scores() {
        let cases: [(Int, Int?)] = [
            (-1, nil), (0, 1), (29, 1), (30, 2), (49, 2), (50, 3), (69, 3), (70, 4), (89, 4), (90, 5),
            (100, 5), (101, nil),
        ]
        for (score, stars) in cases {
            #expect(OCOPStarLevel.level(forScore: score)?.stars == stars, "score \(score)")
        }
    }

    @Test("Issuing level before and after 6 July 2025")
    func issuingLevel() throws {
        let before = try date("2025-07-05")
        let changeDay = try date("2025-07-06")
        let after = try date("2026-01-15")
        #expect(OCOPStarLevel.issuingLevel(stars: 3, on: before) == .district)
        #expect(OCOPStarLevel.issuingLevel(stars: 4, on: before) == .province)
        #expect(OCOPStarLevel.issuingLevel(stars: 5, on: before) == .central)
        for day in [changeDay, after] {
            #expect(OCOPStarLevel.issuingLevel(stars: 3, on: day) == .province)
            #expect(OCOPStarLevel.issuingLevel(stars: 4, on: day) == .province)
            #expect(OCOPStarLevel.issuingLevel(stars: 5, on: day) == .central)
        }
        #expect(OCOPStarLevel.issuingRulesChangeDate == changeDay)
        #expect(Set(IssuingLevel.allCases.map { $0.name(.vietnamese) }).count == IssuingLevel.allCases.count)
    }

    @Test("A recognition is valid for 36 months from the decision date")
    func validity() throws {
        let decided = try date("2022-07-06")
        #expect(OCOPStarLevel.validThrough(decisionDate: decided) == (try date("2025-07-05")))
        #expect(OCOPStarLevel.isValid(decisionDate: decided, on: decided))
        #expect(OCOPStarLevel.isValid(decisionDate: decided, on: try date("2025-07-05")))
        #expect(!OCOPStarLevel.isValid(decisionDate: decided, on: try date("2025-07-06")))
        #expect(!OCOPStarLevel.isValid(decisionDate: decided, on: try date("2022-07-05")))
        let leapDay = try date("2024-02-29")
        #expect(OCOPStarLevel.validThrough(decisionDate: leapDay) == (try date("2027-02-27")))
    }
}
