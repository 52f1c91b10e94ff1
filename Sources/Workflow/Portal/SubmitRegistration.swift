public import Interchange
public import Planning
public import Sheets
public import Store

/// Registers a cooperative that registers itself through the web portal: its organisation,
/// products, delegates and booth request, from the registration form or a filled template.
///
/// Everything is checked as `fairplan import` checks a filled template (the same rules, the same
/// messages, by sheet, row and field) against the plan as it is now, read in part: only what the
/// rows touch (``RegistrationReport/focus``: the organisations, products and people they could
/// stand for, duplicate or name, and the fair's own tables), so a submission costs the same on a
/// plan of a hundred cooperatives as on one of tens of thousands. A submission must bring
/// exactly one organisation the plan does not hold yet; it is then written in one transaction with
/// the record of the submission (its private link's digest, and until when it may be corrected),
/// journaled as `register online`. The exhibiting party of a booth request arrives pending, as
/// `register party` registers it. Checking only writes nothing. Unlike `fairplan import`, a booth
/// request may show only products of the organisations sharing its booths, and may share them with
/// no other organisation than the submission's own (sharing is the organisers' to confirm with the
/// other organisation) (``RegistrationImporter/publicSubmission``): anyone may post the form.
public struct SubmitRegistration: Sendable {
    /// What was sent.
    public struct Input: Sendable {
        /// The form, or the workbooks of an uploaded template.
        public var workbooks: [ReadWorkbook]
        /// The form or an upload.
        public var source: RegistrationSubmission.Source
        /// Only check: write nothing.
        public var checkOnly: Bool
        /// The digest of the private link's token the submission will be found by.
        public var digest: String
        /// Until when the submission may be viewed and corrected.
        public var editableUntil: LocalDateTime

        /// A submission of `workbooks` found by `digest`.
        public init(
            workbooks: [ReadWorkbook], source: RegistrationSubmission.Source, checkOnly: Bool, digest: String,
            editableUntil: LocalDateTime
        ) {
            self.workbooks = workbooks
            self.source = source
            self.checkOnly = checkOnly
            self.digest = digest
            self.editableUntil = editableUntil
        }
    }

    /// Where a submission stands after the check.
    public enum Verdict: Hashable, Sendable {
        /// Written: the submission and the organisation it registered.
        case registered(RegistrationSubmission)
        /// Checked only, and nothing stops it being registered.
        case acceptable
        /// Errors in the rows (the report lists them); nothing written.
        case rejected
        /// The organisation is already in the plan (the same registration code, or the same name
        /// in the same province), so nothing new is registered.
        case alreadyRegistered
        /// The submission holds no organisation, or several (how many); one at a time.
        case notOneOrganisation(Int)
    }

    /// What the submission did.
    public struct Outcome: Sendable {
        /// The check's report (problems by sheet, row and field; what would be added).
        public var report: RegistrationReport
        /// Where it stands.
        public var verdict: Verdict
        /// The organisation's name, when the submission holds one.
        public var organisationName: String?
        /// What was written, when the submission was registered.
        public var written: ImportBatch?
    }

    /// A submission checked against the part of the plan it touches, not written yet.
    public struct Checked: Sendable {
        /// The part of the plan read.
        public var plan: Plan
        /// The check's report.
        public var report: RegistrationReport
        /// Everything the check looked at (the report's focus with every entity read), for
        /// ``PlanFocus/mayBeChanged(byAdding:products:people:parties:requests:)``: a
        /// registration written meanwhile that does not change it leaves the check true.
        public var touched: PlanFocus
    }

    /// The plan file, open for writing.
    let store: PlanStore

    /// The use case on a plan file open for writing.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Checks the submission and, unless only checking or anything is wrong, registers it.
    public func run(_ input: Input, context: ChangeContext) throws -> Outcome {
        try register(try check(input.workbooks), input, context: context)
    }

