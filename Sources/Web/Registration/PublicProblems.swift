import Interchange
import Planning

/// What a public page (the registration form, an upload's check, a correction) may show of a
/// registration check.
///
/// The check is `fairplan import`'s, written for organisers: a finding may name another
/// registration («Trùng với «Lò Thị Mai» (db-lo-thi-mai)»: anyone typing a phone number would
/// learn whose it is), list the exhibitors an organisation is registered with («Đăng ký tham gia
/// với nhiều đơn vị: …»), list the organisations sharing a name with their registration codes,
/// quote the values the plan holds for an entry, suggest names of other registrations'
/// organisations and products («Có phải: …?»), or mention command-line options. Those are
/// replaced by plain wording that names nobody, and suggestions are kept only when they name the
/// submission's own organisation or products; every other problem is shown as it is, on its
/// field.
enum PublicProblems {
    /// The problems of `report` as a public page shows them, suggestions limited to the names of
    /// the organisation and products the submission itself brings (``shown(_:ownEntriesShown:ownNames:)``).
    static func shown(_ report: RegistrationReport, ownEntriesShown: Bool = false) -> [SheetProblem] {
        let batch = report.batch
        let own = Set(
            batch.organisations.flatMap { [$0.name] + ($0.shortName.map { [$0] } ?? []) }
                + batch.products.map(\.name))
        return shown(report.problems, ownEntriesShown: ownEntriesShown, ownNames: own)
    }

    /// `problems` as a public page shows them. With `ownEntriesShown` (a correction through the
    /// private link, whose entries the plan holds), differences from the plan's own entries stay.
    /// A suggestion or candidate («Có phải: …?») is kept only when it is one of `ownNames` (the
    /// submission's own organisation and products).
    static func shown(_ problems: [SheetProblem], ownEntriesShown: Bool = false, ownNames: Set<String> = [])
        -> [SheetProblem]
    {
        let own = { (names: [String]) in names.filter { ownNames.contains($0) } }
        return problems.map { problem in
            var shown = problem
            switch problem.message {
            case .finding(let finding) where !finding.related.isEmpty:
                shown.message = .matchesOtherRegistration
                shown.code = nil
            case .finding(let finding) where finding.code == .organisationInTwoParties:
                // «Đăng ký tham gia với nhiều đơn vị: X; Y» names the other exhibitors.
                // Beside «Dùng chung với» it is about an organisation sharing the booth, not the
                // submission's own (QA 42).
                shown.message = .organisationInAnotherParty(sharing: problem.field == .sharedWith)
                shown.code = nil
            case .organisationAmbiguous(let written, _):
                // The candidates are other organisations with their registration codes.
                shown.message = .organisationNameShared(written: written)
            case .alreadyInPlan, .changedInPlan:
                guard !ownEntriesShown else { return problem }
                shown.message = .matchesOtherRegistration
                shown.code = nil
            case .boothRequestSkippedWithRow:
                shown.message = .boothRequestWaitsForOrganisation
            case .productNotFound(let written, let suggestions):
                shown.message = .productNotFound(written: written, suggestions: own(suggestions))
            case .productNotAmongShared(let written, let suggestions):
                shown.message = .productNotAmongShared(written: written, suggestions: own(suggestions))
            case .productAmbiguous(let written, let candidates):
                // Each candidate is «name (identifier)».
                shown.message = .productAmbiguous(
                    written: written,
                    candidates: candidates.filter { candidate in
                        ownNames.contains { candidate.hasPrefix($0 + " (") }
                    })
            case .organisationNotFound(let written, let suggestions):
                shown.message = .organisationNotFound(written: written, suggestions: own(suggestions))
            case .organisationNotFoundKeptAsUnit(let written, let suggestions):
                shown.message = .organisationNotFoundKeptAsUnit(
                    written: written, suggestions: own(suggestions))
            default:
                break
            }
            return shown
        }
    }
}
