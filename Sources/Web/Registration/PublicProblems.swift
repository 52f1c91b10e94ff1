import Interchange
import Planning

/// What a public page (the registration form, an upload's check, a correction) may show of a
/// registration check.
///
/// The check is `fairplan import`'s, written for organisers: a finding may name another
/// registration («Trùng với «Lò Thị Mai» (db-lo-thi-mai)»: anyone typing a phone number would
/// learn whose it is), quote the values the plan holds for an entry, or mention command-line
/// options. Those are replaced by plain wording that names nobody; every other problem is shown
/// as it is, on its field.
enum PublicProblems {
    /// `problems` as a public page shows them. With `ownEntriesShown` (a correction through the
    /// private link, whose entries the plan holds), differences from the plan's own entries stay.
    static func shown(_ problems: [SheetProblem], ownEntriesShown: Bool = false) -> [SheetProblem] {
        problems.map { problem in
            var shown = problem
            switch problem.message {
            case .finding(let finding) where !finding.related.isEmpty:
                shown.message = .matchesOtherRegistration
                shown.code = nil
            case .alreadyInPlan, .changedInPlan:
                guard !ownEntriesShown else { return problem }
                shown.message = .matchesOtherRegistration
                shown.code = nil
            case .boothRequestSkippedWithRow:
                shown.message = .boothRequestWaitsForOrganisation
            default:
                break
            }
            return shown
        }
    }
}
