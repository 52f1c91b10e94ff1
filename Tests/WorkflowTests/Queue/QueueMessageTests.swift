import Planning
import Scheduler
import Testing
import Workflow

@Suite("Workflow: the queue's message catalogue")
struct QueueMessageTests {
    /// One value of every case (and of every error).
    static let samples: [QueueMessage] = {
        let time = LocalDateTime(
            date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(hour: 10)!)
        let errors: [QueueError] = [
            .noOffer(party: "HTX"), .notWaiting(party: "HTX", status: .placed),
            .boothsUnavailable(party: "HTX", booths: ["A-01"]),
        ]
        return errors.map { .error($0) } + [
            .offersHeading, .offer(position: 1, party: "HTX (dv-htx)", booths: ["A-01", "A-02"]), .noOffers,
            .passedOver(["HTX (dv-htx)"]), .unoffered(["A-03"]), .howToAnswer,
            .offersNotMade(.invalidInstance([.noVenue])), .accepted(party: "HTX", booths: ["A-01"]),
            .declined(party: "HTX", booths: ["A-01"]), .noPendingOffers, .pendingOffersHeading(2),
            .pendingOffer(
                party: "HTX", booths: ["A-01"], offeredAt: time, reason: .withdrawal("dv-a"),
                freedBy: "HTX A",
                position: 1),
            .pendingOffer(
                party: "HTX", booths: ["A-01"], offeredAt: time, reason: .declined("dv-b"), freedBy: "HTX B",
                position: nil),
            .offerBoothsUnavailable(["A-01"]), .offerPartyNotWaiting(.placed),
        ]
    }()

    @Test("every message is worded in Vietnamese and in English, and the two differ")
    func complete() {
        for message in Self.samples {
            let vietnamese = message.text(.vietnamese)
            let english = message.text(.english)
            #expect(!vietnamese.isEmpty && !english.isEmpty, "\(message)")
            #expect(vietnamese != english, "\(message)")
        }
    }

    @Test("queue errors are workflow errors worded by the catalogue")
    func errors() {
        let error = WorkflowError.queue(.noOffer(party: "HTX Chờ sau"))
        #expect(
            error.text(.vietnamese) == QueueMessage.error(.noOffer(party: "HTX Chờ sau")).text(.vietnamese))
        #expect(error.text(.english) == QueueError.noOffer(party: "HTX Chờ sau").text(.english))
        #expect(
            QueueError.noOffer(party: "X").description == QueueError.noOffer(party: "X").text(.vietnamese))
        #expect(WorkflowMessage.queue(.noOffers).text(.english) == QueueMessage.noOffers.text(.english))
    }
}
