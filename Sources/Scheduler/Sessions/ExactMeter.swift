/// Counts the exact method's decisions across its searches and reports every so many, so a
/// long proof shows it is alive (the console's progress page, the command's progress line).
final class ExactMeter {
    /// Decisions between reports.
    let every: Int
    /// Called with the decisions made so far and the most sessions a timetable found so far
    /// places (0 before the first).
    let report: (_ nodes: Int, _ placed: Int) -> Void
    /// Decisions made so far.
    private(set) var nodes = 0
    /// The most sessions placed by a timetable found so far.
    private var placed = 0

    /// A meter calling `report` every `every` decisions.
    init(every: Int, report: @escaping (_ nodes: Int, _ placed: Int) -> Void) {
        self.every = max(1, every)
        self.report = report
    }

    /// One decision, by a search whose best timetable so far places `placed` sessions.
    func tick(placed: Int) {
        nodes += 1
        self.placed = max(self.placed, placed)
        if nodes % every == 0 { report(nodes, self.placed) }
    }
}
