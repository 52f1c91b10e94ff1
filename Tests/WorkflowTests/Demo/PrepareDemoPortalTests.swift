import Foundation
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: the demo's plans are published for the portal")
struct PrepareDemoPortalTests {
    @Test(
        "serve --demo publishes the fair's booth plan and, after shortening Sơn La's link test, the programme"
    )
    func publishesBoth() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-demo-portal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let prepared = try PrepareDemoPortal().run(
            outputFolder: folder.path, language: .vietnamese, context: WorkflowFixture.context,
            version: "test",
            clock: ManualClock())
        #expect(prepared.published.booths == 1)
        #expect(prepared.published.programme == 1)
        // Every party holding booths is placed, none pending; the others wait.
        let fair = try PlanStore.open(at: prepared.fairPlanFile, for: .reading).loadPlan()
        let holders = Set(fair.boothAssignments.map(\.party))
        #expect(!holders.isEmpty)
        for party in fair.parties {
            #expect(
                party.registrationStatus == (holders.contains(party.id) ? .placed : .waitlisted),
                "\(party.name)")
        }
        let briefing = try PlanStore.open(at: prepared.briefingPlanFile, for: .reading)
        let programme = try briefing.publishedProgramme(1)
        #expect(programme.sessions.allSatisfy { $0.start != nil })
        let sonLa = try #require(try briefing.loadPlan().connectionPoints.first { $0.id == "dc-son-la" })
        #expect(sonLa.linkTestLeadMinutes == 30)
        let files = try ServePortal().planFiles(
            plans: [], demo: ServePortal.Demo(folder: folder.path, clock: ManualClock()), folder: folder.path,
            language: .vietnamese, context: WorkflowFixture.context, version: "test")
        #expect(
            files.map { ($0 as NSString).lastPathComponent } == ["hoi-cho.fairplan", "hoi-nghi.fairplan"])
    }
}
