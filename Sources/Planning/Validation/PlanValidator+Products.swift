extension PlanValidator {
    /// Product rules: owners, stars, certificate validity on the event's dates, issuing level,
    /// decision numbers, duplicates, classification.
    func validateProducts(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let owners = Set(plan.organisations.map(\.id))
        for product in plan.products {
            checkProduct(
                product, ownerKnown: owners.contains(product.owner), event: plan.event, into: &findings)
        }
        findings += duplicateProductFindings(plan.products)
        return findings
    }

    /// The rules of one product on its own: owner known, classified, its recognition valid on the
    /// event's dates.
    func checkProduct(_ product: Product, ownerKnown: Bool, event: Event, into findings: inout [Finding]) {
        let subject = Subject.product(product)
        if !ownerKnown {
            findings.append(
                Finding(
                    .error, .unknownProductOwner, subject: subject,
                    message: .unknownProductOwner(owner: product.owner.rawValue)))
        }
        if product.classification == nil {
            findings.append(
                Finding(
                    .warning, .unclassifiedProduct, subject: subject,
                    message: .unclassifiedProduct))
        }
        if let recognition = product.recognition {
            findings += recognitionFindings(recognition, of: product, subject: subject, event: event)
        }
    }

    /// Products of one owner whose names have the same search key: each after the first (by
    /// identifier) is a possible duplicate. Products are grouped by position, and only the groups
    /// of two or more are copied, so `products` may be the whole registry or only those sharing
    /// a key with another.
    func duplicateProductFindings(_ products: [Product]) -> [Finding] {
        var findings: [Finding] = []
        let byName = products.indices.repeatedGroups { position in
            Self.duplicateKey(of: products[position])
        }
        for positions in byName {
            let sorted = positions.map { products[$0] }.sorted { $0.id < $1.id }
            for duplicate in sorted.dropFirst() {
                findings.append(
                    Finding(
                        .warning, .duplicateProduct, subject: .product(duplicate),
                        related: [.product(sorted[0])],
                        message: .duplicateProduct(otherName: sorted[0].name, otherID: sorted[0].id.rawValue))
                )
            }
        }
        return findings
    }

    /// The key the duplicate-product rule groups by: the owner and the name's search key.
    public static func duplicateKey(of product: Product) -> String {
        "\(product.owner)|\(VietnameseText.searchKey(product.name))"
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
                    message: .starsOutOfRange(stars: recognition.stars)))
        }
        let number = recognition.decisionNumber
        let date = recognition.decisionDate
        if let first = event.firstDay, let last = event.lastDay {
            let until = recognition.validUntil
            if recognition.decisionDate > first {
                findings.append(
                    Finding(
                        .error, .certificateNotYetValid, subject: subject,
                        message: .certificateNotYetValid(
                            decisionNumber: number, decisionDate: date, firstDay: first)
                    ))
            } else if until < first {
                findings.append(
                    Finding(
                        .error, .certificateExpired, subject: subject,
                        message: .certificateExpired(
                            decisionNumber: number, decisionDate: date, invalidFrom: until.adding(days: 1))))
            } else if until < last {
                findings.append(
                    Finding(
                        .warning, .certificateExpiresDuringEvent, subject: subject,
                        message: .certificateExpiresDuringEvent(
                            decisionNumber: number, decisionDate: date, validUntil: until)))
            } else if until.daysSince(last) <= renewalReminderDays {
                findings.append(
                    Finding(
                        .info, .certificateRenewalDue, subject: subject,
                        message: .certificateRenewalDue(validUntil: until)))
            }
        }
        if let level = recognition.issuingLevel, let expected = recognition.expectedIssuingLevel,
            level != expected
        {
            findings.append(
                Finding(
                    .warning, .issuingLevelMismatch, subject: subject,
                    message: .issuingLevelMismatch(
                        stars: recognition.stars, decisionDate: date, expected: expected, actual: level)
                ))
        }
        if !Self.isPlausibleDecisionNumber(recognition.decisionNumber) {
            findings.append(
                Finding(
                    .warning, .malformedDecisionNumber, subject: subject,
                    message: .malformedDecisionNumber(number: number)))
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
                        message: .criteriaBasisMismatch(classification: classification, basis: basis)
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
