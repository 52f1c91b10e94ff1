import Foundation
import Planning
import Testing

/// The offer values a plan file keeps; the rule that makes offers is the booth allocator's
/// (SchedulerTests: BoothOfferPlannerTests).
@Suite("Booth offers")
struct RegistrationBoothOfferTests {
    static let event = Event(
        id: "e", name: "Hội chợ", kind: .fair, organiser: "LM", province: ProvinceReference("Huế"), days: [])

    @Test("a round with nothing to offer leaves every freed booth unoffered")
    func nothingOffered() {
        let round = BoothOfferRound(plan: Plan(event: Self.event), freedBooths: ["A-01", "A-02"])
        #expect(
            round.nothingOffered
                == BoothOfferProposal(offers: [], unoffered: ["A-01", "A-02"], passedOver: []))
        #expect(round.pending.isEmpty && round.excluded.isEmpty)
    }

    @Test("a pending offer keeps its party, booths, time and reason through JSON")
    func pendingOffer() throws {
        let time = LocalDateTime(
            date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(hour: 10)!)
        for reason in [BoothOfferReason.withdrawal("dv-a"), .declined("dv-b")] {
            let offer = PendingBoothOffer(
                party: "dv-c", booths: ["A-01", "A-02"], offeredAt: time, reason: reason)
            let decoded = try JSONDecoder().decode(PendingBoothOffer.self, from: JSONEncoder().encode(offer))
            #expect(decoded == offer)
            #expect(offer.offer == BoothOffer(party: "dv-c", booths: ["A-01", "A-02"]))
        }
        #expect(BoothOfferReason.withdrawal("dv-a").party == "dv-a")
        #expect(BoothOfferReason.declined("dv-b").party == "dv-b")
    }
}
