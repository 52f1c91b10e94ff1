import Planning
import Workflow

/// The lines `register timeslot` and `remove timeslot` print: what changed, then the grid.
enum GridRendering {
    /// `message`, then the grid's heading and one line per timeslot.
    static func lines(
        _ message: WorkflowMessage, grid: [Timeslot], pauseMinutes: Int, language: Language
    ) -> [String] {
        var lines = [message.text(language)]
        lines.append(
            WorkflowMessage.timeslotGrid(count: grid.count, pauseMinutes: pauseMinutes).text(language))
        for slot in grid {
            lines.append(
                WorkflowMessage.timeslotLine(slot).text(language))
        }
        return lines
    }
}
