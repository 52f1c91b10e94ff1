import Planning

extension ExportsMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .publishedExported(let kind, let version):
            "Xuất \(Self.vietnameseNoun(kind)) đã công bố, phiên bản \(version) "
                + "(dùng --draft để xuất kế hoạch đang làm)."
        case .workingPlanExported(let kind):
            "Chưa công bố \(Self.vietnameseNoun(kind)) nào: xuất theo kế hoạch đang làm (chưa công bố)."
        case .totalWithoutWithdrawn: "Tổng (không kể đã rút)"
        case .error(.statusNeedsExhibitors):
            "--status chỉ dùng với danh sách exhibitors (đơn vị tham gia và gian hàng) hoặc all."
        }
    }

    /// The kind of publication inside a sentence: «sơ đồ gian hàng», «chương trình».
    static func vietnameseNoun(_ kind: PublicationKind) -> String {
        switch kind {
        case .boothPlan: "sơ đồ gian hàng"
        case .programme: "chương trình"
        }
    }
}
