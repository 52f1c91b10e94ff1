import Interchange
import Planning
import Workflow

extension RegistrationCheckResult {
    /// The result of a correction that was not saved (`outcome` of the form whose entries came
    /// from `productSlots` and `delegateSlots`), or that was only checked.
    init(_ outcome: CorrectSubmission.Outcome, productSlots: [Int], delegateSlots: [Int]) {
        let errors = outcome.report?.errorCount ?? 0
        let (banner, isError): (RegistrationMessage, Bool) =
            switch outcome.verdict {
            case .corrected: (.corrected, false)
            case .acceptable: (.checkedFine, false)
            case .unchanged: (.unchanged, false)
            case .rejected: (.hasErrors(errors), true)
            case .alreadyRegistered: (.alreadyRegistered, true)
            case .notOneOrganisation(let count): (.notOneOrganisation(count), true)
            case .closed(let time): (.correctionClosed(time), true)
            case .withdrawn: (.correctionWithdrawn, true)
            case .boothRequestConfirmed(let status): (.boothRequestConfirmed(status), true)
            }
        self.init(
            problems: outcome.report.map { PublicProblems.shown($0, ownEntriesShown: true) } ?? [],
            productSlots: productSlots,
            delegateSlots: delegateSlots,
            banner: banner, isError: isError)
    }
}
