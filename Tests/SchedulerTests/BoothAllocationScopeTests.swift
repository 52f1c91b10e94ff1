import Planning
import Scheduler
import TestSupport
import Testing

@Suite("BoothAllocationScope")
struct BoothAllocationScopeTests {
    /// A small generated fair with every party confirmed except the first (withdrawn, a held booth
    /// still recorded for it) and the second (pending, one booth held for it); the third holds a
    /// booth pinned by an organiser.
    struct Fair {
        var plan: Plan
        var withdrawn: Identifier<ExhibitingParty>
        var pending: Identifier<ExhibitingParty>
        var pinned: Identifier<ExhibitingParty>
        /// Free booths: [0] held for the pending party, [1] held for the withdrawn one, [2] pinned.
        var booths: [String]
    }

    static func fair() throws -> Fair {
        var plan = BoothInstanceGenerator.make(scale: .small, seed: 2).plan
        for index in plan.parties.indices { plan.parties[index].registrationStatus = .confirmed }
        plan.parties[0].registrationStatus = .withdrawn
        plan.parties[1].registrationStatus = .pending
        let venue = try #require(plan.venue)
        let booths = venue.booths.filter { !$0.blocked }.map(\.code)
        plan.boothAssignments = [
            BoothAssignment(booth: booths[0], party: plan.parties[1].id, state: .held),
            BoothAssignment(booth: booths[1], party: plan.parties[0].id, state: .held),
            BoothAssignment(booth: booths[2], party: plan.parties[2].id, pinned: true),
        ]
        return Fair(
            plan: plan, withdrawn: plan.parties[0].id, pending: plan.parties[1].id,
            pinned: plan.parties[2].id,
            booths: booths)
    }

    static let limits = SearchLimits(maximumIterations: 400)

