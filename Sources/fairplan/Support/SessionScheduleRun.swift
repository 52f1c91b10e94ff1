import Foundation
import Planning
import Scheduler

/// Runs the timetabler on a plan and summarises its result.
enum SessionScheduleRun {
    /// Timetables the plan's sessions, keeping close to the programme the plan already has.
    static func schedule(
        _ plan: Plan, seed: UInt64, limits: SearchLimits,
        progress: (@Sendable (TimetableProgress) -> Void)? = nil
    ) throws -> TimetableResult {
        try Timetabler(seed: seed, limits: limits).solve(
            plan: plan, publishedProgramme: SessionPlacement.programme(of: plan), progress: progress)
    }

    /// Two lines: placed and unplaced sessions, the total score.
    static func summary(_ result: TimetableResult) -> String {
        var lines = [
            "Đã xếp \(result.timetable.count) phiên, \(result.unplaced.count) phiên chưa xếp được; "
                + "tổng điểm phạt \(result.score.total) (hạt giống \(result.seed)); xem --explain, --json."
        ]
        for session in result.unplaced {
            lines.append("  • \(session.title): \(session.reasons.map(\.message).joined(separator: "; "))")
        }
        return lines.joined(separator: "\n")
    }

    /// Checks a programme (the plan's sessions with their rooms and starts).
    static func check(_ plan: Plan) throws -> [TimetableIssue] {
        try TimetableChecker.check(plan: plan)
    }
}
