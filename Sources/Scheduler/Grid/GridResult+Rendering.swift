public import Planning

extension GridResult {
    /// A readable account for `--explain`: the run, then every hard rule and every soft goal by
    /// name with its value, weight and penalty, and the totals.
    public func rendered(in language: Language) -> String {
        func say(_ message: SchedulerMessage) -> String { message.text(language) }
        var lines = [say(.gridSummary(sessions: cells.count, seed: seed, iterations: iterations))]
        if stoppedByTime { lines.append(say(.stoppedByTime(iterations: iterations))) }
        for hard in [true, false] {
            let part = score.components.filter { $0.component.isHard == hard }
            lines.append(say(.gridScoreHeading(hard: hard, total: hard ? score.hard : score.soft)))
            for item in part {
                lines.append(
                    "  "
                        + say(
                            .gridScoreLine(
                                item.component, value: item.value, weight: item.weight, penalty: item.penalty)
                        ))
            }
        }
        return lines.joined(separator: "\n")
    }
}
