import Interchange
import Planning
import Workflow

extension RegistrationCheckResult {
    /// The result of a correction that was not saved (`outcome` of the form whose entries came
    /// from `productSlots` and `delegateSlots`), or that was only checked.
    init(_ outcome: CorrectSubmission.Outcome, productSlots: [Int], delegateSlots: [Int]) {
        problems = outcome.report?.problems ?? []
        self.productSlots = productSlots
        self.delegateSlots = delegateSlots
        switch outcome.verdict {
        case .corrected:
            banner = .corrected
            bannerSeverity = "info"
        case .acceptable:
            banner = .checkedFine
            bannerSeverity = "info"
        case .unchanged:
            banner = .unchanged
            bannerSeverity = "info"
        case .rejected:
            banner = .hasErrors(outcome.report?.errorCount ?? 0)
            bannerSeverity = "error"
        case .alreadyRegistered:
            banner = .alreadyRegistered
            bannerSeverity = "error"
        case .notOneOrganisation(let count):
            banner = .notOneOrganisation(count)
            bannerSeverity = "error"
        case .closed(let time):
            banner = .correctionClosed(time)
            bannerSeverity = "error"
        case .withdrawn:
            banner = .correctionWithdrawn
            bannerSeverity = "error"
        case .boothRequestConfirmed(let status):
            banner = .boothRequestConfirmed(status)
            bannerSeverity = "error"
        }
    }
}
