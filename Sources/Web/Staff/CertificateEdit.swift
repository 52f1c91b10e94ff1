import Planning
import Workflow

/// What a post of the product form does to the product's OCOP certificate, judged before the
/// edit goes to the use case (`fairplan edit product`, which removes the certificate when its
/// stars, decision or decision date is cleared, whatever else is given).
///
/// On the form, emptying one of those while other fields of the certificate stay filled is
/// most likely a mistake: it is refused (``partlyEmptied(_:)``), the typed values kept, rather
/// than the whole certificate removed in silence. Emptying every field of the certificate
/// removes it (``removed``), and the banner says so. Adding a certificate by filling some of its
/// fields but not stars, decision and decision date is refused too (``partlyFilled(_:)``), with
/// a finding beside each missing field, rather than in the banner only.
enum CertificateEdit: Hashable, Sendable {
    /// The certificate is kept (or changed, or added): nothing special.
    case kept
    /// Every field of the stored certificate was emptied: it is removed.
    case removed
    /// Some of the fields the certificate cannot be without were emptied (these), while other
    /// fields of it stay filled: refused.
    case partlyEmptied([InputField])
    /// Some fields of a certificate the product has not got were filled, but not these, without
    /// which there is none: refused, each missing field said beside it.
    case partlyFilled([InputField])

    /// A finding for «Số sao» when it holds a number no OCOP certificate has (only 3, 4 or 5
    /// stars), keyed by the field; empty otherwise (an empty or unreadable value is left to the
    /// other checks).
    static func starsProblem(_ values: [InputField: String], in language: Language) -> [InputField: String] {
        guard let written = values[.stars], let stars = Int(written), !(3...5).contains(stars) else {
            return [:]
        }
        return [.stars: PlanningMessage.starsOutOfRange(stars: stars).text(language)]
    }

    /// The fields of a product's OCOP certificate on the product form.
    static let fields: [InputField] = [
        .stars, .decision, .decisionDate, .issuingBody, .issuingLevel, .validUntil, .ocopCode,
    ]
    /// The fields without which there is no certificate: emptying one removes it.
    static let essential: [InputField] = [.stars, .decision, .decisionDate]

    /// What the form's `values` (trimmed, as merged) do to the certificate the `stored` values
    /// show.
    init(stored: [InputField: String], values: [InputField: String]) {
        let filled = { (values: [InputField: String], field: InputField) in !(values[field] ?? "").isEmpty }
        let emptied = Self.essential.filter { filled(stored, $0) && !filled(values, $0) }
        let anyFilled = Self.fields.contains { filled(values, $0) }
        if !emptied.isEmpty {
            self = anyFilled ? .partlyEmptied(emptied) : .removed
        } else if anyFilled, !Self.essential.contains(where: { filled(stored, $0) }) {
            // A certificate added: it needs every essential field.
            let missing = Self.essential.filter { !filled(values, $0) }
            self = missing.isEmpty ? .kept : .partlyFilled(missing)
        } else {
            self = .kept
        }
    }
}
