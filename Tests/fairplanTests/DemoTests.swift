import Foundation
import Planning
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

/// A conference on a plan file: timetabled, published, exported and checked.
@Suite("fairplan: schedule sessions on a plan file")
struct ScheduleOnPlanTests {
    @Test("schedule --publish saves and publishes in one step; the exported programme checks back")
    func scheduleAndPublish() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed("demo", "--findings", "0", "--output", cli.path("demo"))
        let plan = cli.path("demo/hoi-nghi.fairplan")
        let scheduled = try cli.succeed(
            "schedule", "sessions", "--plan", plan, "--publish", "--note", "Chương trình lần 1",
            "--iterations",
            "2000")
        #expect(scheduled.contains("Đã lưu và công bố chương trình, phiên bản 1."))
        #expect(scheduled.contains("Điểm cầu Sơn La chưa kịp thử đường truyền trước 08:00"))
        let store = try PlanStore.open(at: plan)
        #expect(try store.publishedVersions(kind: .programme).count == 1)
        #expect(try store.sessions().filter { $0.start != nil }.count == 8)
        try store.close()
        #expect(
            try cli.succeed("changes", "--kind", "programme", "--plan", plan).contains("Không có thay đổi."))
        try cli.succeed("export", "programme", "--plan", plan, "--format", "csv", "--out", cli.path("ct.csv"))
        let checked = try cli.run("check", "sessions", cli.path("ct.csv"), "--plan", plan)
        #expect(checked.status == 1)
        #expect(checked.output.contains("Vi phạm: 1."))
        #expect(checked.output.contains("«Khai mạc, giới thiệu đại biểu» chưa được xếp lịch"))
        #expect(!checked.text.contains("không đọc được"))
    }
}