    /// Registers a submission checked by ``check(_:)`` (against the plan as it is now, or as it
    /// was before registrations that do not change the check), unless only checking or anything
    /// is wrong.
    public func register(_ checked: Checked, _ input: Input, context: ChangeContext) throws -> Outcome {
        let plan = checked.plan
        let report = checked.report
        let batch = report.batch
        let organisations = batch.organisations
        var outcome = Outcome(report: report, verdict: .rejected, organisationName: organisations.first?.name)
        guard report.isImportable, report.errorCount == 0 else { return outcome }
        if organisations.isEmpty, Self.holdsPresentOrganisation(report) {
            outcome.verdict = .alreadyRegistered
            return outcome
        }
        guard organisations.count == 1, let organisation = organisations.first else {
            outcome.verdict = .notOneOrganisation(organisations.count)
            return outcome
        }
        // The same name in the same province as an organisation registered already (another code,
        // or none; with or without tone marks) is that organisation: it corrects through its link.
        if report.problems.contains(where: { $0.code == .possibleDuplicateOrganisation }) {
            outcome.verdict = .alreadyRegistered
            return outcome
        }
        guard batch.updatedOrganisations.isEmpty, batch.updatedProducts.isEmpty, batch.updatedPeople.isEmpty,
            batch.updatedParties.isEmpty, batch.updatedBoothRequests.isEmpty
        else {
            outcome.verdict = .alreadyRegistered
            return outcome
        }
        guard !input.checkOnly else {
            outcome.verdict = .acceptable
            return outcome
        }
        let submission = RegistrationSubmission(
            digest: input.digest, organisation: organisation.id, submittedAt: context.now,
            editableUntil: input.editableUntil, source: input.source)
        let newPeople = Set(batch.people.map(\.id))
        let adding = ImportBatch(
            organisations: organisations, products: batch.products, people: batch.people,
            attendances: batch.attendances(in: plan).filter { newPeople.contains($0.person) },
            parties: batch.parties.map { party in
                var party = party
                party.registeredAt = context.now
                return party
            },
            boothRequests: batch.boothRequests)
        _ = try store.journaling(context.note("register online", subject: organisation.name))
            .importSubmission(adding, submission: submission)
        outcome.verdict = .registered(submission)
        outcome.written = adding
        return outcome
    }

    /// The most keys a focused reading looks up (each a value bound in SQL, whose statements take
    /// at most 32,766): a larger submission, a whole registry uploaded through the portal, is
    /// checked against the whole plan, as `fairplan import` checks it.
    static let focusLimit = 4_000

    /// How many keys `focus` looks up.
    static func size(of focus: PlanFocus) -> Int {
        focus.organisationIDs.count + focus.registrationCodes.count + focus.organisationNames.count
            + focus.productOwners.count + focus.productIDs.count + focus.personIDs.count
            + focus.personKeys.count + focus.personNames.count + focus.organisationReferences.count
            + focus.productReferences.count + focus.identifierStems.values.reduce(0) { $0 + $1.count }
    }

    /// The most times the plan is read for what a check touched: the second reading holds what
    /// the rows name; a third only when rows resolved then name or make more.
    static let readings = 4

    /// Checks `workbooks` against the part of the plan they touch: first against the event
    /// alone, to learn what the rows name, then, until the check touches nothing it was not
    /// given, against what its report's focus names (the last check is the one returned, against
    /// a plan holding everything it looked at).
    public func check(_ workbooks: [ReadWorkbook]) throws -> Checked {
        var focus = PlanFocus()
        var reading = 0
        while true {
            reading += 1
            let plan = try store.loadPlan(focus: focus)
            var taken: Set<String> = []
            for (kind, stems) in focus.identifierStems {
                taken.formUnion(try store.identifiers(of: kind, from: stems))
            }
            let report = RegistrationImporter(
                plan: plan, takenIdentifiers: taken, recordsFocus: true, publicSubmission: true
            )
            .check(workbooks)
            var needed = focus
            needed.formUnion(report.focus)
            if needed == focus { return Checked(plan: plan, report: report, touched: focus.including(plan)) }
            guard reading < Self.readings, Self.size(of: needed) <= Self.focusLimit else {
                // Rows that keep naming more (never met), or a registry too large to look up key by
                // key: the whole plan answers for certain.
                let whole = try store.loadPlan()
                var everything = focus.including(whole)
                everything.fair = true
                everything.boothPlan = true
                return Checked(
                    plan: whole,
                    report: RegistrationImporter(plan: whole, publicSubmission: true).check(workbooks),
                    touched: everything)
            }
            focus = needed
        }
    }

    /// Whether an organisation row of the submission stands for an organisation the plan holds.
    static func holdsPresentOrganisation(_ report: RegistrationReport) -> Bool {
        report.counts.contains { $0.kind == .organisations && $0.present + $0.changed > 0 }
    }
}
