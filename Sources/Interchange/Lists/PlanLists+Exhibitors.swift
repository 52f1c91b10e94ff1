import Planning
import Sheets

extension PlanLists {
    /// Danh sách đơn vị tham gia và gian hàng: STT | Đơn vị tham gia | Trạng thái | Tỉnh/TP |
    /// Cụm thi đua | Số gian đăng ký | Gian hàng | Tổ chức cùng gian | Số sản phẩm | Dịch vụ cần.
    ///
    /// Every party with its registration status in `language` (only those of ``partyStatus``
    /// when set), sorted by cluster, province, then party name in Vietnamese order.
    func exhibitors(in language: Language) -> Sheet {
        let requests = Dictionary(grouping: plan.boothRequests, by: \.party)
        let booths = Dictionary(grouping: plan.boothAssignments, by: \.party)
        let organisations = Dictionary(plan.organisations.map { ($0.id, $0) }) { first, _ in first }
        let listed = plan.parties.filter { party in
            partyStatus.map { party.registrationStatus == $0 } ?? true
        }
        let sorted = listed.sortedVietnamese(
            byTexts: { [$0.cluster ?? "", lookup.province(of: $0)?.officialName ?? "", $0.name] }, then: \.id)
        let rows: [[CellValue]] = sorted.map { party in
            let partyRequests = requests[party.id] ?? []
            let wanted = partyRequests.reduce(0) { $0 + $1.boothsWanted }
            let sharing = partyRequests.flatMap(\.sharingOrganisations).compactMap { organisations[$0]?.name }
            let products = Set(partyRequests.flatMap(\.products)).count
            let services = Set(partyRequests.flatMap(\.servicesNeeded)).sorted().map { $0.name(language) }
            let assigned = (booths[party.id] ?? []).map(\.booth).sorted()
            return [
                .text(party.name), .text(party.registrationStatus.name(language)),
                (lookup.province(of: party)?.officialName).cell, party.cluster.cell,
                .integer(wanted),
                assigned.isEmpty
                    ? .text(InterchangeMessage.notAssigned.text(language))
                    : .text(assigned.joined(separator: ", ")),
                .text(sharing.joined(separator: "\n")), .integer(products),
                .text(services.joined(separator: ", ")),
            ]
        }
        return Sheet(
            name: ListKind.exhibitors.sheetName(in: language),
            columns: Self.columns(
                [
                    (.number, 1.2), (.party, 6.5), (.registrationStatus, 3.2), (.province, 3.2),
                    (.cluster, 5.5), (.boothsRequested, 2.5), (.booths, 4), (.sharingOrganisations, 8),
                    (.productCount, 2.2), (.servicesNeeded, 3.5),
                ], in: language),
            title: title(.exhibitors, in: language), autoFilter: true, rows: Self.numbered(rows))
    }
}
