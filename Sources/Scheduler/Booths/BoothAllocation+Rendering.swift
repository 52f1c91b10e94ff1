public import Planning

extension BoothAllocation {

    /// The readable account printed by `--explain`: a summary line, the placed parties with their
    /// booths, the score by component (and, when given, the upper bound no plan can exceed with the
    /// share of it this plan reaches), and the waiting list with reasons.
    public func rendered(in language: Language, bound: BoothUpperBound? = nil) -> String {
        func say(_ message: SchedulerMessage) -> String { message.text(language) }
        var lines: [String] = []
        lines.append(say(.allocationTitle(title)))
        let parties =
            placements.count
            + unplaced.filter { entry in !placements.contains { $0.party == entry.party } }.count
        lines.append(
            say(
                .allocationSummary(
                    placed: placements.count, parties: parties, booths: boothsLet, waiting: unplaced.count)))
        lines.append(say(.allocationRun(seed: seed, iterations: iterations, stoppedBy: stoppedBy)))
        if !isRepeatable { lines.append(say(.allocationMayNotRepeat(iterations: iterations))) }
        lines.append("")
        lines.append(say(.placedPartiesHeading))
        var placed = TextTable(
            headers: [
                say(.columnNumber), say(.columnParty), say(.columnProvince), say(.columnBoothCount),
                say(.columnBooths), say(.columnZones),
            ],
            alignments: [.right, .left, .left, .right])
        for (index, placement) in placements.enumerated() {
            placed.append([
                String(index + 1),
                placement.fixed ? say(.partyWithFixedBooths(placement.name)) : placement.name,
                placement.province,
                String(placement.booths.count), placement.booths.joined(separator: ", "),
                placement.zones.joined(separator: ", "),
            ])
        }
        lines.append(placements.isEmpty ? "  " + say(.noneListed) : placed.rendered())
        lines.append("")
        lines.append(say(.scoreByComponentHeading))
        var table = TextTable(
            headers: [say(.columnComponent), say(.columnValue), say(.columnWeight), say(.columnPoints)],
            alignments: [.left, .right, .right, .right])
        for component in score.components {
            table.append([
                component.name(in: language), component.value.scoreText(in: language),
                component.weight.scoreText(in: language), component.weighted.scoreText(in: language),
            ])
        }
        table.append([say(.totalScoreRow), "", "", score.total.scoreText(in: language)])
        lines.append(table.rendered())
        if let bound {
            let gap = bound.gap(of: score.total)
            lines.append(
                say(
                    .upperBoundLine(
                        bound: bound.points.scoreText(in: language),
                        reached: ((1 - gap) * 100).scoreText(in: language),
                        gap: (gap * 100).scoreText(in: language))))
        }
        lines.append("")
        if unplaced.isEmpty {
            lines.append(say(.waitingListEmpty))
        } else {
            lines.append(say(.waitingListHeading))
            for entry in unplaced {
                lines.append(
                    "  "
                        + say(
                            .waitingListEntry(
                                position: entry.waitingListPosition, party: entry.name,
                                province: entry.province,
                                booths: entry.boothsWanted, reason: entry.reason)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
