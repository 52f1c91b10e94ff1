import Foundation
import Planning
import Store
import Testing
import Workflow

@testable import fairplan

/// `fairplan list`: a long listing written in chunks is the same table a whole-listing rendering
/// gives.
@Suite("fairplan list")
struct ListCommandTests {
    /// A one-day fair.
    static let event = Event(
        id: "hoi-cho", name: "Hội chợ thử", kind: .fair, organiser: "Liên minh HTX thử",
        province: ProvinceReference("Cần Thơ"),
        days: [
            EventDay(
                date: CalendarDate(year: 2026, month: 12, day: 16)!, opens: TimeOfDay(hour: 8)!,
                closes: TimeOfDay(hour: 17)!)
        ])

    @Test("1,500 organisations: the table in chunks equals the table rendered whole, with its count line")
    func longListing() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let path = cli.path("hoi-cho.fairplan")
        var plan = Plan(event: Self.event)
        let provinces = ["Cần Thơ", "An Giang", "Đồng Tháp", "Hà Nội", "Lào Cai"]
        plan.organisations = (0..<1_500).map { index in
            Organisation(
                id: Identifier("org-\(index)"),
                name: "Hợp tác xã Nông nghiệp dịch vụ tổng hợp số \(1_500 - index)",
                kind: .cooperative, sector: .agricultural, registrationCode: String(9_992_000_000 + index),
                province: ProvinceReference(provinces[index % provinces.count]), memberCount: index % 50)
        }
        try PlanStore.create(at: path, plan: plan).close()
        let output = try cli.succeed("list", "organisations", "--plan", path)
        let listing = try ListPlan(store: PlanStore.open(at: path)).run(
            .organisations, status: nil, language: .vietnamese)
        var table = TextTable(
            headers: listing.columns.map { WorkflowMessage.column($0).text(.vietnamese) },
            alignments: listing.columns.map { $0.isNumeric ? .right : .left })
        for row in listing.rows { table.append(row) }
        #expect(output.utf8.count > 2 * ListingRendering.chunkSize)
        #expect(
            output == table.rendered() + "\n\n  "
                + WorkflowMessage.listedTotal(1_500, .organisations).text(.vietnamese) + "\n")
    }

    @Test("an empty listing says there is nothing")
    func empty() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let path = cli.path("hoi-cho.fairplan")
        try PlanStore.create(at: path, event: Self.event).close()
        #expect(
            try cli.succeed("list", "people", "--plan", path)
                == WorkflowMessage.nothingListed(.people).text(.vietnamese) + "\n")
    }
}
