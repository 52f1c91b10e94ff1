import Foundation
import Planning
import Sheets

extension PlanLists {
    /// Danh sách sản phẩm: STT | Tên sản phẩm | Chủ thể | Mã số HTX | Tỉnh/TP | Nhóm OCOP | Hạng sao |
    /// Số quyết định | Ngày quyết định | Hiệu lực đến | Tình trạng | Gian hàng.
    ///
    /// Sorted by province, owner, then product name in Vietnamese order. "Tình trạng" says whether
    /// the certificate is valid on the event's first day, so an expired one stands out.
    func products(in language: Language) -> Sheet {
        let booths = boothsByProduct()
        let firstDay = plan.event.firstDay
        let source = source
        let failure = RowsFailure()
        let open: @Sendable (Bool) throws -> ListRowCursor<ProductEntry> = { try source.products(sorted: $0) }
        let row: @Sendable (ProductEntry) -> [CellValue] = { entry in
            let product = entry.product
            let owner = entry.owner
            let recognition = product.recognition
            let status: String
            if let recognition, let firstDay {
                status =
                    recognition.hasRecognisedStars
                    ? recognition.status(on: firstDay).name(language)
                    : InterchangeMessage.notRecognised.text(language)
            } else {
                status = recognition == nil ? InterchangeMessage.noCertificate.text(language) : ""
            }
            return [
                .text(product.name), (owner?.name).cell, (owner?.registrationCode).cell,
                (owner?.province.officialName).cell, (product.classification?.name(.vietnamese)).cell,
                recognition.map { .integer($0.stars) } ?? .empty, (recognition?.decisionNumber).cell,
                recognition?.decisionDate.cell ?? .empty, recognition?.validUntil.cell ?? .empty,
                .text(status),
                (booths[product.id]?.joined(separator: ", ")).cell,
            ]
        }
        var sheet = Sheet(
            name: ListKind.products.sheetName(in: language),
            columns: Self.columns(
                [
                    (.number, 1.2), (.productName, 6), (.owner, 6.5), (.registrationCode, 3.2),
                    (.province, 3.2),
                    (.ocopGroup, 5.5), (.stars, 1.8), (.decisionNumber, 3.5), (.decisionDate, 2.8),
                    (.validUntil, 2.8), (.certificateStatus, 3.2), (.booths, 2.5),
                ], in: language),
            title: title(.products, in: language), autoFilter: true,
            rows: Self.streamed(failure, sorted: true, open: open, row: row),
            rowsFailure: { failure.failure })
        sheet.measuringRows = Self.streamed(failure, sorted: false, open: open, row: row)
        return sheet
    }

    /// The booths where each product is shown: its party's assigned booths (a withdrawn party shows
    /// nothing).
    func boothsByProduct() -> [Identifier<Product>: [String]] {
        let active = plan.withoutWithdrawnRegistrations
        let byParty = Dictionary(grouping: active.boothAssignments, by: \.party).mapValues {
            $0.map(\.booth).sorted()
        }
        var result: [Identifier<Product>: [String]] = [:]
        for request in active.boothRequests {
            guard let booths = byParty[request.party], !booths.isEmpty else { continue }
            for product in request.products { result[product, default: []] += booths }
        }
        return result
    }
}
