extension ProgrammeChanges {
    /// The change log in Vietnamese, one line per item, to send to connection points.
    ///
    /// A heading names the versions compared; then sessions moved (old time and room → new),
    /// sessions added and sessions removed; "Không có thay đổi." when nothing changed.
    public func rendered() -> String {
        var lines = [
            "\(PublicationKind.programme.vietnameseName): thay đổi "
                + ChangeLogText.span(from: fromVersion, to: toVersion)
        ]
        guard !isEmpty else {
            lines.append("Không có thay đổi.")
            return lines.joined(separator: "\n")
        }
        if !moved.isEmpty {
            lines.append("Nội dung đổi giờ hoặc phòng (\(moved.count)):")
            for move in moved {
                let before = ChangeLogText.slot(move.from.time, room: move.from.room)
                let after = ChangeLogText.slot(move.to.time, room: move.to.room)
                lines.append("  • \(move.to.title): \(before) → \(after)")
            }
        }
        if !added.isEmpty {
            lines.append("Nội dung mới (\(added.count)):")
            lines += added.map { "  • \($0.title): \(ChangeLogText.slot($0.time, room: $0.room))" }
        }
        if !removed.isEmpty {
            lines.append("Nội dung bỏ khỏi chương trình (\(removed.count)):")
            lines += removed.map {
                "  • \($0.title) (trước đây: \(ChangeLogText.slot($0.time, room: $0.room)))"
            }
        }
        return lines.joined(separator: "\n")
    }
}
