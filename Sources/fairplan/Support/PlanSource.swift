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
    /// Booths of parties left out of this run (another cluster's), kept when saving.
    var keptAssignments: [BoothAssignment] = []

    /// Leaves out of the allocation the parties that may not have booths: withdrawn ones always,
    /// and, in a plan file, those still pending confirmation (their names are returned, to say so).
    mutating func keepAllocatableParties() -> [String] {
        let excluded = plan.parties.filter { party in
            party.registrationStatus == .withdrawn || (store != nil && party.registrationStatus == .pending)
        }
        guard !excluded.isEmpty else { return [] }
        let ids = Set(excluded.map(\.id))
        let held = plan.boothAssignments.filter { ids.contains($0.party) && $0.state == .held }
        keptAssignments += held
        // Booths held for a pending party stay theirs: not the allocator's to give.
        plan = plan.blockingBooths(Set(held.map(\.booth)))
        plan.parties.removeAll { ids.contains($0.id) }
        plan.boothRequests.removeAll { ids.contains($0.party) }
        plan.boothAssignments.removeAll { ids.contains($0.party) }
        return excluded.filter { $0.registrationStatus == .pending }.map(\.name)
    }

    /// Narrows the run to one emulation cluster; the other parties' booths are kept as they are.
    mutating func restrict(toCluster cluster: String) throws {
        let restricted = try BoothAllocationRun.restricted(plan, toCluster: cluster)
        let ids = Set(restricted.parties.map(\.id))
        keptAssignments += plan.boothAssignments.filter { !ids.contains($0.party) }
        plan = restricted
    }

    /// Saves a booth allocation in the plan file (and publishes it with `--publish`); nothing for a
    /// sample.
    func save(_ allocation: BoothAllocation) throws {
        guard let store, !replacedVenue else { return }
        let result = try store.saveBoothPlan(
            keptAssignments + allocation.boothAssignments, waitlisting: allocation.unplaced.map(\.party),
            publishing: publish ? (note, ExportClock.now()) : nil)
        for (party, status) in result.changed.sorted(by: { $0.key < $1.key }) {
            let name = plan.party(party)?.name ?? party.rawValue
            print("  \(name): \(status.vietnameseName)")
        }
        if let version = result.version {
            print("Đã lưu và công bố sơ đồ gian hàng, phiên bản \(version).")
        } else {
            print("Đã lưu sơ đồ gian hàng vào tệp kế hoạch (chưa công bố; dùng --publish).")
        }
    }

    /// Saves the plan's timetable in the plan file (and publishes the programme with `--publish`);
    /// nothing for a sample.
    func saveTimetable() throws {
        guard let store, !replacedVenue else { return }
        let version = try store.saveTimetable(
            plan.sessions, publishing: publish ? (note, ExportClock.now()) : nil)
        if let version {
            print("Đã lưu và công bố chương trình, phiên bản \(version).")
        } else {
            print("Đã lưu lịch vào tệp kế hoạch (chưa công bố; dùng --publish).")
        }
    }
}
