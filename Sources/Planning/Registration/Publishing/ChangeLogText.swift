/// Phrases the change logs share.
enum ChangeLogText {
    /// "từ phiên bản 1 đến phiên bản 2", "từ phiên bản 2 đến bản hiện tại (chưa công bố)", ...
    static func span(from: Int?, to: Int?) -> String {
        let start = from.map { "từ phiên bản \($0)" } ?? "từ khi chưa công bố"
        let end = to.map { "đến phiên bản \($0)" } ?? "đến bản hiện tại (chưa công bố)"
        return "\(start) \(end)"
    }

    /// A session's time and room: "08:00–08:15 04/12/2026, Hội trường lớn", or "chưa xếp lịch".
    static func slot(_ range: TimeRange?, room: String?) -> String {
        let time = range.map(\.description) ?? "chưa xếp giờ"
        let place = room ?? "chưa xếp phòng"
        return "\(time), \(place)"
    }
}
