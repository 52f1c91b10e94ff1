/// The lists FairPlan hands out, each a sheet of a workbook or a file of its own.
public enum ListKind: String, CaseIterable, Sendable {
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

    /// The sheet name and default file name, in Vietnamese.
    public var sheetName: String {
        switch self {
        case .attendees: "Đại biểu"
        case .products: "Sản phẩm"
        case .exhibitors: "Gian hàng"
        case .programme: "Chương trình"
        case .summary: "Tổng hợp"
        }
    }

    /// The list's title row.
    public var title: String {
        switch self {
        case .attendees: "DANH SÁCH ĐẠI BIỂU"
        case .products: "DANH SÁCH SẢN PHẨM"
        case .exhibitors: "DANH SÁCH ĐƠN VỊ THAM GIA VÀ GIAN HÀNG"
        case .programme: "CHƯƠNG TRÌNH"
        case .summary: "TỔNG HỢP"
        }
    }
}
