import Foundation
import Interchange
import Planning
import Scheduler
import Store

/// A loaded plan and, when it came from a plan file, the store to save results in.
struct PlanSource {
    /// The plan.
    var plan: Plan
    /// The plan file, when the plan came from one.
    var store: PlanStore?
    /// Whether results are saved and published.
    var publish: Bool
    /// The note of the published version.
    var note: String?
    /// Whether the venue was replaced for this run (results are then not saved).
    var replacedVenue = false

    /// The single `*.fairplan` file in the current folder, nil when there is none; an error when
    /// there are several.
    static func discover() throws -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ".")) ?? []
        let plans = names.filter { $0.hasSuffix(".\(PlanStore.fileExtension)") }.sorted()
        guard plans.count <= 1 else {
            throw CommandFailure(
                "Có \(plans.count) tệp kế hoạch ở thư mục này (\(plans.joined(separator: ", "))): chọn một bằng --plan."
            )
        }
        return plans.first
    }

    /// Saves a booth allocation in the plan file (and publishes it with `--publish`); nothing for a
    /// sample.
    func save(_ allocation: BoothAllocation) throws {
        guard let store, !replacedVenue else { return }
        let result = try store.saveBoothPlan(
            allocation.boothAssignments, publishing: publish ? (note, ExportClock.now()) : nil)
        if let version = result.version {
            print("Đã lưu và công bố sơ đồ gian hàng, phiên bản \(version).")
        } else {
            print("Đã lưu sơ đồ gian hàng vào tệp kế hoạch (chưa công bố; dùng --publish).")
        }
    }
}
