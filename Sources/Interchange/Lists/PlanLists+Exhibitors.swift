import Planning
import Sheets

extension PlanLists {
    /// Danh sách đơn vị tham gia và gian hàng: STT | Đơn vị tham gia | Tỉnh/TP | Cụm thi đua |
    /// Số gian đăng ký | Gian hàng | Tổ chức cùng gian | Số sản phẩm | Dịch vụ cần.
    ///
    /// Sorted by cluster, province, then party name in Vietnamese order.
    func exhibitors() -> Sheet {
        let requests = Dictionary(grouping: plan.boothRequests, by: \.party)
        let booths = Dictionary(grouping: plan.boothAssignments, by: \.party)
        let organisations = Dictionary(plan.organisations.map { ($0.id, $0) }) { first, _ in first }
        let sorted = plan.parties.sorted { lhs, rhs in
            let keys = [
                (lhs.cluster ?? "", rhs.cluster ?? ""),
                (plan.province(of: lhs)?.officialName ?? "", plan.province(of: rhs)?.officialName ?? ""),
                (lhs.name, rhs.name),
            ]
            for (a, b) in keys where a != b {
                return VietnameseCollation.areInIncreasingOrder(a, b)
            }
            return lhs.id < rhs.id
        }
        let rows: [[CellValue]] = sorted.map { party in
            let partyRequests = requests[party.id] ?? []
            let wanted = partyRequests.reduce(0) { $0 + $1.boothsWanted }
            let sharing = partyRequests.flatMap(\.sharingOrganisations).compactMap { organisations[$0]?.name }
            let products = Set(partyRequests.flatMap(\.products)).count
            let services = Set(partyRequests.flatMap(\.servicesNeeded)).sorted().map(\.vietnameseName)
            let assigned = (booths[party.id] ?? []).map(\.booth).sorted()
            return [
                .text(party.name), (plan.province(of: party)?.officialName).cell, party.cluster.cell,
                .integer(wanted),
                assigned.isEmpty ? .text("Chưa phân") : .text(assigned.joined(separator: ", ")),
                .text(sharing.joined(separator: "\n")), .integer(products),
                .text(services.joined(separator: ", ")),
            ]
        }
        return Sheet(
            name: ListKind.exhibitors.sheetName,
            columns: [
                Column("STT", widthCentimetres: 1.2), Column("Đơn vị tham gia", widthCentimetres: 6.5),
                Column("Tỉnh/TP", widthCentimetres: 3.2), Column("Cụm thi đua", widthCentimetres: 5.5),
                Column("Số gian đăng ký", widthCentimetres: 2.5), Column("Gian hàng", widthCentimetres: 4),
                Column("Tổ chức cùng gian", widthCentimetres: 8),
                Column("Số sản phẩm", widthCentimetres: 2.2),
                Column("Dịch vụ cần", widthCentimetres: 3.5),
            ],
            title: title(.exhibitors), autoFilter: true, rows: Self.numbered(rows))
    }
}
