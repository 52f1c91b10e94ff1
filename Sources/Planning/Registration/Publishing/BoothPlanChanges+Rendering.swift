extension BoothPlanChanges {
    /// The change log in `language`, one line per item, to send to exhibitors.
    ///
    /// A heading names the versions compared; then moved parties (old booths → new booths), parties
    /// newly placed, parties no longer placed, booths freed and booths newly taken; "Không có thay
    /// đổi." ("No changes.") when nothing changed.
    public func rendered(in language: Language) -> String {
        var lines = [
            PlanningMessage.changeLogHeading(.boothPlan, from: fromVersion, to: toVersion).text(language)
        ]
        guard !isEmpty else {
            lines.append(PlanningMessage.noChanges.text(language))
            return lines.joined(separator: "\n")
        }
        if !moved.isEmpty {
            lines.append(PlanningMessage.partiesMoved(count: moved.count).text(language))
            for move in moved {
                lines.append(
                    "  • \(move.name): \(move.from.joined(separator: ", ")) → \(move.to.joined(separator: ", "))"
                )
            }
        }
        if !added.isEmpty {
            lines.append(PlanningMessage.partiesAdded(count: added.count).text(language))
            lines += added.map { "  • \($0.name): \($0.booths.joined(separator: ", "))" }
        }
        if !removed.isEmpty {
            lines.append(PlanningMessage.partiesRemoved(count: removed.count).text(language))
            lines += removed.map {
                let before = PlanningMessage.previously($0.booths.joined(separator: ", ")).text(language)
                return "  • \($0.name) (\(before))"
            }
        }
        if !boothsFreed.isEmpty {
            lines.append(PlanningMessage.boothsFreed(boothsFreed).text(language))
        }
        if !boothsTaken.isEmpty {
            lines.append(PlanningMessage.boothsTaken(boothsTaken).text(language))
        }
        return lines.joined(separator: "\n")
    }

}
