import Interchange
import Planning
import Workflow

/// The outcome of checking a posted registration form, placed on the form: each finding under
/// the field (or the entry) it is about, and the banner above the form.
struct RegistrationCheckResult: Sendable {
    /// Where on the form a finding goes: a part (`o`, `p2`, `d0`, `b`; empty for the whole form)
    /// and a field (nil for the part as a whole).
    struct Key: Hashable, Sendable {
        /// The part's prefix.
        let prefix: String
        /// The field.
        let field: RegistrationField?
    }

    /// The check's findings.
    let problems: [SheetProblem]
    /// The product entry each product of the checked form came from.
    let productSlots: [Int]
    /// The delegate entry each delegate of the checked form came from.
    let delegateSlots: [Int]
    /// What the banner says.
    let banner: RegistrationMessage
    /// `error` or `info`.
    let bannerSeverity: String

    /// The result of a submission that was not registered (`outcome` of the form whose entries
    /// came from `productSlots` and `delegateSlots`), its problems as a public page shows them
    /// (``PublicProblems``; with `ownEntriesShown` for a correction of entries the plan holds).
    init(
        _ outcome: SubmitRegistration.Outcome, productSlots: [Int], delegateSlots: [Int],
        ownEntriesShown: Bool = false
    ) {
        let (banner, isError): (RegistrationMessage, Bool) =
            switch outcome.verdict {
            case .registered, .acceptable: (.checkedFine, false)
            case .rejected: (.hasErrors(outcome.report.errorCount), true)
            case .alreadyRegistered: (.alreadyRegistered, true)
            case .notOneOrganisation(let count): (.notOneOrganisation(count), true)
            }
        self.init(
            problems: PublicProblems.shown(outcome.report, ownEntriesShown: ownEntriesShown),
            productSlots: productSlots, delegateSlots: delegateSlots,
            banner: banner, isError: isError)
    }

    /// A result with `problems` placed by `productSlots` and `delegateSlots` and `banner`, an
    /// error or information.
    init(
        problems: [SheetProblem], productSlots: [Int], delegateSlots: [Int], banner: RegistrationMessage,
        isError: Bool
    ) {
        self.problems = problems
        self.productSlots = productSlots
        self.delegateSlots = delegateSlots
        self.banner = banner
        bannerSeverity = isError ? "error" : "info"
    }

    /// A result that is only a banner (a stale form, too many posts).
    init(banner: RegistrationMessage) {
        self.init(problems: [], productSlots: [], delegateSlots: [], banner: banner, isError: true)
    }

    /// The findings by where they go on the form.
    func notes(in language: Language) -> [Key: [SheetProblem]] {
        var notes: [Key: [SheetProblem]] = [:]
        for problem in problems {
            let prefix: String
            switch RegistrationForm.entry(of: problem) {
            case .organisation: prefix = "o"
            case .product(let index):
                prefix = productSlots.indices.contains(index) ? "p\(productSlots[index])" : ""
            case .delegate(let index):
                prefix = delegateSlots.indices.contains(index) ? "d\(delegateSlots[index])" : ""
            case .boothRequest: prefix = "b"
            case nil: prefix = ""
            }
            let field = prefix.isEmpty ? nil : Self.shownField(problem.field, prefix: prefix)
            notes[Key(prefix: prefix, field: field), default: []].append(problem)
        }
        return notes
    }

    /// The field of the form a finding about `field` goes under: the field itself when the form
    /// shows it, else the entry as a whole.
    static func shownField(_ field: RegistrationField?, prefix: String) -> RegistrationField? {
        guard let field else { return nil }
        let shown: [RegistrationField]
        switch prefix.first {
        case "o": shown = RegistrationFormInput.organisationFields
        case "p": shown = RegistrationFormInput.productFields
        case "d": shown = RegistrationFormInput.delegateFields
        default: shown = RegistrationFormInput.boothFields
        }
        return shown.contains(field) ? field : nil
    }
}
