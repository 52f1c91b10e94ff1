import Foundation
import Planning
import Sheets

extension PlanLists {
    /// Danh sách sản phẩm: STT | Tên sản phẩm | Chủ thể | Mã số HTX | Tỉnh/TP | Nhóm OCOP | Hạng sao |
    /// Số quyết định | Ngày quyết định | Hiệu lực đến | Tình trạng | Gian hàng.
    ///
    /// Sorted by province, owner, then product name in Vietnamese order. "Tình trạng" says whether
    /// the certificate is valid on the event's first day, so an expired one stands out.
    func products() -> Sheet {
        let organisations = Dictionary(plan.organisations.map { ($0.id, $0) }) { first, _ in first }
        let booths = boothsByProduct()
        let firstDay = plan.event.firstDay
        let sorted = plan.products.sorted { lhs, rhs in
            let left = organisations[lhs.owner]
            let right = organisations[rhs.owner]
            let keys = [
                (left?.province.officialName ?? "", right?.province.officialName ?? ""),
                (left?.name ?? "", right?.name ?? ""), (lhs.name, rhs.name),
            ]
            for (a, b) in keys where VietnameseCollation.compare(a, b) != .orderedSame {
                return VietnameseCollation.areInIncreasingOrder(a, b)
            }
            return lhs.id < rhs.id
        }
        let rows: [[CellValue]] = sorted.map { product in
            let owner = organisations[product.owner]
            let recognition = product.recognition
            let status: String
            if let recognition, let firstDay {
                status =
                    recognition.hasRecognisedStars
                    ? recognition.status(on: firstDay).vietnameseLabel : "Không được công nhận"
            } else {
                status = recognition == nil ? "Chưa có chứng nhận" : ""
            }
            return [
                .text(product.name), (owner?.name).cell, (owner?.registrationCode?.description).cell,
                (owner?.province.officialName).cell, (product.classification?.displayName).cell,
                recognition.map { .integer($0.stars) } ?? .empty, (recognition?.decisionNumber).cell,
                recognition?.decisionDate.cell ?? .empty, recognition?.validUntil.cell ?? .empty,
                .text(status),
                (booths[product.id]?.joined(separator: ", ")).cell,
            ]
        }
        return Sheet(
            name: ListKind.products.sheetName,
            columns: [
                Column("STT", widthCentimetres: 1.2), Column("Tên sản phẩm", widthCentimetres: 6),
                Column("Chủ thể", widthCentimetres: 6.5), Column("Mã số HTX", widthCentimetres: 3.2),
                Column("Tỉnh/TP", widthCentimetres: 3.2), Column("Nhóm OCOP", widthCentimetres: 5.5),
                Column("Hạng sao", widthCentimetres: 1.8), Column("Số quyết định", widthCentimetres: 3.5),
                Column("Ngày quyết định", widthCentimetres: 2.8),
                Column("Hiệu lực đến", widthCentimetres: 2.8),
                Column("Tình trạng", widthCentimetres: 3.2), Column("Gian hàng", widthCentimetres: 2.5),
            ],
            title: title(.products), autoFilter: true, rows: Self.numbered(rows))
    }

    /// The booths where each product is shown: its party's assigned booths.
    func boothsByProduct() -> [Identifier<Product>: [String]] {
        let byParty = Dictionary(grouping: plan.boothAssignments, by: \.party).mapValues {
            $0.map(\.booth).sorted()
        }
        var result: [Identifier<Product>: [String]] = [:]
        for request in plan.boothRequests {
            guard let booths = byParty[request.party], !booths.isEmpty else { continue }
            for product in request.products { result[product, default: []] += booths }
        }
        return result
    }
}
