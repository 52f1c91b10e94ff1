import Foundation
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: listing, reporting, changes")
struct ReadingTests {
    @Test(
        "parties are listed with their status in either language; a status filter only for parties and booths"
    )
    func listing() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let listing = try ListPlan(store: fixture.store()).run(.parties, status: nil, language: .vietnamese)
        #expect(listing.rows.count == 3)
        #expect(listing.columns.first == .number)
        let pending = try ListPlan(store: fixture.store()).run(
            .parties, status: "chờ xác nhận", language: .english)
        #expect(pending.rows.map { $0[1] } == ["HTX Mận Bắc Hà"])
        #expect(throws: WorkflowError.conflict(.statusNeedsPartiesOrBooths)) {
            try ListPlan(store: fixture.store()).run(.organisations, status: "pending", language: .vietnamese)
        }
        #expect {
            try ListPlan(store: fixture.store()).run(.booths, status: "rented", language: .vietnamese)
        } throws: { error in
            guard case .invalidValue(.status, "rented", .boothState) = error as? WorkflowError else {
                return false
            }
            return true
        }
        let booths = try ListPlan(store: fixture.store()).run(
            .booths, status: "available", language: .vietnamese)
        #expect(booths.rows.count == 30)
    }

    @Test("the report counts registrations by status and lists published versions")
    func report() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        var input = AllocateBooths.Input()
        input.publish = true
        input.search = SearchSettings(seed: 1, iterations: 500, timeLimit: 5)
        _ = try AllocateBooths(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        let report = try ReportPlan(store: fixture.store()).run()
        #expect(report.total.parties == 2)
        // The findings shown in full are checked as `demo` checks them (QA 41).
        for limit in [-1, 100_001] {
            #expect(
                throws: WorkflowError.invalidValue(
                    .findings, value: String(limit), expected: .integer(minimum: 0, maximum: 100_000))
            ) { try ReportPlan(store: fixture.store()).run(findingLimit: limit) }
        }
        #expect(report.statuses.first { $0.status == .withdrawn }?.parties == 1)
        #expect(report.statuses.first { $0.status == .placed }?.parties == 1)
        #expect(report.versions.first { $0.kind == .boothPlan }?.versions.count == 1)
    }

    @Test("a withdrawn registration has its row by status and counts in no total or summary")
    func withdrawnInNoTotal() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let report = try ReportPlan(store: fixture.store()).run()
        #expect(report.statuses.map(\.status) == RegistrationStatus.allCases)
        let withdrawn = try #require(report.statuses.first { $0.status == .withdrawn })
        #expect(withdrawn.parties == 1 && withdrawn.booths == 1)
        #expect(report.total.parties == 2 && report.total.booths == 3)
        #expect(report.summary.boothsRequested == 3)
        #expect(report.summary.clusters.map(\.booths) == [3])
        #expect(!report.summary.findings.contains { $0.subject.id == "dv-htx-seng-cu" })
    }

    @Test("changes for one party, and filters that do not fit their topic")
    func changes() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        var allocate = AllocateBooths.Input()
        allocate.publish = true
        allocate.search = SearchSettings(seed: 1, iterations: 500, timeLimit: 5)
        _ = try AllocateBooths(source: fixture.source).run(
            allocate, context: WorkflowFixture.context, clock: ManualClock())
        _ = try WithdrawRegistration(store: fixture.store()).run(
            "HTX Suối Giàng", context: WorkflowFixture.context)
        var input = ShowChanges.Input()
        input.party = "HTX Suối Giàng"
        guard case .booths(let changes, let party) = try ShowChanges(store: fixture.store()).run(input) else {
            Issue.record("expected booth-plan changes")
            return
        }
        #expect(party?.name == "HTX Suối Giàng")
        #expect(changes.removed.map(\.name) == ["HTX Suối Giàng"])
        input.topic = .programme
        #expect(throws: WorkflowError.conflict(.partyNeedsBoothChanges)) {
            try ShowChanges(store: fixture.store()).run(input)
        }
        var versions = ShowChanges.Input()
        versions.from = 2
        versions.to = 1
        #expect(throws: WorkflowError.conflict(.versionsOutOfOrder(from: 2, to: 1))) {
            try ShowChanges(store: fixture.store()).run(versions)
        }
        versions.from = 1
        versions.to = 9
        #expect(throws: WorkflowError.journal(.unknownVersion(.boothPlan, number: 9, latest: 1))) {
            try ShowChanges(store: fixture.store()).run(versions)
        }
    }
}
