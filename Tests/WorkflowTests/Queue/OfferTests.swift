import Foundation
import Planning
import Scheduler
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: offers of freed booths to the waiting list")
struct OfferTests {
    /// The provincial centre's 30 booths full: row A holds «Rút» (A-01, A-02) and «Lớn 1» (A-03…A-10),
    /// row B «Lớn 2», row C «Lớn 3» (C-01…C-09); C-10 alone is free. «Chờ trước» and «Chờ sau»,
    /// of equal priority, registered in that order, want 2 booths each and wait.
    static func fullFair() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture.make()
        let parties: [(name: String, code: String, booths: Int, hour: Int, province: String)] = [
            ("HTX Lớn 1", "5300100011", 8, 8, "Lào Cai"), ("HTX Lớn 2", "5300100012", 10, 8, "Lào Cai"),
            ("HTX Lớn 3", "5300100013", 9, 8, "Lào Cai"), ("HTX Rút", "5300100014", 2, 8, "Lào Cai"),
            ("HTX Chờ trước", "5300100015", 2, 9, "Yên Bái"), ("HTX Chờ sau", "5300100016", 2, 10, "Lào Cai"),
        ]
        for party in parties {
            try fixture.organisation(
                "Hợp tác xã \(party.name.dropFirst(4))", code: party.code, province: party.province)
            try fixture.party(
                party.name, organisation: party.code, booths: party.booths,
                at: LocalDateTime(date: WorkflowFixture.now.date, time: TimeOfDay(hour: party.hour)!))
        }
        _ = try ConfirmRegistrations(store: fixture.store()).run(
            parties.map(\.name), context: WorkflowFixture.context)
        func booths(_ row: String, _ range: ClosedRange<Int>, _ party: String) -> [BoothAssignment] {
            range.map {
                BoothAssignment(booth: "\(row)-\($0 < 10 ? "0" : "")\($0)", party: Identifier(party))
            }
        }
        let assignments =
            booths("A", 1...2, "dv-htx-rut") + booths("A", 3...10, "dv-htx-lon-1")
            + booths("B", 1...10, "dv-htx-lon-2")
            + booths("C", 1...9, "dv-htx-lon-3")
        _ = try fixture.store().saveBoothPlan(
            assignments, waitlisting: ["dv-htx-cho-truoc", "dv-htx-cho-sau"])
        return fixture
    }

    static let first = Identifier<ExhibitingParty>("dv-htx-cho-truoc")
    static let second = Identifier<ExhibitingParty>("dv-htx-cho-sau")

    @Test("withdrawing stores and returns the offer to the first waiting party; the next is passed over")
    func withdrawOffers() throws {
        let fixture = try Self.fullFair()
        defer { fixture.remove() }
        let withdrawal = try WithdrawRegistration(store: fixture.store()).run(
            "HTX Rút", context: WorkflowFixture.context)
        #expect(withdrawal.offerFailure == nil)
        #expect(withdrawal.outcome.freedBooths == ["A-01", "A-02"])
        #expect(
            withdrawal.outcome.proposal.offers == [BoothOffer(party: Self.first, booths: ["A-01", "A-02"])])
        #expect(withdrawal.outcome.proposal.passedOver == [Self.second])
        #expect(
            try fixture.store().pendingOffers() == [
                PendingBoothOffer(
                    party: Self.first, booths: ["A-01", "A-02"], offeredAt: WorkflowFixture.now,
                    reason: .withdrawal("dv-htx-rut"))
            ])
        let listed = try ListOffers(store: fixture.store()).run()
        #expect(listed.map(\.party.id) == [Self.first])
        #expect(listed.first?.waitingListPosition == 1)
        #expect(listed.first?.freedBy?.name == "HTX Rút")
        #expect(listed.first?.canBeAccepted == true)
    }

    @Test("re-allocation after the withdrawal serves the earlier party; the later one's reason is true")
    func reallocationKeepsTheQueue() throws {
        let fixture = try Self.fullFair()
        defer { fixture.remove() }
        _ = try WithdrawRegistration(store: fixture.store()).run("HTX Rút", context: WorkflowFixture.context)
        let plan = try fixture.store().loadPlan()
        let problem = try BoothAllocationProblem(
            scope: BoothAllocationScope(plan: plan, eligibility: .confirmedOnly))
        var input = AllocateBooths.Input()
        input.search = SearchSettings(seed: 1, iterations: 2_000, timeLimit: 5)
        let outcome = try AllocateBooths(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        let allocation = outcome.allocation
        #expect(allocation.placements.contains { $0.party == Self.first })
        #expect(allocation.unplaced.map(\.party) == [Self.second])
        #expect(allocation.unplaced.first?.reason == .noFreeBlock(booths: 2))
        #expect(BoothQueueChecker(problem: problem).check(allocation).isEmpty)
        #expect(try fixture.store().party(Self.first)?.registrationStatus == .placed)
        // The offer cannot be accepted any more: the party no longer waits.
        #expect(throws: WorkflowError.queue(.notWaiting(party: "HTX Chờ trước", status: .placed))) {
            try AcceptOffer(store: fixture.store()).run("HTX Chờ trước", context: WorkflowFixture.context)
        }
        #expect(try ListOffers(store: fixture.store()).run().first?.canBeAccepted == false)
    }

    @Test("accepting assigns the offered booths and places the party, in one journal entry")
    func accept() throws {
        let fixture = try Self.fullFair()
        defer { fixture.remove() }
        _ = try WithdrawRegistration(store: fixture.store()).run("HTX Rút", context: WorkflowFixture.context)
        #expect(throws: WorkflowError.queue(.noOffer(party: "HTX Chờ sau"))) {
            try AcceptOffer(store: fixture.store()).run("HTX Chờ sau", context: WorkflowFixture.context)
        }
        let acceptance = try AcceptOffer(store: fixture.store()).run(
            "htx cho truoc", context: WorkflowFixture.context)
        #expect(acceptance.offer.booths == ["A-01", "A-02"])
        #expect(acceptance.party.registrationStatus == .waitlisted)
        let store = try fixture.store()
        #expect(try store.party(Self.first)?.registrationStatus == .placed)
        #expect(
            try store.boothAssignments().filter { $0.party == Self.first }.map(\.booth) == ["A-01", "A-02"])
        #expect(try store.pendingOffers().isEmpty)
        #expect(try ListOffers(store: store).run().isEmpty)
        #expect(try store.journal().first?.note.command == "offer accept")
    }

    @Test("declining keeps the party waiting and offers the booths to the next party in order")
    func decline() throws {
        let fixture = try Self.fullFair()
        defer { fixture.remove() }
        _ = try WithdrawRegistration(store: fixture.store()).run("HTX Rút", context: WorkflowFixture.context)
        let later = ChangeContext(
            user: "can-bo-kiem-thu",
            now: LocalDateTime(date: WorkflowFixture.now.date, time: TimeOfDay(hour: 11)!))
        let declination = try DeclineOffer(store: fixture.store()).run("HTX Chờ trước", context: later)
        #expect(declination.offer.booths == ["A-01", "A-02"])
        #expect(declination.proposal.offers == [BoothOffer(party: Self.second, booths: ["A-01", "A-02"])])
        #expect(declination.offerFailure == nil)
        let store = try fixture.store()
        #expect(try store.party(Self.first)?.registrationStatus == .waitlisted)
        #expect(
            try store.pendingOffers() == [
                PendingBoothOffer(
                    party: Self.second, booths: ["A-01", "A-02"], offeredAt: later.now,
                    reason: .declined(Self.first))
            ])
        #expect(throws: WorkflowError.queue(.noOffer(party: "HTX Chờ trước"))) {
            try DeclineOffer(store: fixture.store()).run("HTX Chờ trước", context: later)
        }
        // The second party takes them.
        _ = try AcceptOffer(store: store).run("HTX Chờ sau", context: later)
        #expect(
            try store.boothAssignments().filter { $0.party == Self.second }.map(\.booth) == ["A-01", "A-02"])
    }

    @Test("booths taken since the offer refuse the acceptance and change nothing")
    func staleBooths() throws {
        let fixture = try Self.fullFair()
        defer { fixture.remove() }
        _ = try WithdrawRegistration(store: fixture.store()).run("HTX Rút", context: WorkflowFixture.context)
        let store = try fixture.store()
        let current = try store.boothAssignments()
        _ = try store.saveBoothPlan(current + [BoothAssignment(booth: "A-02", party: "dv-htx-lon-1")])
        let before = try store.loadPlan()
        #expect(throws: WorkflowError.queue(.boothsUnavailable(party: "HTX Chờ trước", booths: ["A-02"]))) {
            try AcceptOffer(store: store).run("HTX Chờ trước", context: WorkflowFixture.context)
        }
        #expect(try store.loadPlan() == before)
        #expect(try ListOffers(store: store).run().first?.unavailableBooths == ["A-02"])
    }
}
