import Planning
import Sheets

extension PlanLists {
    /// Tổng hợp: organisations by province and kind, products by category with percentages, and
    /// booths by zone, one block under the other with a heading row each.
    func summary() -> Sheet {
        let summary = PlanSummary(plan: plan)
        var rows: [[CellValue]] = [[.text("1. Tổ chức theo tỉnh/thành phố và loại hình")]]
        let kinds = OrganisationKind.allCases.filter { kind in
            summary.provinces.contains { $0.byKind[kind] != nil }
        }
        rows.append([.text("Tỉnh/TP")] + kinds.map { .text($0.vietnameseName) } + [.text("Tổng")])
        for row in summary.provinces {
            rows.append(
                [.text(row.province)] + kinds.map { .integer(row.byKind[$0] ?? 0) } + [.integer(row.total)])
        }
        rows.append([.empty])
        rows.append([.text("2. Sản phẩm theo nhóm")])
        rows.append([.text("Nhóm sản phẩm"), .text("Số lượng"), .text("Tỷ lệ")])
        for share in summary.categories {
            rows.append([.text(share.label), .integer(share.count), .percentage(Double(share.percent) / 100)])
        }
        rows.append([.empty])
        rows.append([.text("3. Gian hàng theo khu")])
        rows.append([.text("Khu"), .text("Số gian"), .text("Đã phân")])
        if let venue = plan.venue {
            let assigned = Set(plan.boothAssignments.map(\.booth))
            let byZone = Dictionary(grouping: venue.booths) { booth in
                booth.zone.flatMap { venue.zone(id: $0)?.name } ?? "Không thuộc khu"
            }
            for zone in byZone.keys.sortedVietnamese() {
                let booths = byZone[zone] ?? []
                rows.append([
                    .text(zone), .integer(booths.count),
                    .integer(booths.filter { assigned.contains($0.code) }.count),
                ])
            }
        } else {
            rows.append([.text("Chưa chọn địa điểm"), .integer(summary.boothsRequested)])
        }
        let width = max(4, kinds.count + 2)
        return Sheet(
            name: ListKind.summary.sheetName,
            columns: [Column("Nội dung", widthCentimetres: 7)]
                + (1..<width).map { _ in Column("", widthCentimetres: 3.5) },
            title: title(.summary), freezeHeader: false,
            rows: rows.map { $0 + Array(repeating: CellValue.empty, count: max(0, width - $0.count)) })
    }
}
