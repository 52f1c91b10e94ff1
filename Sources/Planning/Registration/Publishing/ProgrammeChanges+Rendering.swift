extension ProgrammeChanges {
    /// The change log in `language`, one line per item, to send to connection points.
    ///
    /// A heading names the versions compared; then sessions moved (old time and room → new),
    /// sessions linked to other connection points (points linked, points no longer linked),
    /// sessions added and sessions removed; "Không có thay đổi." ("No changes.") when nothing
    /// changed.
    public func rendered(in language: Language) -> String {
        var lines = [
            PlanningMessage.changeLogHeading(.programme, from: fromVersion, to: toVersion).text(language)
        ]
        guard !isEmpty else {
            lines.append(PlanningMessage.noChanges.text(language))
            return lines.joined(separator: "\n")
        }
        func slot(_ entry: ProgrammeEntry) -> String {
            PlanningMessage.programmeSlot(time: entry.time, room: entry.room).text(language)
        }
        if !moved.isEmpty {
            lines.append(PlanningMessage.sessionsMoved(count: moved.count).text(language))
            for move in moved {
                lines.append("  • \(move.to.title): \(slot(move.from)) → \(slot(move.to))")
            }
        }
        if !relinked.isEmpty {
            lines.append(PlanningMessage.sessionsRelinked(count: relinked.count).text(language))
            for relink in relinked {
                var parts: [String] = []
                if !relink.linkedNames.isEmpty {
                    parts.append(PlanningMessage.pointsLinked(relink.linkedNames).text(language))
                }
                if !relink.unlinkedNames.isEmpty {
                    parts.append(PlanningMessage.pointsUnlinked(relink.unlinkedNames).text(language))
                }
                lines.append(
                    "  • \(relink.entry.title) (\(slot(relink.entry))): \(parts.joined(separator: "; "))")
            }
        }
        if !added.isEmpty {
            lines.append(PlanningMessage.sessionsAdded(count: added.count).text(language))
            lines += added.map { "  • \($0.title): \(slot($0))" }
        }
        if !removed.isEmpty {
            lines.append(PlanningMessage.sessionsRemoved(count: removed.count).text(language))
            lines += removed.map {
                "  • \($0.title) (\(PlanningMessage.previously(slot($0)).text(language)))"
            }
        }
        return lines.joined(separator: "\n")
    }

}
