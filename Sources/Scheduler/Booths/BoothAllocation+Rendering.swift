import Planning

extension BoothAllocation {
    /// The readable Vietnamese account printed by `--explain`: placed parties with their booths,
    /// the score by component, and the waiting list with reasons.
    public var explanation: String { rendered() }

    /// The account as text: a summary line, the placed parties, the score by component, the
    /// waiting list.
    public func rendered() -> String {
        var lines: [String] = []
        lines.append("Phân gian hàng: \(title)")
        let parties =
            placements.count
            + unplaced.filter { entry in !placements.contains { $0.party == entry.party } }.count
        lines.append(
            "Đã xếp \(placements.count)/\(parties) đơn vị vào \(boothsLet) gian; \(unplaced.count) đơn vị trong danh sách chờ."
        )
        lines.append(
            "Hạt giống \(seed), \(iterations) vòng tìm kiếm, dừng vì \(stoppedBy.vietnameseName).")
        lines.append("")
        lines.append("Đơn vị đã xếp gian:")
        var placed = TextTable(
            headers: ["STT", "Đơn vị", "Tỉnh/TP", "Số gian", "Gian hàng", "Khu"],
            alignments: [.right, .left, .left, .right])
        for (index, placement) in placements.enumerated() {
            placed.append([
                String(index + 1), placement.name + (placement.fixed ? " (giữ/ghim)" : ""),
                placement.province,
                String(placement.booths.count), placement.booths.joined(separator: ", "),
                placement.zones.joined(separator: ", "),
            ])
        }
        lines.append(placements.isEmpty ? "  (không có)" : placed.rendered())
        lines.append("")
        lines.append("Điểm theo thành phần:")
        var table = TextTable(
            headers: ["Thành phần", "Giá trị", "Trọng số", "Điểm"],
            alignments: [.left, .right, .right, .right])
        for component in score.components {
            table.append([
                component.name, component.value.scoreText, component.weight.scoreText,
                component.weighted.scoreText,
            ])
        }
        table.append(["Tổng điểm", "", "", score.total.scoreText])
        lines.append(table.rendered())
        lines.append("")
        if unplaced.isEmpty {
            lines.append("Danh sách chờ: không có, mọi đơn vị đều đã được xếp gian.")
        } else {
            lines.append("Danh sách chờ:")
            for entry in unplaced {
                lines.append(
                    "  \(entry.waitingListPosition). \(entry.name) (\(entry.province), cần \(entry.boothsWanted) gian): \(entry.reason.message)"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
