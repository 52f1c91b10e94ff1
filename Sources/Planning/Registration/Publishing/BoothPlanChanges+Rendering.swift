extension BoothPlanChanges {
    /// The change log in Vietnamese, one line per item, to send to exhibitors.
    ///
    /// A heading names the versions compared; then moved parties (old booths → new booths), parties
    /// newly placed, parties no longer placed, booths freed and booths newly taken; "Không có thay
    /// đổi." when nothing changed.
    public func rendered() -> String {
        var lines = [
            "\(PublicationKind.boothPlan.vietnameseName): thay đổi "
                + ChangeLogText.span(from: fromVersion, to: toVersion)
        ]
        guard !isEmpty else {
            lines.append("Không có thay đổi.")
            return lines.joined(separator: "\n")
        }
        if !moved.isEmpty {
            lines.append("Đơn vị chuyển gian (\(moved.count)):")
            for move in moved {
                lines.append(
                    "  • \(move.name): \(move.from.joined(separator: ", ")) → \(move.to.joined(separator: ", "))"
                )
            }
        }
        if !added.isEmpty {
            lines.append("Đơn vị mới được xếp gian (\(added.count)):")
            lines += added.map { "  • \($0.name): \($0.booths.joined(separator: ", "))" }
        }
        if !removed.isEmpty {
            lines.append("Đơn vị không còn gian hàng (\(removed.count)):")
            lines += removed.map { "  • \($0.name) (trước đây: \($0.booths.joined(separator: ", ")))" }
        }
        if !boothsFreed.isEmpty {
            lines.append(
                "Gian hàng được trả lại (\(boothsFreed.count)): \(boothsFreed.joined(separator: ", "))")
        }
        if !boothsTaken.isEmpty {
            lines.append(
                "Gian hàng mới được phân (\(boothsTaken.count)): \(boothsTaken.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}
