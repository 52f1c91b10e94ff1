import Planning
import Testing

@Suite("Local times in +07:00")
struct TimeRangeTests {
    @Test("times of day parse the ways people write them")
    func parsing() {
        #expect(TimeOfDay("8:00")?.description == "08:00")
        #expect(TimeOfDay("8h30")?.description == "08:30")
        #expect(TimeOfDay("14g")?.description == "14:00")
        #expect(TimeOfDay("25:00") == nil)
        #expect(TimeOfDay("8:5") == nil)
    }

    @Test("spans overlap when they share a minute; touching spans do not")
    func overlap() {
        let morning = PlanFixtures.range("2026-12-16", (8, 0), (9, 0))
        #expect(morning.overlaps(PlanFixtures.range("2026-12-16", (8, 59), (10, 0))))
        #expect(!morning.overlaps(PlanFixtures.range("2026-12-16", (9, 0), (10, 0))))
        #expect(morning.contains(PlanFixtures.range("2026-12-16", (8, 15), (8, 45))))
        #expect(morning.minutes == 60)
    }

    @Test("adding minutes crosses midnight; ISO form carries +07:00")
    func arithmetic() {
        let late = PlanFixtures.at("2026-12-31", 23, 30)
        #expect(late.adding(minutes: 45) == PlanFixtures.at("2027-01-01", 0, 15))
        #expect(late.adding(minutes: -24 * 60) == PlanFixtures.at("2026-12-30", 23, 30))
        #expect(late.iso8601 == "2026-12-31T23:30:00+07:00")
    }
}
