public import Planning

extension TimetableResult {

    /// A readable account for `--explain`: the method and what it proved, the timetable by day,
    /// the link tests, the score by component, every unplaced session with its reasons and, when
    /// not every session can be placed, the constraints that cannot all hold.
    public func rendered(in language: Language) -> String {
        func say(_ message: SchedulerMessage) -> String { message.text(language) }
        let total = timetable.count + unplaced.count
        var lines = [
            say(.timetableSummary(seed: seed, placed: timetable.count, sessions: total)),
            say(.timetableMethod(proof.method, nodes: proof.nodes, cutByTime: proof.stoppedByTime)),
            say(.timetableProof(proof.feasibility, mostPlaced: proof.mostPlaced, optimal: proof.optimal)),
        ]
        if let grid = proof.startGridMinutes,
            proof.optimal || proof.feasibility == .infeasible
                || (proof.mostPlaced && proof.feasibility == .unknown)
        {
            lines.append(say(.proofStartGrid(minutes: grid)))
        }
        var day: CalendarDate?
        for entry in timetable {
            if entry.start.date != day {
                day = entry.start.date
                lines.append("")
                lines.append(say(.timetableDay(entry.start.date)))
            }
            lines.append(
                "  "
                    + say(
                        .timetableEntry(
                            start: entry.start.time, end: entry.end.time, room: entry.roomName,
                            session: entry.title,
                            linkedPoints: entry.linkedPoints.count)))
        }
        if !linkTests.isEmpty {
            lines.append("")
            lines.append(say(.linkTestsHeading))
            for test in linkTests {
                let title = timetable.first { $0.session == test.session }?.title ?? test.session.rawValue
                lines.append(
                    "  "
                        + say(
                            .linkTestEntry(
                                point: test.pointName, start: test.start, end: test.end, session: title)))
            }
        }
        lines.append("")
        if let grid {
            for hard in [true, false] {
                lines.append(say(.gridScoreHeading(hard: hard, total: hard ? grid.hard : grid.soft)))
                for item in grid.components where item.component.isHard == hard {
                    lines.append(
                        "  - "
                            + say(
                                .gridScoreLine(
                                    item.component, value: item.value, weight: item.weight,
                                    penalty: item.penalty)))
                }
            }
        } else {
            lines.append(say(.penaltyHeading(total: score.total)))
        }
        for component in score.components {
            lines.append(
                "  - "
                    + say(
                        .penaltyComponent(
                            component.kind, value: component.value, weight: component.weight,
                            penalty: component.penalty)))
        }
        if !unplaced.isEmpty {
            lines.append("")
            lines.append(say(.unplacedSessionsHeading))
            for session in unplaced {
                lines.append("  «\(session.title)»")
                for reason in session.reasons { lines.append("    • \(reason.text(language))") }
            }
        }
        if !proof.conflict.isEmpty {
            lines.append("")
            lines.append(say(.conflictHeading(minimal: proof.conflictIsMinimal)))
            for constraint in proof.conflict { lines.append("  • \(constraint.text(language))") }
        }
        if let note = timeNote {
            lines.append("")
            lines.append(say(note))
        }
        return lines.joined(separator: "\n")
    }

    /// When the time budget cut the run short, the note saying so (the exact method's when it was
    /// the one cut, else the local search's); nil when the run ended on its own budgets and
    /// repeats for its seed.
    public var timeNote: SchedulerMessage? {
        if proof.stoppedByTime { return .exactStoppedByTime(nodes: proof.nodes) }
        return stoppedByTime ? .stoppedByTime(iterations: iterations) : nil
    }
}
