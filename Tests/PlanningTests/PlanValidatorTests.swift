import Planning
import Testing

@Suite("PlanValidator: clean plans and the event's rules")
struct PlanValidatorTests {
    @Test("the clean fair has no errors or warnings")
    func cleanFair() {
        let findings = PlanValidator().validate(PlanFixtures.fair())
        #expect(findings.filter { $0.severity != .info }.isEmpty, "\(findings)")
    }

    @Test("the clean conference has no errors or warnings")
    func cleanConference() {
        let findings = PlanValidator().validate(PlanFixtures.conference())
        #expect(findings.filter { $0.severity != .info }.isEmpty, "\(findings)")
    }

    @Test("an event without days")
    func noDays() {
        var plan = PlanFixtures.fair()
        plan.event.days = []
        #expect(PlanFixtures.codes(plan).contains(.eventWithoutDays))
    }

    @Test("a day that closes before it opens")
    func invertedHours() {
        var plan = PlanFixtures.fair()
        plan.event.days = [
            EventDay(
                date: PlanFixtures.date("2026-12-16"), opens: TimeOfDay(hour: 17)!,
                closes: TimeOfDay(hour: 8)!)
        ]
        #expect(PlanFixtures.codes(plan).contains(.eventInvertedHours))
    }

    @Test("a day listed twice")
    func duplicateDay() {
        var plan = PlanFixtures.fair()
        plan.event.days.append(plan.event.days[0])
        #expect(PlanFixtures.codes(plan).contains(.eventDuplicateDay))
    }

    @Test("findings are sorted most serious first and carry both languages")
    func ordering() throws {
        var plan = PlanFixtures.fair()
        plan.organisations.append(PlanFixtures.cooperative("org-2", name: "HTX Phú Lợi", members: 2))
        plan.organisations.append(PlanFixtures.cooperative("org-3", name: "Hợp tác xã Mỹ Thạnh"))
        let findings = PlanValidator().validate(plan)
        #expect(findings.map(\.severity) == findings.map(\.severity).sorted())
        for finding in findings {
            #expect(!finding.message.vietnamese.isEmpty && !finding.message.english.isEmpty)
            #expect(finding.message.vietnamese != finding.message.english)
        }
        let duplicate = try #require(findings.first { $0.code == .duplicateRegistrationCode })
        #expect(duplicate.related.first?.id == "org-1")
    }
}
