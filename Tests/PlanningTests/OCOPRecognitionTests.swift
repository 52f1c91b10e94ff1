import Planning
import Testing

@Suite("OCOPRecognition: validity and status")
struct OCOPRecognitionTests {
    let recognition = OCOPRecognition(
        stars: 4, decisionNumber: "2919/QĐ-UBND", decisionDate: PlanFixtures.date("2023-12-18"))

    @Test("valid until the day before the decision date plus 36 months")
    func validUntil() {
        #expect(recognition.validUntil == PlanFixtures.date("2026-12-17"))
        var stated = recognition
        stated.statedValidUntil = PlanFixtures.date("2025-01-01")
        #expect(stated.validUntil == PlanFixtures.date("2025-01-01"))
    }

    @Test("status on a day")
    func status() {
        #expect(
            recognition.status(on: PlanFixtures.date("2023-12-17"))
                == .notYetValid(from: PlanFixtures.date("2023-12-18")))
        #expect(recognition.status(on: PlanFixtures.date("2026-12-17")) == .valid(daysLeft: 0))
        #expect(
            recognition.status(on: PlanFixtures.date("2026-12-18"))
                == .expired(since: PlanFixtures.date("2026-12-18")))
        #expect(!recognition.status(on: PlanFixtures.date("2027-01-01")).isValid)
    }

    @Test("a decision on 31 January is valid to the end of January three years on")
    func endOfMonth() {
        let january = OCOPRecognition(
            stars: 3, decisionNumber: "1/QĐ-UBND", decisionDate: PlanFixtures.date("2024-01-31"))
        #expect(january.validUntil == PlanFixtures.date("2027-01-30"))
    }

    @Test("expected issuing level by stars and date")
    func issuingLevel() {
        #expect(
            OCOPRecognition(
                stars: 3, decisionNumber: "1/QĐ-UBND", decisionDate: PlanFixtures.date("2025-07-05")
            ).expectedIssuingLevel == .district)
        #expect(
            OCOPRecognition(
                stars: 3, decisionNumber: "1/QĐ-UBND", decisionDate: PlanFixtures.date("2025-07-06")
            ).expectedIssuingLevel == .province)
        #expect(
            OCOPRecognition(
                stars: 5, decisionNumber: "1/QĐ-BNN", decisionDate: PlanFixtures.date("2024-01-01")
            ).expectedIssuingLevel == .central)
        #expect(
            OCOPRecognition(
                stars: 2, decisionNumber: "1/QĐ-UBND", decisionDate: PlanFixtures.date("2024-01-01")
            ).expectedIssuingLevel == nil)
    }
}
