import Foundation
import Interchange
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("ReportPlan: the report of a plan file, its registry counted and validated row by row")
struct ReportPlanTests {
    @Test(
        "the report from the file equals the report of the whole plan in memory (summary, findings, statuses, waiting list)",
        arguments: [SamplePlan.fair, .briefing])
    func sameReport(sample: SamplePlan) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hoi-cho.fairplan").path
        try PlanStore.create(at: path, plan: StoreListSourceTests.plan(sample)).close()
        let store = try PlanStore.open(at: path)
        let memory = ReportPlan.report(of: try store.loadPlan(), versions: [])
        let file = try ReportPlan(store: store).run()
        #expect(file.summary == memory.summary)
        #expect(file.summary.findings == memory.summary.findings)
        #expect(file.statuses.map(\.status) == memory.statuses.map(\.status))
        #expect(file.statuses.map(\.parties) == memory.statuses.map(\.parties))
        #expect(file.statuses.map(\.booths) == memory.statuses.map(\.booths))
        #expect(file.waitingList.map(\.id) == memory.waitingList.map(\.id))
        #expect(file.versions.map(\.kind) == PublicationKind.allCases)
        #expect(!file.summary.findings.isEmpty)
        #expect(file.summary.provinces.count > 3)
        if sample == .briefing {
            #expect(!file.summary.attendeesByPoint.isEmpty)
        } else {
            #expect(file.summary.stars.contains { $0.count > 0 })
        }
    }
}
