import Foundation
import Store
import Testing

/// `fairplan demo` writes the sample fair's plan file through the same library calls.
@Suite("fairplan: demo plan file")
struct DemoTests {
    @Test("the demo writes hoi-cho.fairplan, which the workflow commands open")
    func demoPlanFile() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let output = try cli.succeed("demo", "--findings", "0", "--output", cli.path("demo"))
        let written = "Đã ghi tệp kế hoạch mẫu (đã phân gian): \(cli.path("demo"))/hoi-cho.fairplan"
        #expect(output.contains(written))
        // run twice: the file is recreated
        try cli.succeed("demo", "--findings", "0", "--output", cli.path("demo"))
        let store = try PlanStore.open(at: cli.path("demo/hoi-cho.fairplan"))
        #expect(try store.organisations().count > 60)
        #expect(try store.venue() != nil)
        #expect(try !store.boothAssignments().isEmpty)
        let parties = try cli.succeed("list", "parties", "--plan", cli.path("demo/hoi-cho.fairplan"))
        #expect(parties.contains("Tổng:"))
    }
}
