extension PlanValidator {
    /// Product rules: owners, stars, certificate validity on the event's dates, issuing level,
    /// decision numbers, duplicates, classification.
    func validateProducts(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let owners = Set(plan.organisations.map(\.id))
        for product in plan.products {
            let subject = Subject.product(product)
            if !owners.contains(product.owner) {
                findings.append(
                    Finding(
                        .error, .unknownProductOwner, subject: subject,
                        vi: "Chủ thể «\(product.owner)» của sản phẩm chưa được đăng ký.",
                        en: "The product's owner '\(product.owner)' is not registered."))
            }
            if product.classification == nil {
                findings.append(
                    Finding(
                        .warning, .unclassifiedProduct, subject: subject,
                        vi: "Sản phẩm chưa có nhóm/bộ sản phẩm OCOP.",
                        en: "The product has no OCOP product set or group."))
            }
            if let recognition = product.recognition {
                findings += recognitionFindings(recognition, of: product, subject: subject, event: plan.event)
            }
        }
        let byName = Dictionary(grouping: plan.products) {
            "\($0.owner)|\(VietnameseText.searchKey($0.name))"
        }
        for group in byName.values where group.count > 1 {
            let sorted = group.sorted { $0.id < $1.id }
            for duplicate in sorted.dropFirst() {
                findings.append(
                    Finding(
                        .warning, .duplicateProduct, subject: .product(duplicate),
                        related: [.product(sorted[0])],
                        vi: "Sản phẩm trùng với «\(sorted[0].name)» (\(sorted[0].id)) của cùng chủ thể.",
                        en: "Same product as \(sorted[0].id) of the same owner: registered twice."))
            }
        }
        return findings
    }

    /// The rules of one OCOP recognition.
    func recognitionFindings(
        _ recognition: OCOPRecognition, of product: Product, subject: Subject, event: Event
    ) -> [Finding] {
        var findings: [Finding] = []
        if !recognition.hasRecognisedStars {
            findings.append(
                Finding(
                    .error, .starsOutOfRange, subject: subject,
                    vi: "Hạng \(recognition.stars) sao không được công nhận OCOP (chỉ 3, 4 hoặc 5 sao).",
                    en: "\(recognition.stars) stars is not an OCOP rating (3, 4 or 5 only)."))
        }
        let decision = "\(recognition.decisionNumber) ngày \(recognition.decisionDate.vietnamese)"
        if let first = event.firstDay, let last = event.lastDay {
            let until = recognition.validUntil
            if recognition.decisionDate > first {
                findings.append(
                    Finding(
                        .error, .certificateNotYetValid, subject: subject,
                        vi:
                            "Quyết định \(decision) có sau ngày khai mạc \(first.vietnamese): chưa có hiệu lực.",
                        en:
                            "Decision dated \(recognition.decisionDate.iso), after the event opens on \(first.iso)."
                    ))
            } else if until < first {
                findings.append(
                    Finding(
                        .error, .certificateExpired, subject: subject,
                        vi:
                            "Chứng nhận OCOP (\(decision)) hết hiệu lực từ \(until.adding(days: 1).vietnamese): "
                            + "cần tái công nhận trước khi trưng bày là sản phẩm OCOP.",
                        en: "OCOP certificate expired on \(until.iso); it must be renewed before the product "
                            + "is shown as OCOP."))
            } else if until < last {
                findings.append(
                    Finding(
                        .warning, .certificateExpiresDuringEvent, subject: subject,
                        vi:
                            "Chứng nhận OCOP (\(decision)) hết hiệu lực ngày \(until.vietnamese), giữa thời gian sự kiện.",
                        en: "OCOP certificate expires on \(until.iso), during the event."))
            } else if until.daysSince(last) <= renewalReminderDays {
                findings.append(
                    Finding(
                        .info, .certificateRenewalDue, subject: subject,
                        vi:
                            "Chứng nhận OCOP hết hiệu lực ngày \(until.vietnamese): nhắc chủ thể tái công nhận.",
                        en: "OCOP certificate expires on \(until.iso): remind the owner to renew."))
            }
        }
        if let level = recognition.issuingLevel, let expected = recognition.expectedIssuingLevel,
            level != expected
        {
            findings.append(
                Finding(
                    .warning, .issuingLevelMismatch, subject: subject,
                    vi:
                        "Sản phẩm \(recognition.stars) sao ngày \(recognition.decisionDate.vietnamese) do \(expected.vietnameseName) "
                        + "công nhận, không phải \(level.vietnameseName).",
                    en:
                        "\(recognition.stars)-star decisions of that date are issued at \(expected) level, not \(level)."
                ))
        }
        if !Self.isPlausibleDecisionNumber(recognition.decisionNumber) {
            findings.append(
                Finding(
                    .warning, .malformedDecisionNumber, subject: subject,
                    vi: "Số quyết định «\(recognition.decisionNumber)» không đúng dạng «2919/QĐ-UBND».",
                    en: "Decision number '\(recognition.decisionNumber)' does not look like '2919/QĐ-UBND'."))
        }
        if let basis = recognition.criteriaBasis, let classification = product.classification {
            let mismatch: Bool
            switch (basis, classification) {
            case (.decision148of2023, .legacyGroup): mismatch = true
            case (.decision1048of2019, .productSet): mismatch = true
            default: mismatch = false
            }
            if mismatch {
                findings.append(
                    Finding(
                        .warning, .criteriaBasisMismatch, subject: subject,
                        vi: "Phân nhóm «\(classification.displayName)» không thuộc bộ tiêu chí \(basis).",
                        en:
                            "Classification '\(classification.displayName)' does not belong to criteria \(basis)."
                    ))
            }
        }
        return findings
    }

    /// Whether a decision number looks like `2919/QĐ-UBND` (number, slash, QĐ, dash, issuer).
    static func isPlausibleDecisionNumber(_ number: String) -> Bool {
        let parts = number.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit) else { return false }
        let rest = VietnameseText.searchKey(String(parts[1]))
        return rest.hasPrefix("qd")
    }
}
