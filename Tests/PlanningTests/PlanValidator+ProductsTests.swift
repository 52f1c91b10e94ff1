import Planning
import Testing

@Suite("PlanValidator: products and OCOP certificates")
struct PlanValidatorProductsTests {
    func codes(_ product: Product) -> [FindingCode] {
        var plan = PlanFixtures.fair()
        plan.products = [product]
        return PlanFixtures.codes(plan)
    }

    @Test("an unknown owner")
    func unknownOwner() {
        #expect(codes(PlanFixtures.product("sp-1", owner: "org-9")).contains(.unknownProductOwner))
    }

    @Test("stars outside 3–5", arguments: [0, 1, 2, 6])
    func stars(value: Int) {
        #expect(codes(PlanFixtures.product("sp-1", stars: value)).contains(.starsOutOfRange))
    }

    @Test("a certificate expired before the event: 36 months from the decision date")
    func expired() {
        // 2023-12-15 + 36 months - 1 day = 2026-12-14, before the fair opens on 2026-12-16.
        #expect(codes(PlanFixtures.product("sp-1", decided: "2023-12-15")).contains(.certificateExpired))
        // 2023-12-16 is still valid on the first day but not on the last.
        let during = codes(PlanFixtures.product("sp-1", decided: "2023-12-17"))
        #expect(during.contains(.certificateExpiresDuringEvent))
        #expect(!during.contains(.certificateExpired))
    }

    @Test("a certificate dated after the event opens")
    func notYetValid() {
        #expect(codes(PlanFixtures.product("sp-1", decided: "2026-12-17")).contains(.certificateNotYetValid))
    }

    @Test("a certificate expiring soon after the event is a reminder")
    func renewalDue() {
        let found = PlanValidator().validate(
            {
                var plan = PlanFixtures.fair()
                plan.products = [PlanFixtures.product("sp-1", decided: "2024-02-01")]
                return plan
            }())
        #expect(found.first { $0.code == .certificateRenewalDue }?.severity == .info)
    }

    @Test("issuing level against stars and date")
    func issuingLevel() {
        #expect(
            codes(PlanFixtures.product("sp-1", stars: 5, level: .province)).contains(.issuingLevelMismatch))
        #expect(
            !codes(PlanFixtures.product("sp-1", stars: 5, level: .central)).contains(.issuingLevelMismatch))
        #expect(
            codes(PlanFixtures.product("sp-1", stars: 3, decided: "2025-03-01", level: .province)).contains(
                .issuingLevelMismatch))
        #expect(
            !codes(PlanFixtures.product("sp-1", stars: 3, decided: "2025-08-01", level: .province)).contains(
                .issuingLevelMismatch))
    }

    @Test("a malformed decision number")
    func decisionNumber() {
        #expect(codes(PlanFixtures.product("sp-1", number: "QĐ 1234")).contains(.malformedDecisionNumber))
        #expect(
            !codes(PlanFixtures.product("sp-1", number: "2919/QĐ-UBND")).contains(.malformedDecisionNumber))
    }

    @Test("a legacy group on a 148/QĐ-TTg decision")
    func criteriaBasis() {
        #expect(
            codes(PlanFixtures.product("sp-1", classification: .legacyGroup(3))).contains(
                .criteriaBasisMismatch))
    }

    @Test("the same product twice for one owner, whatever the case")
    func duplicate() {
        var plan = PlanFixtures.fair()
        plan.products.append(PlanFixtures.product("sp-2", name: "GẠO THƠM TÂN HÒA"))
        #expect(PlanFixtures.codes(plan).contains(.duplicateProduct))
    }

    @Test("a product without classification")
    func unclassified() {
        #expect(codes(PlanFixtures.product("sp-1", classification: nil)).contains(.unclassifiedProduct))
    }
}
