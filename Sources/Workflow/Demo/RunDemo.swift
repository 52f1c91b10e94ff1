import Foundation
import Interchange
public import Planning
import Scheduler
import Store

/// The demo: builds the embedded samples in the shipped venues, allocates the national hall and
/// the regional cluster's 30-booth area, timetables the hybrid briefing, validates and summarises
/// everything, writes the floor plans, the lists and the two plan files (`hoi-cho.fairplan`,
/// `hoi-nghi.fairplan`) to `Exports/demo/` or the folder given.
public struct RunDemo: Sendable {
    /// What the demo did.
    public struct Outcome: Sendable {
        /// The report to show.
        public var report: String
        /// The sample fair's plan file (allocated).
        public var fairPlanFile: String
        /// The briefing's plan file (timetabled).
        public var briefingPlanFile: String
    }

    /// The demo's fixed seed.
    static let seed: UInt64 = 2026
    /// The booth search's budget, which keeps the demo quick.
    static let limits = SearchLimits(timeBudget: .seconds(5), maximumIterations: 3_000)
    /// The timetable search's budget.
    static let timetableLimits = SearchLimits(timeBudget: .seconds(5), maximumIterations: 1_500)

    /// The use case.
    public init() {}

    /// Runs the demo; `clock` times the searches, `now` stamps the exports.
    public func run<C: Clock>(
        findingLimit: Int, outputFolder: String?, language: Language, now: LocalDateTime, version: String,
        clock: C
    ) throws -> Outcome where C.Duration == Duration {
        let findingLimit = try WrittenValue.integer(findingLimit, field: .findings, in: InputLimits.findings)
        var input = try DemoInput.samples()
        // The organisers have checked the sample fair's registrations (`fairplan confirm`) before
        // allocating; the parties given booths are then placed, as `allocate booths` leaves them.
        for index in input.fair.parties.indices where input.fair.parties[index].registrationStatus == .pending
        {
            input.fair.parties[index].registrationStatus = .confirmed
        }
        let national = BoothAllocator.allocate(
            try BoothAllocationProblem(plan: input.fair), seed: Self.seed, limits: Self.limits, clock: clock)
        input.fair.boothAssignments = national.boothAssignments
        let holders = Set(national.boothAssignments.map(\.party))
        for index in input.fair.parties.indices where holders.contains(input.fair.parties[index].id) {
            input.fair.parties[index].registrationStatus = .placed
        }
        let cluster = try PlanResolver(plan: input.fair).cluster(SampleData.regionalCluster)
        var area = BoothAllocationScope(
            plan: input.fair, eligibility: .allRegistered,
            restrictedTo: Set(input.fair.parties.filter { $0.cluster == cluster }.map(\.id))
        ).plan
        area.venue = input.briefing.venue
        let clusterAllocation = BoothAllocator.allocate(
            try BoothAllocationProblem(plan: area), seed: Self.seed, limits: Self.limits, clock: clock)
        area.boothAssignments = clusterAllocation.boothAssignments
        let timetable = try Timetabler(seed: Self.seed, limits: Self.timetableLimits).solve(
            plan: input.briefing, publishedProgramme: SessionPlacement.programme(of: input.briefing),
            clock: clock)
        input.briefing = input.briefing.applying(timetable)
        if let fairVenue = input.fair.venue, let areaVenue = area.venue {
            input.floorPlans = [
                DemoInput.FloorPlan(
                    name: "\(DemoRunner.fairVenue)-phan-gian", venue: fairVenue,
                    renderer: AllocationFloorPlan.renderer(
                        for: input.fair, allocation: national, language: language)),
                DemoInput.FloorPlan(
                    name: "\(DemoRunner.briefingVenue)-khu-cum-thi-dua", venue: areaVenue,
                    renderer: AllocationFloorPlan.renderer(
                        for: area, allocation: clusterAllocation, language: language)),
            ]
            // One exhibitor's view, as its letter shows it: the first party with several booths.
            if let party = national.placements.first(where: { $0.booths.count > 1 })?.party {
                input.floorPlans.append(
                    DemoInput.FloorPlan(
                        name: "\(DemoRunner.fairVenue)-gian-cua-\(party.rawValue)", venue: fairVenue,
                        renderer: AllocationFloorPlan.renderer(
                            for: input.fair, allocation: national, language: language),
                        highlighting: party))
            }
        }
        input.sections = sections(
            national: national, cluster: clusterAllocation, clusterName: cluster, timetable: timetable,
            points: input.briefing.connectionPoints.count, language: language)
        let report = try DemoRunner.run(
            input, findingLimit: findingLimit, outputFolder: outputFolder, version: version, now: now,
            language: language)
        return Outcome(
            report: report,
            fairPlanFile: try Self.writePlan(input.fair, named: "hoi-cho", folder: outputFolder),
            briefingPlanFile: try Self.writePlan(input.briefing, named: "hoi-nghi", folder: outputFolder))
    }

    /// The sections after the plan summaries: both allocations and the timetable.
    func sections(
        national: BoothAllocation, cluster: BoothAllocation, clusterName: String, timetable: TimetableResult,
        points: Int, language: Language
    ) -> [String] {
        [
            WorkflowMessage.demoNationalHall.text(language) + "\n"
                + SolvingRendering.summary(national, language: language),
            WorkflowMessage.demoClusterArea(booths: 30, cluster: clusterName).text(language) + "\n"
                + SolvingRendering.summary(cluster, language: language) + "\n"
                + cluster.unplaced.map {
                    "  \($0.waitingListPosition). \($0.name): \($0.reason.text(language))"
                }
                .joined(separator: "\n"),
            WorkflowMessage.demoBriefing(points: points).text(language) + "\n"
                + SolvingRendering.summary(timetable, language: language),
        ]
    }

    /// Writes one of the demo's plan files into `folder` (`Exports/demo` by default), replacing an
    /// earlier one, and returns its path.
    static func writePlan(_ plan: Plan, named stem: String, folder: String?) throws -> String {
        let name = "\(stem).\(PlanStore.fileExtension)"
        // The demo's plan file of an earlier run is removed first: outputs never write over a
        // database, and this one is the demo's own.
        let target =
            folder.map { "\($0)/\(name)" }
            ?? URL(fileURLWithPath: ExportLocation.defaultFolder, isDirectory: true)
            .appendingPathComponent("demo", isDirectory: true).appendingPathComponent(name).path
        if ExportLocation.holdsDatabase(target) {
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: target + suffix) {
                try FileManager.default.removeItem(atPath: target + suffix)
            }
        }
        let base = try folder.map {
            try ExportLocation.folder(explicit: $0, name: "demo", option: "--output")
        }
        let path = try ExportLocation.path(
            explicit: base.map { "\($0)/\(name)" }, subfolder: "demo", name: name)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        let store = try PlanStore.create(at: path, plan: plan)
        try store.close()
        return path
    }
}
