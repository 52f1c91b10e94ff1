import Foundation
import Interchange
import Planning
import Scheduler
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: allocating booths")
struct AllocateBoothsTests {
    /// A plan with three organisations' parties: one confirmed, one pending, one withdrawn.
    static func plan() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture.make()
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        try fixture.organisation("Hợp tác xã Mận Bắc Hà", code: "5300100004")
        try fixture.organisation("Hợp tác xã Gạo Séng Cù", code: "5300100005")
        try fixture.party(
            "HTX Suối Giàng", organisation: "5300100002", booths: 2,
            cluster: "Cụm thi đua các tỉnh miền núi phía Bắc")
        try fixture.party(
            "HTX Mận Bắc Hà", organisation: "5300100004", cluster: "Cụm thi đua các tỉnh miền núi phía Bắc")
        try fixture.party(
            "HTX Séng Cù", organisation: "5300100005", cluster: "Cụm thi đua các tỉnh Tây Nguyên")
        _ = try ConfirmRegistrations(store: fixture.store()).run(
            ["HTX Suối Giàng", "HTX Séng Cù"], context: WorkflowFixture.context)
        _ = try WithdrawRegistration(store: fixture.store()).run(
            "HTX Séng Cù", context: WorkflowFixture.context)
        return fixture
    }

    /// Allocates the fixture's booths (seed 1, 2,000 iterations), with the upper bound when asked.
    static func allocate(_ fixture: WorkflowFixture, upperBound: Bool = false) throws
        -> AllocateBooths.Outcome
    {
        var input = AllocateBooths.Input()
        input.search = SearchSettings(seed: 1, iterations: 2_000, timeLimit: 5)
        input.upperBound = upperBound
        return try AllocateBooths(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
    }

    @Test(
        "on a plan file only confirmed parties are placed; pending ones are named, withdrawn ones never placed"
    )
    func eligibility() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        let outcome = try Self.allocate(fixture)
        #expect(outcome.allocation.placements.map(\.name) == ["HTX Suối Giàng"])
        #expect(outcome.pendingLeftOut == ["HTX Mận Bắc Hà"])
        #expect(outcome.saved && outcome.publishedVersion == nil)
        let stored = try fixture.store().boothAssignments()
        #expect(Set(stored.map(\.party.rawValue)) == ["dv-htx-suoi-giang"])
    }

    @Test(
        "asked for, the upper bound comes with the plan: never below its score, and the account says the gap")
    func upperBound() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        #expect(try Self.allocate(fixture).upperBound == nil)
        let outcome = try Self.allocate(fixture, upperBound: true)
        let bound = try #require(outcome.upperBound)
        #expect(bound.points >= outcome.allocation.score.total - 1e-9)
        #expect(outcome.allocation.score.total > 0)
        #expect(
            outcome.allocation.rendered(in: .vietnamese, bound: bound).contains("Cận trên của tổng điểm: "))
        #expect(
            outcome.allocation.rendered(in: .english, bound: bound).contains(
                "Upper bound on the total score: "))
        #expect(!outcome.allocation.rendered(in: .vietnamese).contains("Cận trên"))
    }

    @Test("publishing saves the booth plan as version 1, stamped with the time passed in")
    func publish() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        var input = AllocateBooths.Input()
        input.publish = true
        input.note = "Gửi các đơn vị lần 1"
        input.search = SearchSettings(seed: 1, iterations: 500, timeLimit: 5)
        let outcome = try AllocateBooths(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        #expect(outcome.publishedVersion == 1)
        let version = try #require(try fixture.store().publishedVersions(kind: .boothPlan).first)
        #expect(version.publishedAt == WorkflowFixture.now)
        #expect(version.note == "Gửi các đơn vị lần 1")
    }

    @Test("a cluster named by a part every cluster's name holds is ambiguous, listing the clusters")
    func ambiguousCluster() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        var input = AllocateBooths.Input()
        input.cluster = "Cụm thi đua"
        #expect {
            try AllocateBooths(source: fixture.source).run(
                input, context: WorkflowFixture.context, clock: ManualClock())
        } throws: { error in
            guard case .ambiguous(.cluster, _, let candidates) = error as? PlanningError else { return false }
            return candidates.count == 2
        }
        input.cluster = "miền núi phía Bắc"
        input.search = SearchSettings(seed: 1, iterations: 500, timeLimit: 5)
        let outcome = try AllocateBooths(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        #expect(outcome.allocation.placements.map(\.name) == ["HTX Suối Giàng"])
    }

    @Test(
        "a time budget is measured with the clock passed in, so a cut run repeats",
        arguments: [1, 2] as [UInt64])
    func timeBudgetWithManualClock(seed: UInt64) throws {
        let source = PlanSource(sample: .fair, folder: ".")
        var input = AllocateBooths.Input()
        input.search = SearchSettings(seed: seed, iterations: 1_000_000, timeLimit: 0.05)
        let first = try AllocateBooths(source: source).run(
            input, context: WorkflowFixture.context, clock: ManualClock(step: .milliseconds(1)))
        let second = try AllocateBooths(source: source).run(
            input, context: WorkflowFixture.context, clock: ManualClock(step: .milliseconds(1)))
        #expect(first.allocation.stoppedBy == .timeBudget)
        #expect(first.allocation.iterations == second.allocation.iterations)
        #expect(first.allocation.boothAssignments == second.allocation.boothAssignments)
    }

    @Test(
        "limits out of range are refused before anything runs",
        arguments: [Double.infinity, .nan, -1, 0, 1e19])
    func timeLimitOutOfRange(limit: Double) throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        var input = AllocateBooths.Input()
        input.search = SearchSettings(seed: 1, iterations: 10, timeLimit: limit)
        #expect {
            try AllocateBooths(source: fixture.source).run(
                input, context: WorkflowFixture.context, clock: ManualClock())
        } throws: { error in
            guard case .invalidValue(.timeLimit, _, .seconds) = error as? WorkflowError else { return false }
            return true
        }
    }

    @Test("publishing a sample is refused")
    func publishSample() throws {
        var input = AllocateBooths.Input()
        input.publish = true
        #expect(throws: WorkflowError.conflict(.publishNeedsPlanFile)) {
            try AllocateBooths(source: PlanSource(sample: .fair, folder: ".")).run(
                input, context: WorkflowFixture.context, clock: ManualClock())
        }
    }
}
