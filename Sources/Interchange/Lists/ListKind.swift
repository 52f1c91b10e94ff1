public import Planning

/// The lists FairPlan hands out, each a sheet of a workbook or a file of its own.
public enum ListKind: String, CaseIterable, Sendable, Codable {
    /// Danh sách đại biểu: attendees with connection point and role.
    case attendees
    /// Danh sách sản phẩm: products with OCOP stars, decision and validity.
    case products
    /// Danh sách đơn vị tham gia và gian hàng: exhibitors and their booths.
    case exhibitors
    /// Chương trình: sessions, times, rooms, linked connection points.
    case programme
    /// Tổng hợp: the summary an alliance reports.
    case summary

    /// The sheet name in `language`.
    public func sheetName(in language: Language) -> String {
        InterchangeMessage.listSheetName(self).text(language)
    }

    /// The list's title row in `language`.
    public func title(in language: Language) -> String {
        InterchangeMessage.listTitle(self).text(language)
    }

}
