public import Planning
public import Scheduler

/// The short summaries of a search's result, shared by the demo and the front ends.
public enum SolvingRendering {
    /// Two lines: placed, let, waiting; the total score.
    public static func summary(_ allocation: BoothAllocation, language: Language) -> String {
        WorkflowMessage.allocationSummary(
            title: allocation.title, placed: allocation.placements.count, booths: allocation.boothsLet,
            waiting: allocation.unplaced.count, score: allocation.score.total, seed: allocation.seed
        ).text(language)
    }

    /// The placed and unplaced sessions, the penalty, each unplaced session's reasons, and a note
    /// when the time budget cut the run short (the result may then not repeat).
    public static func summary(_ result: TimetableResult, language: Language) -> String {
        var lines = [
            WorkflowMessage.timetableSummary(
                placed: result.timetable.count, unplaced: result.unplaced.count, penalty: result.score.total,
                seed: result.seed
            ).text(language)
        ]
        for session in result.unplaced {
            // Each reason is a sentence of its own: joined by spaces, never by «.;».
            let reasons = session.reasons.map { reason in
                let text = reason.text(language)
                return text.last.map { ".?!".contains($0) } == true ? text : text + "."
            }
            lines.append("  • \(session.title): \(reasons.joined(separator: " "))")
        }
        if let note = result.timeNote { lines.append(note.text(language)) }
        return lines.joined(separator: "\n")
    }
}
