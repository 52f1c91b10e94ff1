import Foundation
import Interchange
import Planning
import Scheduler
import Store
import TestSupport
import Testing
import Workflow

@Suite("Workflow: the floor plan of a booth allocation")
struct AllocationFloorPlanTests {
    /// The booth codes of the booths drawn with `className` in an SVG's text.
    static func codes(in svg: String, className: String) -> [String] {
        svg.components(separatedBy: "<g class=\"\(className)\" data-code=\"").dropFirst().compactMap {
            $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }

    @Test("--party marks that party's booths and greys the others; publishing names the version")
    func party() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        var input = AllocateBooths.Input()
        input.search = SearchSettings(seed: 1, iterations: 500, timeLimit: 5)
        input.svg = fixture.folder.appendingPathComponent("so-do.svg").path
        input.party = "HTX Suối Giàng"
        input.publish = true
        let outcome = try AllocateBooths(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        #expect(outcome.svgPath == input.svg && outcome.picture == nil)
        let svg = try String(contentsOfFile: try #require(input.svg), encoding: .utf8)
        let marked = Self.codes(in: svg, className: "booth highlighted")
        let placed = try #require(outcome.allocation.placements.first { $0.name == "HTX Suối Giàng" })
        #expect(Set(marked) == Set(placed.booths) && !marked.isEmpty)
        #expect(!Self.codes(in: svg, className: "booth dimmed").isEmpty)
        #expect(
            svg.contains(
                FloorPlanMessage.publishedVersion(number: 1, at: WorkflowFixture.context.now).text(
                    .vietnamese)))
    }

    @Test("an unknown --party is refused before anything is saved")
    func unknownParty() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        var input = AllocateBooths.Input()
        input.search = SearchSettings(seed: 1, iterations: 200, timeLimit: 5)
        input.svg = fixture.folder.appendingPathComponent("so-do.svg").path
        input.party = "HTX Không Có"
        #expect(throws: PlanningError.self) {
            try AllocateBooths(source: fixture.source).run(
                input, context: WorkflowFixture.context, clock: ManualClock())
        }
        #expect(try fixture.store().boothAssignments().isEmpty)
    }

    @Test("a .png path gets the SVG beside it and the picture converted", .requires(.rsvgConvert))
    func png() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        var input = AllocateBooths.Input()
        input.search = SearchSettings(seed: 1, iterations: 200, timeLimit: 5)
        let png = fixture.folder.appendingPathComponent("so-do.png").path
        input.svg = png
        let outcome = try AllocateBooths(source: fixture.source).run(
            input, context: WorkflowFixture.context, clock: ManualClock())
        #expect(outcome.picture == .written(path: png))
        #expect(
            FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("so-do.svg").path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
