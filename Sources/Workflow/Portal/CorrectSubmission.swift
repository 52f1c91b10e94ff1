public import Interchange
public import Planning
public import Sheets
public import Store

/// Corrects what a cooperative registered through the web portal, through its submission's
/// private link, until registration closes: its organisation, products, delegates and booth
/// request, sent again as a whole (the registration form pre-filled with what is stored).
///
/// The correction is checked as the first submission was (``SubmitRegistration``: the
/// registration import's rules and messages, a booth request showing only products of the
/// organisations sharing its booths, «Dùng chung với» naming only the organisation itself and
/// the organisations the organisers already put in its booths), against the plan without the
/// submission's own entities, so its organisation, products and delegates are not taken for
/// duplicates of themselves. Entries that stand for stored ones keep their identifiers (references from sessions,
/// connection points and booth requests stay); entries left out are removed, new ones added. The
/// party keeps its registration status (a confirmed or placed registration stays so; the journal
/// shows the correction to the staff); dropping the booth request removes the party while it is
/// pending, and is refused once the organisers confirmed it. Refused once
/// registration has closed or the party was withdrawn, writing nothing. One journaled transaction
/// (`correct online`).
public struct CorrectSubmission: Sendable {
    /// What was sent.
    public struct Input: Sendable {
        /// The corrected form, as workbooks.
        public var workbooks: [ReadWorkbook]
        /// The digest of the private link's token.
        public var digest: String
        /// For each product of the form, in order, the identifier of the stored product it stands
        /// for (nil for a new one).
        public var productIDs: [String?]
        /// For each delegate of the form, in order, the identifier of the stored person it stands
        /// for (nil for a new one).
        public var delegateIDs: [String?]
        /// When registration (and correction) closes.
        public var closesAt: LocalDateTime
        /// Only check: write nothing.
        public var checkOnly: Bool

        /// A correction of the submission found by `digest`.
        public init(
            workbooks: [ReadWorkbook], digest: String, productIDs: [String?], delegateIDs: [String?],
            closesAt: LocalDateTime, checkOnly: Bool = false
        ) {
            self.workbooks = workbooks
            self.digest = digest
            self.productIDs = productIDs
            self.delegateIDs = delegateIDs
            self.closesAt = closesAt
            self.checkOnly = checkOnly
        }
    }

    /// Where a correction stands.
    public enum Verdict: Hashable, Sendable {
        /// Written.
        case corrected
        /// Checked only, and nothing stops it being written.
        case acceptable
        /// The same as what is stored: nothing written.
        case unchanged
        /// Errors in the rows (the report lists them); nothing written.
        case rejected
        /// The organisation as corrected is another one of the plan (same code, or same name in
        /// the same province); nothing written.
        case alreadyRegistered
        /// The form holds no organisation, or several.
        case notOneOrganisation(Int)
        /// Registration closed at that time: nothing written.
        case closed(LocalDateTime)
        /// The registration was withdrawn: nothing written.
        case withdrawn
        /// The form drops the booth request of a registration the organisers have already
        /// confirmed (or placed, or waitlisted): giving up the booth is theirs to do (a withdrawal
        /// offers the booths to the waiting list); nothing written.
        case boothRequestConfirmed(RegistrationStatus)
    }

    /// What the correction did.
    public struct Outcome: Sendable {
        /// The check's report (empty when refused before the check).
        public var report: RegistrationReport?
        /// Where it stands.
        public var verdict: Verdict
    }

    /// The submission's entities as stored.
    struct Stored {
        /// The organisation.
        var organisation: Organisation
        /// Its products.
        var products: [Product]
        /// Its delegates.
        var people: [Person]
        /// Its exhibiting party.
        var party: ExhibitingParty?
        /// The party's booth request.
        var request: BoothRequest?

        /// Everything of the submission, as entities to remove.
        var entities: [PlanEntity] {
            var entities: [PlanEntity] = [.organisation(organisation.id)]
            entities += products.map { PlanEntity.product($0.id) }
            entities += people.map { PlanEntity.person($0.id) }
            if let party { entities.append(.party(party.id)) }
            return entities
        }
    }

    /// The command corrections are journaled as.
    public static let command = "correct online"

    /// The plan file, open for writing.
    let store: PlanStore

    /// The use case on a plan file open for writing.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Whether the submission found by `digest` may still be corrected at `now` before
    /// `closesAt`: nil when it may, else why not (``Verdict/closed(_:)`` or
    /// ``Verdict/withdrawn``); nil too when there is no such submission.
    public func refusal(digest: String, now: LocalDateTime, closesAt: LocalDateTime) throws -> Verdict? {
        guard let submission = try store.submission(digest: digest) else { return nil }
        let plan = try store.loadPlan()
        return Self.refusal(Self.stored(submission, in: plan), now: now, closesAt: closesAt)
    }

