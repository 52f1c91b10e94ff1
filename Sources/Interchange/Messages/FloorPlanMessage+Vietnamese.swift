import Planning

extension FloorPlanMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .subtitle(let venue, let first, let last):
            "Sơ đồ gian hàng · \(venue)" + (Self.vietnameseDates(first, last).map { " · \($0)" } ?? "")
        case .publishedVersion(let number, let at):
            "Phương án gian hàng phiên bản \(number)" + (at.map { ", công bố lúc \($0)" } ?? "")
        case .draftVersion: "Phương án gian hàng: bản nháp (chưa công bố)"
        case .boothsOf(let party, let booths): "Gian hàng của \(party): \(booths.joined(separator: ", "))"
        case .noBoothsFor(let party): "\(party) chưa có gian hàng trong phương án này"
        case .scaleCaption: "Thước tỷ lệ"
        case .metres(let value): "\(value.formatted) m"
        case .indexTitle(let exhibitors): "Bảng tra gian hàng (\(exhibitors) đơn vị)"
        case .indexEntry(let booths, let name, let province):
            "\(booths) · \(name)" + (province.map { " (\($0))" } ?? "")
        case .legendZones: "Khu vực"
        case .legendPartyColours: "Màu gian: mỗi đơn vị một màu (xem bảng tra)"
        case .legendHighlighted(let party): "Gian của \(party)"
        case .legendOthers: "Gian của đơn vị khác"
        case .heldBy(let name, let province): "Đơn vị: \(name)" + (province.map { " (\($0))" } ?? "")
        case .converterMissing(let format):
            "Chưa ghi được sơ đồ dạng \(format.uppercased()): cần cài rsvg-convert (gói librsvg2-bin); "
                + "tệp SVG cùng tên vẫn được ghi."
        case .converterFailed(let tool, let detail): "\(tool) không chuyển được sơ đồ: \(detail)"
        case .unknownPictureFormat(let format):
            "Không ghi được sơ đồ dạng «\(format)»: chọn svg, png hoặc pdf."
        }
    }

    /// «12/10/2026 – 15/10/2026», or one day.
    static func vietnameseDates(_ first: CalendarDate?, _ last: CalendarDate?) -> String? {
        guard let first else { return nil }
        guard let last, last != first else { return "ngày \(first.vietnamese)" }
        return "từ \(first.vietnamese) đến \(last.vietnamese)"
    }
}
