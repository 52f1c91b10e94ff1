import Foundation
public import Interchange
public import Planning
public import Store

/// Imports filled registration templates (ODS, FODS, XLSX, CSV): every row is checked with the
/// Planning rules against the plan, then everything is written in one transaction, or nothing.
///
/// Rows are matched to the plan by natural keys (registration code; else name and province; a
/// product by owner and name; a person by name, organisation and phone or e-mail; an exhibiting
/// party by its organisation, or an alliance by province and name): a row the plan
/// already holds is «đã có» and written again never, so importing the same files twice leaves the
/// plan file untouched (not even a journal entry); a row with other values is an update, written
/// only with ``Input/update``. New exhibiting parties of the Đăng ký gian hàng sheet arrive pending,
/// registered at the context's time, as `register party` registers them; an update keeps a party's
/// registration status.
///
/// Without a plan file, the files can only be checked, on their own, with OCOP certificates
/// judged on a given day.
public struct ImportRegistrations: Sendable {
    /// What to import.
    public struct Input: Sendable {
        /// The filled templates.
        public var files: [String]
        /// Check only: write nothing.
        public var checkOnly = false
        /// Leave out rows with errors instead of refusing the whole import.
        public var skipInvalid = false
        /// For checking without a plan file: the day certificates are judged on, as typed.
        public var checkingDay: String?
        /// Write the changes rows make to entities the plan already holds (otherwise they are
        /// only reported).
        public var update = false

        /// An import of `files`.
        public init(files: [String]) {
            self.files = files
        }
    }

    /// What the import did.
    public struct Outcome: Sendable {
        /// The check's report (problems by file, sheet, row and column; what would be added).
        public var report: RegistrationReport
        /// The plan file checked against or written, nil when checked on its own.
        public var planPath: String?
        /// What was written, nil when nothing was.
        public var summary: ImportSummary?

        /// Why nothing was written to the plan file, when the files could be imported but nothing
        /// in them is new (and, without `--update`, how many rows change what the plan holds); nil
        /// when something was written, only checked, or not importable.
        public var nothingWritten: ImportingMessage?
        /// The parties whose booths now show products the files add, because they show every
        /// product of the organisations sharing them (names, in Vietnamese order); empty when
        /// nothing was written. ``summary`` does not count their booth requests: the files did not
        /// name them.
        public var shownBy: [String] = []
    }

    /// The plan file named, if any.
    let plan: String?
    /// The folder searched for the plan file when none is named.
    let folder: String

    /// The use case on the plan file named, or the single one of `folder`; checking only may do
    /// without one.
    public init(plan: String?, folder: String) {
        self.plan = plan
        self.folder = folder
    }

    /// Checks the files and, unless only checking or the files cannot be imported, writes the
    /// batch; the context's day is the one certificates are judged on when checking without a plan and no
    /// day is given. `willWrite` is told just before the write (a long step).
    public func run(_ input: Input, context: ChangeContext, willWrite: (String) -> Void = { _ in }) throws
        -> Outcome
    {
        guard !input.files.isEmpty else { throw WorkflowError.conflict(.nothingNamed(.files)) }
        let found =
            input.checkOnly
            ? try PlanLocation.resolveIfPresent(explicit: plan, folder: folder)
            : try PlanLocation.resolve(explicit: plan, folder: folder)
        guard let planPath = found else {
            let day =
                try input.checkingDay.map { text throws(WorkflowError) in
                    try WrittenValue.date(text, field: .on)
                } ?? context.now.date
            let report = try RegistrationImporter(
                plan: RegistrationImporter.checkingPlan(on: day), skipInvalid: input.skipInvalid
            ).check(files: input.files)
            return Outcome(report: report, planPath: nil, summary: nil)
        }
        if input.checkingDay != nil { throw WorkflowError.conflict(.checkingDayWithPlan(path: planPath)) }
        let files = input.files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
        // Checked on a read-only snapshot: a check, or an import with nothing new, leaves the
        // file untouched to the byte.
        let reader = try PlanStore.open(at: planPath, for: .reading)
        let plan = try reader.loadPlan()
        try reader.close()
        let report = try RegistrationImporter(
            plan: plan, skipInvalid: input.skipInvalid, update: input.update
        ).check(files: input.files)
        guard report.isImportable, !input.checkOnly else {
            return Outcome(report: report, planPath: planPath, summary: nil)
        }
        guard !report.batch.isEmpty else {
            var outcome = Outcome(report: report, planPath: planPath, summary: nil)
            outcome.nothingWritten = .nothingWritten(
                path: planPath, changesNotApplied: input.update ? 0 : report.changedCount)
            return outcome
        }
        let batch = report.batch
        let newPeople = Set(batch.people.map(\.id))
        let attendances = batch.attendances(in: plan)
        let adding = ImportBatch(
            organisations: batch.organisations, products: batch.products, people: batch.people,
            attendances: attendances.filter { newPeople.contains($0.person) },
            parties: batch.parties.map { party in
                var party = party
                party.registeredAt = context.now
                return party
            },
            boothRequests: batch.boothRequests)
        // A booth request the files leave as it is shows a new product of an organisation sharing
        // its booths when it shows every product (see Plan.requestsShowing).
        let rewritten = Set(batch.updatedBoothRequests.map(\.id))
        let showing = plan.requestsShowing(batch.products).filter { !rewritten.contains($0.id) }
        let updating = ImportBatch(
            organisations: batch.updatedOrganisations, products: batch.updatedProducts,
            people: batch.updatedPeople, attendances: attendances.filter { !newPeople.contains($0.person) },
            parties: batch.updatedParties, boothRequests: batch.updatedBoothRequests + showing)
        let store = try PlanStore.open(at: planPath, for: .writing).journaling(
            context.note("import", subject: files))
        willWrite(store.path)
        var summary = try store.importBatch(adding: adding, updating: updating)
        if let updated = summary.updated[.boothRequest] {
            summary.updated[.boothRequest] = updated > showing.count ? updated - showing.count : nil
        }
        return Outcome(
            report: report, planPath: planPath, summary: summary,
            shownBy: RegisterProduct.names(of: showing, in: plan))
    }
}
