import Foundation
import LibXML
import Planning
import Testing

@testable import Interchange

@Suite("DemoRunner: the demo's report and files")
struct DemoRunnerTests {
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "fairplan-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// 23/11/2026 09:00, the time the demo's exports are stamped with.
    static let now = LocalDateTime(
        date: CalendarDate(year: 2026, month: 11, day: 23)!, time: TimeOfDay(hour: 9)!)

    @Test(
        "the demo uses the shipped venues, writes both floor plans and stamps its exports with the time given"
    )
    func demo() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try DemoInput.samples()
        let report = try DemoRunner.run(
            input, findingLimit: 3, outputFolder: folder, version: "test", now: Self.now,
            language: .vietnamese)
        #expect(report.contains(PlanSummary(plan: input.fair).rendered(findingLimit: 3, in: .vietnamese)))
        #expect(report.contains(InterchangeMessage.demoVenuesHeading.text(.vietnamese)))
        for name in [
            "tt-hoi-cho-quoc-gia.svg", "tt-hoi-nghi-tinh.svg", "hoi-cho-danh-sach.ods",
            "hoi-nghi-danh-sach.ods",
            "hoi-nghi-schedule.xml", "hoi-nghi-chuong-trinh.ics",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + name))
        }
        let calendar = try String(contentsOfFile: folder + "/hoi-nghi-chuong-trinh.ics", encoding: .utf8)
        #expect(calendar.contains("DTSTAMP:20261123T020000Z"))
    }

    @Test("the demo in English: its own lines, floor plans and lists follow the language")
    func demoInEnglish() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try DemoRunner.run(
            try DemoInput.samples(), findingLimit: 1, outputFolder: folder, version: "test", now: Self.now,
            language: .english)
        #expect(report.contains(InterchangeMessage.demoVenuesHeading.text(.english)))
        #expect(report.contains(InterchangeMessage.demoFilesWritten.text(.english)))
        #expect(!report.contains(InterchangeMessage.demoVenuesHeading.text(.vietnamese)))
        let svg = try XMLDocument(contentsOfFile: folder + "/tt-hoi-nghi-tinh.svg")
        let title = try svg.string("string(/s:svg/s:title)", namespaces: ["s": SVGWriter.namespace])
        #expect(title.hasPrefix(InterchangeMessage.floorPlanTitle(venue: "").text(.english)))
        let calendar = try String(contentsOfFile: folder + "/hoi-nghi-chuong-trinh.ics", encoding: .utf8)
        #expect(calendar.contains("PRODID:-//FairPlan//FairPlan test//EN"))
    }
}