    /// Checks the correction and, unless only checking, anything is wrong or nothing changes,
    /// writes it; nil when there is no such submission.
    public func run(_ input: Input, context: ChangeContext) throws -> Outcome? {
        guard let submission = try store.submission(digest: input.digest) else { return nil }
        let plan = try store.loadPlan()
        guard let stored = Self.stored(submission, in: plan) else { return nil }
        if let refusal = Self.refusal(stored, now: context.now, closesAt: input.closesAt) {
            return Outcome(report: nil, verdict: refusal)
        }
        let others = Dependencies(plan: plan).removing(stored.entities).plan
        // The booth is shared only with organisations the organisers put in it (`fairplan edit
        // party --share`): those the form may name besides the cooperative's own.
        let confirmed = Set(stored.request?.sharingOrganisations ?? []).subtracting([stored.organisation.id])
        var report = RegistrationImporter(plan: others, publicSubmission: true, confirmedSharing: confirmed)
            .check(input.workbooks)
        Self.noteSharedElsewhere(
            &report, stored: stored, plan: plan, file: input.workbooks.first?.fileName ?? "")
        var outcome = Outcome(report: report, verdict: .rejected)
        let batch = report.batch
        guard report.isImportable, report.errorCount == 0 else { return outcome }
        if batch.organisations.isEmpty, SubmitRegistration.holdsPresentOrganisation(report) {
            outcome.verdict = .alreadyRegistered
            return outcome
        }
        guard batch.organisations.count == 1, let organisation = batch.organisations.first else {
            outcome.verdict = .notOneOrganisation(batch.organisations.count)
            return outcome
        }
        guard batch.updatedOrganisations.isEmpty, batch.updatedProducts.isEmpty, batch.updatedPeople.isEmpty,
            batch.updatedParties.isEmpty, batch.updatedBoothRequests.isEmpty
        else {
            outcome.verdict = .alreadyRegistered
            return outcome
        }
        if batch.parties.isEmpty, let party = stored.party, party.registrationStatus != .pending {
            outcome.verdict = .boothRequestConfirmed(party.registrationStatus)
            return outcome
        }
        let correction = CorrectionMapping(
            stored: stored, plan: plan, others: others, now: context.now
        ).map(organisation, batch, productIDs: input.productIDs, delegateIDs: input.delegateIDs)
        guard correction.changes(stored, plan: plan) else {
            outcome.verdict = .unchanged
            return outcome
        }
        guard !input.checkOnly else {
            outcome.verdict = .acceptable
            return outcome
        }
        try store.journaling(context.note(Self.command, subject: correction.organisation.name))
            .correctSubmission(
                removing: correction.removed, adding: correction.adding, updating: correction.updating)
        outcome.verdict = .corrected
        return outcome
    }

    /// Adds to `report` the rules' warning that the submission's organisation is in several
    /// exhibitors' booth requests when the organisers have put it in another's booth (`fairplan
    /// edit party --share`) and the form asks for a booth of its own. The check runs on the plan
    /// without the submission's entities, where that other request no longer names the
    /// organisation, so it cannot find this itself (QA 42: only the other exhibitor's page said
    /// so).
    static func noteSharedElsewhere(
        _ report: inout RegistrationReport, stored: Stored, plan: Plan, file: String
    ) {
        let id = stored.organisation.id
        guard !report.batch.parties.isEmpty,
            !report.problems.contains(where: { $0.code == .organisationInTwoParties })
        else { return }
        let withdrawn = Set(plan.parties.filter { $0.registrationStatus == .withdrawn }.map(\.id))
        let others = plan.boothRequests.filter {
            !withdrawn.contains($0.party) && $0.party != stored.party?.id
                && $0.sharingOrganisations.contains(id)
        }
        guard !others.isEmpty else { return }
        let names =
            report.batch.parties.map(\.name)
            + others.compactMap { request in plan.parties.first { $0.id == request.party }?.name }
        let finding = Finding(
            .warning, .organisationInTwoParties, subject: .organisation(stored.organisation),
            message: .organisationInTwoParties(parties: names))
        report.problems.append(
            SheetProblem(
                .warning, file: file, field: .partyOrganisation, code: finding.code,
                message: .finding(finding)))
    }

    /// The submission's entities in `plan`, nil when its organisation is gone.
    static func stored(_ submission: RegistrationSubmission, in plan: Plan) -> Stored? {
        guard let organisation = plan.organisations.first(where: { $0.id == submission.organisation }) else {
            return nil
        }
        let party = plan.parties.first { $0.kind == .organisation(organisation.id) }
        return Stored(
            organisation: organisation, products: plan.products.filter { $0.owner == organisation.id },
            people: plan.people.filter { $0.organisation == organisation.id }, party: party,
            request: party.flatMap { party in plan.boothRequests.first { $0.party == party.id } })
    }

    /// Why `stored` may not be corrected at `now`, nil when it may.
    static func refusal(_ stored: Stored?, now: LocalDateTime, closesAt: LocalDateTime) -> Verdict? {
        guard let stored else { return nil }
        if stored.party?.registrationStatus == .withdrawn { return .withdrawn }
        if now > closesAt { return .closed(closesAt) }
        return nil
    }
}