    @Test("eligibility: withdrawn never, pending only when every registration takes part")
    func eligibility() {
        for status in RegistrationStatus.allCases {
            #expect(
                BoothEligibility.confirmedOnly.admits(status)
                    == [.confirmed, .placed, .waitlisted].contains(status))
            #expect(BoothEligibility.allRegistered.admits(status) == (status != .withdrawn))
        }
    }

    @Test("a withdrawn party is never allocated, even when the run is restricted to it")
    func withdrawnNeverAllocated() throws {
        let fair = try Self.fair()
        for eligibility in BoothEligibility.allCases {
            let scope = BoothAllocationScope(
                plan: fair.plan, eligibility: eligibility, restrictedTo: [fair.withdrawn, fair.pinned])
            #expect(scope.excluded.contains { $0.party == fair.withdrawn && $0.reason == .withdrawn })
            #expect(scope.withdrawnParties == [fair.withdrawn])
            #expect(!scope.plan.parties.contains { $0.id == fair.withdrawn })
            #expect(!scope.plan.boothRequests.contains { $0.party == fair.withdrawn })
            // Its booth is freed: neither kept nor blocked.
            #expect(!scope.keptAssignments.contains { $0.party == fair.withdrawn })
            #expect(scope.plan.venue?.booths.first { $0.code == fair.booths[1] }?.blocked == false)
            let problem = try BoothAllocationProblem(scope: scope)
            #expect(problem.party(fair.withdrawn) == nil)
            #expect(problem.withdrawnParties == [fair.withdrawn])
            let allocation = BoothAllocator.allocate(
                problem, seed: 1, limits: Self.limits, clock: ManualClock())
            #expect(!allocation.placements.contains { $0.party == fair.withdrawn })
            #expect(!scope.assignments(toSave: allocation).contains { $0.party == fair.withdrawn })
        }
        // A problem built straight from the plan leaves the withdrawn party out too.
        let direct = try BoothAllocationProblem(plan: fair.plan)
        #expect(direct.party(fair.withdrawn) == nil)
        #expect(!direct.fixed.contains { $0.party == fair.withdrawn })
        #expect(direct.party(fair.pending) != nil)
    }

    @Test(
        "a withdrawn party passed to the problem's parts is left out with its pins; giving it a booth is a finding"
    )
    func withdrawnPartyInParts() throws {
        let rows = [BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 4))]
        var gone = BoothFixtures.party("gone", booths: 2)
        gone.registrationStatus = .withdrawn
        let problem = try BoothAllocationProblem(
            title: "Rút", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: [gone, BoothFixtures.party("stay", booths: 4)],
            fixed: [BoothAssignment(booth: "R1-1", party: "gone", pinned: true)],
            published: [BoothAssignment(booth: "R1-2", party: "gone")])
        #expect(problem.parties.map(\.id) == ["stay"])
        #expect(problem.fixed.isEmpty && problem.published.isEmpty)
        #expect(problem.withdrawnParties == ["gone"])
        let allocation = BoothAllocator.allocate(problem, seed: 1, limits: Self.limits, clock: ManualClock())
        #expect(allocation.placements.map(\.party) == ["stay"])
        #expect(allocation.boothsLet == 4)
        let check = BoothPlanChecker(problem: problem).check([BoothPlanEntry(booth: "R1-1", party: "gone")])
        #expect(check.hardViolations.map(\.kind).contains(.withdrawnParty))
        #expect(
            check.findings.first { $0.kind == .withdrawnParty }?.wording
                == BilingualText(SchedulerMessage.withdrawnParty(booth: "R1-1", party: "gone")))
    }

    @Test("confirmed only: a pending party is left out and the booth held for it stays its own")
    func pendingHeldBoothsKept() throws {
        let fair = try Self.fair()
        let scope = BoothAllocationScope(plan: fair.plan, eligibility: .confirmedOnly)
        #expect(scope.pendingParties.map(\.party) == [fair.pending])
        #expect(!scope.plan.parties.contains { $0.id == fair.pending })
        #expect(
            scope.keptAssignments == [
                BoothAssignment(booth: fair.booths[0], party: fair.pending, state: .held)
            ])
        #expect(scope.plan.venue?.booths.first { $0.code == fair.booths[0] }?.blocked == true)
        let problem = try BoothAllocationProblem(scope: scope)
        let allocation = BoothAllocator.allocate(problem, seed: 3, limits: Self.limits, clock: ManualClock())
        #expect(!allocation.placements.contains { $0.booths.contains(fair.booths[0]) })
        let saved = scope.assignments(toSave: allocation)
        #expect(saved.filter { $0.booth == fair.booths[0] }.map(\.party) == [fair.pending])
        #expect(saved.contains { $0.booth == fair.booths[2] && $0.party == fair.pinned && $0.pinned })

        // Every registration taking part: the pending party is allocated, on its held booth.
        let all = BoothAllocationScope(plan: fair.plan, eligibility: .allRegistered)
        #expect(all.excluded.map(\.reason) == [.withdrawn])
        #expect(all.keptAssignments.isEmpty)
        let open = try BoothAllocationProblem(scope: all)
        #expect(open.fixed.contains { $0.booth == fair.booths[0] && $0.party == fair.pending })
        let placed = BoothAllocator.allocate(open, seed: 3, limits: Self.limits, clock: ManualClock())
        #expect(placed.placements.first { $0.party == fair.pending }?.booths.contains(fair.booths[0]) == true)
    }

    @Test("a restricted run keeps the other parties' booths and never gives them away")
    func restrictedRunKeepsOthersBooths() throws {
        let fair = try Self.fair()
        let inside = Set(fair.plan.parties.prefix(8).map(\.id)).subtracting([fair.pinned])
        let scope = BoothAllocationScope(plan: fair.plan, eligibility: .confirmedOnly, restrictedTo: inside)
        let outside = Set(fair.plan.parties.map(\.id)).subtracting(inside)
        #expect(Set(scope.excluded.filter { $0.reason == .outsideRestriction }.map(\.party)) == outside)
        #expect(Set(scope.plan.parties.map(\.id)) == inside.subtracting([fair.withdrawn, fair.pending]))
        #expect(scope.plan.boothRequests.allSatisfy { inside.contains($0.party) })
        // The pinned booth of a party outside the run and the booth held for the pending party.
        #expect(Set(scope.keptAssignments.map(\.booth)) == [fair.booths[0], fair.booths[2]])
        let blocked = Set(scope.plan.venue?.booths.filter(\.blocked).map(\.code) ?? [])
        #expect(blocked.isSuperset(of: [fair.booths[0], fair.booths[2]]))
        let allocation = BoothAllocator.allocate(
            try BoothAllocationProblem(scope: scope), seed: 5, limits: Self.limits, clock: ManualClock())
        #expect(allocation.placements.allSatisfy { inside.contains($0.party) })
        #expect(
            !allocation.placements.contains {
                !$0.booths.filter([fair.booths[0], fair.booths[2]].contains).isEmpty
            })
        let saved = scope.assignments(toSave: allocation)
        #expect(saved.contains { $0.booth == fair.booths[2] && $0.party == fair.pinned })
        #expect(Set(saved.map(\.booth)).count == saved.count)
    }
}
