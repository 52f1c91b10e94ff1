import Interchange
import Planning
import Scheduler

/// The demo's planning step: allocates the national hall and the regional cluster's 30-booth area,
/// colours their floor plans by province with the waiting list beside them, and timetables the
/// hybrid briefing.
enum DemoPreparation {
    /// The demo's fixed seed and a search budget that keeps the demo quick.
    static let seed: UInt64 = 2026
    static let limits = SearchLimits(timeBudget: .seconds(5), maximumIterations: 3_000)
    static let timetableLimits = SearchLimits(timeBudget: .seconds(5), maximumIterations: 1_500)

    /// The samples, allocated.
    static func prepare() throws -> DemoInput {
        var input = try DemoInput.samples()
        let national = try BoothAllocationRun.allocate(input.fair, seed: seed, limits: limits)
        input.fair.boothAssignments = national.boothAssignments
        var area = try BoothAllocationRun.restricted(input.fair, toCluster: SampleData.regionalCluster)
        area.venue = input.briefing.venue
        let cluster = try BoothAllocationRun.allocate(area, seed: seed, limits: limits)
        area.boothAssignments = cluster.boothAssignments
        let timetable = try SessionScheduleRun.schedule(input.briefing, seed: seed, limits: timetableLimits)
        input.briefing = input.briefing.applying(timetable)
        input.floorPlans = [
            DemoInput.FloorPlan(
                name: "\(DemoRunner.fairVenue)-phan-gian", venue: input.fair.venue!,
                renderer: BoothAllocationRun.renderer(for: input.fair, allocation: national)),
            DemoInput.FloorPlan(
                name: "\(DemoRunner.briefingVenue)-khu-cum-thi-dua", venue: area.venue!,
                renderer: BoothAllocationRun.renderer(for: area, allocation: cluster)),
        ]
        input.sections = [
            "PHÂN GIAN HÀNG — NHÀ TRIỂN LÃM QUỐC GIA\n" + BoothAllocationRun.summary(national),
            "PHÂN GIAN HÀNG — KHU CỤM THI ĐUA (30 gian, \(SampleData.regionalCluster))\n"
                + BoothAllocationRun.summary(cluster)
                + "\n"
                + cluster.unplaced.map { "  \($0.waitingListPosition). \($0.name): \($0.reason.message)" }
                .joined(separator: "\n"),
            "XẾP LỊCH HỘI NGHỊ TRỰC TUYẾN (\(input.briefing.connectionPoints.count) điểm cầu)\n"
                + SessionScheduleRun.summary(timetable),
        ]
        return input
    }
}
