import Foundation
import Interchange
import Planning
import Scheduler

/// Runs the booth allocator on a plan and turns its result into outputs (summary, floor plan).
enum BoothAllocationRun {
    /// Allocates the plan's booths.
    static func allocate(
        _ plan: Plan, seed: UInt64, limits: SearchLimits,
        progress: (@Sendable (AllocationProgress) -> Void)? = nil
    ) throws -> BoothAllocation {
        let problem = try BoothAllocationProblem(plan: plan)
        return BoothAllocator.allocate(problem, seed: seed, limits: limits, progress: progress)
    }

    /// The plan with only the parties (and their requests and booths) of one emulation cluster,
    /// named with or without diacritics.
    static func restricted(_ plan: Plan, toCluster cluster: String) throws -> Plan {
        let key = VietnameseText.searchKey(cluster)
        let parties = plan.parties.filter { party in
            party.cluster.map {
                VietnameseText.searchKey($0) == key || VietnameseText.searchKey($0).contains(key)
            }
                ?? false
        }
        guard !parties.isEmpty else {
            let known = Set(plan.parties.compactMap(\.cluster)).sortedVietnamese()
            throw WorkflowError.notFound(
                kind: "cụm thi đua có đơn vị tham gia", written: cluster, suggestions: known)
        }
        let ids = Set(parties.map(\.id))
        var restricted = plan
        restricted.parties = parties
        restricted.boothRequests = plan.boothRequests.filter { ids.contains($0.party) }
        restricted.boothAssignments = plan.boothAssignments.filter { ids.contains($0.party) }
        // Booths other parties hold are not the cluster's to give.
        return restricted.blockingBooths(
            Set(plan.boothAssignments.filter { !ids.contains($0.party) }.map(\.booth)))
    }

    /// Checks a booth plan against the plan's parties, requests and venue.
    static func check(_ assignments: [BoothAssignment], in plan: Plan) throws -> BoothPlanCheck {
        BoothPlanChecker(problem: try BoothAllocationProblem(plan: plan, published: [])).check(assignments)
    }

    /// Two lines: placed, let, waiting; the total score.
    static func summary(_ allocation: BoothAllocation) -> String {
        """
        \(allocation.title): đã xếp \(allocation.placements.count) đơn vị vào \(allocation.boothsLet) gian, \
        \(allocation.unplaced.count) đơn vị trong danh sách chờ.
        Tổng điểm \(String(format: "%.2f", allocation.score.total)) (hạt giống \(allocation.seed)); \
        xem --explain để biết chi tiết, --json cho công cụ khác.
        """
    }

    /// The floor plan with booths coloured by province (one colour per province, legend by name)
    /// and the waiting list beside it.
    static func renderer(for plan: Plan, allocation: BoothAllocation) -> FloorPlanRenderer {
        let provinces = allocation.placements.map(\.province).uniqued().sortedVietnamese()
        let colours = Dictionary(
            uniqueKeysWithValues: provinces.enumerated().map { ($1, ProvincePalette.colour($0)) })
        var highlights: [String: BoothHighlight] = [:]
        for placement in allocation.placements {
            let short =
                placement.name.hasPrefix("Liên minh") && !placement.province.isEmpty
                ? placement.province : placement.name
            let caption = short.count > 14 ? String(short.prefix(13)) + "…" : short
            for (index, booth) in placement.booths.enumerated() {
                highlights[booth] = BoothHighlight(
                    fill: colours[placement.province] ?? "#ffffff", caption: index == 0 ? caption : nil,
                    legend: placement.province.isEmpty ? "Chưa rõ tỉnh" : placement.province)
            }
        }
        let waiting = allocation.unplaced.map { entry in
            "\(entry.waitingListPosition). \(entry.name) (\(entry.boothsWanted) gian): \(entry.reason.message)"
        }
        let notes =
            waiting.isEmpty
            ? [FloorPlanNote(title: "Mọi đơn vị đều đã được xếp gian", lines: [])]
            : [FloorPlanNote(title: "Chưa xếp được gian — danh sách chờ (\(waiting.count))", lines: waiting)]
        return FloorPlanRenderer(highlights: highlights, notes: notes)
    }

    /// Writes the coloured floor plan to an SVG file.
    static func writeFloorPlan(of plan: Plan, allocation: BoothAllocation, to path: String) throws {
        guard let venue = plan.venue else { return }
        let target = try ExportLocation.path(
            explicit: path, name: URL(fileURLWithPath: path).lastPathComponent)
        try SVGWriter.write(renderer(for: plan, allocation: allocation).drawing(of: venue), toFile: target)
    }
}

extension Sequence where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
