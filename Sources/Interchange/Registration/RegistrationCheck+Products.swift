import Planning
import Sheets

extension RegistrationCheck {
    /// The products of the Sản phẩm sheets, with their owners resolved and OCOP recognitions read.
    mutating func parseProducts(index: OrganisationIndex) -> [ParsedRow<Product>] {
        var parsed: [ParsedRow<Product>] = []
        for rowIndex in rows[.products, default: []].indices {
            var row = rows[.products]![rowIndex]
            defer { rows[.products]![rowIndex] = row }
            let name = row.required(.productName)
            let owner = row.required(.productOwner).flatMap {
                resolve($0, field: .productOwner, index: index, row: &row, required: true)
            }
            var classification: OCOPClassification?
            if let written = row.text(.productSet) {
                classification = OCOPCatalogue.classify(written)
                let candidates = classification == nil ? OCOPCatalogue.productSets(matching: written) : []
                if candidates.count == 1 {
                    classification = .productSet(candidates[0].number)
                    row.report(
                        .info, .productSet,
                        "«\(written)» được hiểu là bộ sản phẩm số \(candidates[0].number): \(candidates[0].name)."
                    )
                } else if candidates.count > 1 {
                    let listed = candidates.map { "số \($0.number) «\($0.name)»" }.joined(separator: " hoặc ")
                    row.report(
                        .error, .productSet,
                        "«\(written)» có thể là bộ sản phẩm \(listed): hãy ghi đúng tên hoặc số bộ.")
                } else if classification == nil {
                    row.report(
                        .error, .productSet,
                        "Không nhận ra bộ sản phẩm «\(written)»: ghi tên bộ theo QĐ 148/QĐ-TTg (xem trang "
                            + "Bộ sản phẩm OCOP), «Bộ sản phẩm số N» hoặc «Phân nhóm N» (QĐ 1048/QĐ-TTg).")
                }
            }
            let product = Product(
                id: Identifier(identifiers.make(prefix: "sp", from: name ?? "")), name: name ?? "",
                owner: owner ?? Identifier(""), classification: classification,
                recognition: recognition(&row), needsColdChain: row.flag(.coldChain))
            parsed.append(ParsedRow(row: rowIndex, entity: product))
        }
        return parsed
    }

    /// The OCOP recognition of a product row: none when stars, decision number and date are all
    /// empty; all three are needed otherwise.
    private func recognition(_ row: inout RegistrationRow) -> OCOPRecognition? {
        let stars = row.stars(.stars)
        let number = row.text(.decisionNumber)
        let date = row.date(.decisionDate)
        let level = row.word(
            .issuingLevel, in: RegistrationVocabulary.issuingLevels,
            expected: "Cấp huyện, Cấp tỉnh hoặc Trung ương")
        let validUntil = row.date(.validUntil)
        let anyGiven =
            row.raw(.stars) != .empty || row.raw(.decisionNumber) != .empty
            || row.raw(.decisionDate) != .empty
        guard anyGiven else { return nil }
        let missing: [(RegistrationField, Bool)] = [
            (.stars, row.raw(.stars) == .empty), (.decisionNumber, number == nil),
            (.decisionDate, row.raw(.decisionDate) == .empty),
        ]
        for (field, isMissing) in missing where isMissing {
            row.report(
                .error, field,
                "Thiếu «\(field.header)»: sản phẩm OCOP cần đủ số sao, số và ngày quyết định công nhận "
                    + "(để trống cả ba nếu chưa được công nhận).")
        }
        guard let stars, let number, let date else { return nil }
        return OCOPRecognition(
            stars: stars, decisionNumber: number, decisionDate: date, issuingBody: row.text(.issuingBody),
            issuingLevel: level, productCode: row.text(.productCode), statedValidUntil: validUntil)
    }

    /// The organisation a product or delegate names; reports it when unknown or ambiguous.
    func resolve(
        _ written: String, field: RegistrationField, index: OrganisationIndex, row: inout RegistrationRow,
        required: Bool
    ) -> Identifier<Organisation>? {
        switch index.lookup(written) {
        case .found(let id, _):
            return id
        case .ambiguous(let names):
            row.report(
                .error, field,
                "«\(written)» trùng tên với \(names.count) tổ chức (\(names.joined(separator: "; "))): "
                    + "hãy ghi mã số HTX/MST.")
            return nil
        case .notFound(let suggestions):
            let hint = suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: "; "))?"
            if required {
                row.report(
                    .error, field,
                    "Không tìm thấy tổ chức «\(written)» ở trang Tổ chức hay trong kế hoạch.\(hint)")
            } else {
                row.report(
                    .warning, field,
                    "Không tìm thấy tổ chức «\(written)» ở trang Tổ chức hay trong kế hoạch: đã ghi vào Đơn vị.\(hint)"
                )
            }
            return nil
        }
    }
}
