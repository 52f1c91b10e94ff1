import Dispatch
import Interchange
import Planning
import Sheets
import Store
import Workflow

/// Where one plan's registrations and staff actions arrive: the one writer of the plan file for
/// the portal, so concurrent posts are checked and written one after the other against the plan
/// as each left it; and the uploads checked but not yet confirmed.
actor RegistrationDesk {
    /// An upload checked and waiting for confirmation.
    struct PendingUpload: Sendable {
        /// The workbook read from it.
        let workbook: ReadWorkbook
        /// When it was checked (seconds on the portal's monotonic clock).
        let checkedAt: Double
    }

    /// How long a checked upload waits for confirmation, in seconds.
    static let uploadLifetime: Double = 30 * 60
    /// The most uploads kept waiting.
    static let pendingLimit = 256

    /// The plan file, open for writing; reads (``read(_:)``) go to it from outside the actor, on
    /// the snapshot its pool gives each read, so they never wait for a long write.
    nonisolated let store: PlanStore
    /// When registrations close.
    let closesAt: LocalDateTime
    /// Checked uploads by the digest of their confirmation token.
    private var pending: [String: PendingUpload] = [:]

    /// The desk of the plan file at `path`, taking registrations until `closesAt`.
    init(path: String, closesAt: LocalDateTime) throws {
        store = try PlanStore.open(at: path, for: .writing)
        self.closesAt = closesAt
    }

    /// Checks `workbooks` and, unless only checking or anything is wrong, registers them with the
    /// submission found by `digest`.
    ///
    /// The check runs off the desk, beside other registrations' checks, against the part of the
    /// plan the submission touches; on the desk, it stands unless a change written since it began
    /// may change what it says (a registration naming what it looked at, any staff change), in
    /// which case it runs again there; then the submission is written. Registrations are thus
    /// checked in parallel and written one at a time, each as if checked right before its write.
    nonisolated func submit(
        _ workbooks: [ReadWorkbook], source: RegistrationSubmission.Source, checkOnly: Bool, digest: String,
        context: ChangeContext
    ) async throws -> SubmitRegistration.Outcome {
        let input = SubmitRegistration.Input(
            workbooks: workbooks, source: source, checkOnly: checkOnly, digest: digest,
            editableUntil: closesAt)
        let start = await writeCount
        let checked = try SubmitRegistration(store: store).check(workbooks)
        return try await register(checked, input, checkedAfter: start, context: context)
    }

    /// Registers a submission checked after the first `start` writes: checked again first when a
    /// write since may change the check.
    func register(
        _ checked: SubmitRegistration.Checked, _ input: SubmitRegistration.Input, checkedAfter start: Int,
        context: ChangeContext
    ) throws -> SubmitRegistration.Outcome {
        let use = SubmitRegistration(store: store)
        let current = mayHaveChanged(checked.touched, since: start) ? try use.check(input.workbooks) : checked
        let outcome = try use.register(current, input, context: context)
        if let written = outcome.written { record(written) }
        return outcome
    }

    /// The writes made on the desk so far.
    private(set) var writeCount = 0
    /// The last writes, numbered: what a registration added, nil for a change of anything.
    private var recentWrites: [(number: Int, added: ImportBatch?)] = []
    /// The most writes remembered; a check begun before them runs again.
    static let recentLimit = 1_024

    /// Remembers a write: what it added, nil when it may have changed anything.
    private func record(_ added: ImportBatch?) {
        writeCount += 1
        recentWrites.append((writeCount, added))
        if recentWrites.count > Self.recentLimit {
            recentWrites.removeFirst(recentWrites.count - Self.recentLimit)
        }
    }

    /// Whether a write after the first `start` may change a check that looked at `touched`.
    private func mayHaveChanged(_ touched: PlanFocus, since start: Int) -> Bool {
        guard start < writeCount else { return false }
        guard let oldest = recentWrites.first?.number, oldest <= start + 1 else { return true }
        return recentWrites.contains { write in
            guard write.number > start else { return false }
            guard let added = write.added else { return true }
            return touched.mayBeChanged(
                byAdding: added.organisations, products: added.products, people: added.people,
                parties: added.parties, requests: added.boothRequests)
        }
    }

    /// Corrects the submission `input` names (nil when there is none), refusing it after
    /// ``closesAt``.
    func correct(_ input: CorrectSubmission.Input, context: ChangeContext) throws -> CorrectSubmission
        .Outcome?
    {
        let outcome = try CorrectSubmission(store: store).run(input, context: context)
        if outcome?.verdict == .corrected { record(nil) }
        return outcome
    }

    /// Why the submission found by `digest` may not be corrected at `now`, nil when it may.
    func correctionRefusal(digest: String, now: LocalDateTime) throws -> CorrectSubmission.Verdict? {
        try CorrectSubmission(store: store).refusal(digest: digest, now: now, closesAt: closesAt)
    }

    /// Staff changes and solver runs, one at a time.
    nonisolated let staffLane = StaffLane()

    /// Runs the staff change `body` on the plan file: after the staff changes and solver runs
    /// sent before it, and between registrations (on the desk), never during one.
    nonisolated func perform<Value: Sendable>(_ body: @escaping @Sendable (PlanStore) throws -> Value)
        async throws -> Value
    {
        try await staffLane.run { try await self.serialised(body) }
    }

    /// Runs the solver run `body` (which opens the plan file itself) after the staff changes and
    /// runs sent before it, off the desk: registrations go on while it searches, and its result
    /// is written in one transaction of its own.
    nonisolated func solve<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws
        -> Value
    {
        try await staffLane.run {
            // A search holds its thread for seconds: on a thread of its own, not one of the few
            // that answer requests.
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async {
                    continuation.resume(with: Result { try body() })
                }
            }
        }
    }

    /// Runs `body` on the desk, between registrations (as a change of anything, for the checks
    /// under way).
    private func serialised<Value: Sendable>(_ body: @Sendable (PlanStore) throws -> Value) throws -> Value {
        defer { record(nil) }
        return try body(store)
    }

    /// Runs `body`, which only reads, on the plan file now, without waiting for the changes
    /// queued on the desk or the staff lane.
    nonisolated func read<Value: Sendable>(_ body: @Sendable (PlanStore) throws -> Value) throws -> Value {
        try body(store)
    }

    /// The submission whose link's token has `digest`.
    func submission(digest: String) throws -> ReadSubmission.View? {
        try ReadSubmission(store: store).run(digest: digest)
    }

    /// Keeps a checked upload under `digest` until it is confirmed or too old.
    func keep(_ workbook: ReadWorkbook, digest: String, at now: Double) {
        pending = pending.filter { now - $0.value.checkedAt < Self.uploadLifetime }
        if pending.count >= Self.pendingLimit,
            let oldest = pending.min(by: { $0.value.checkedAt < $1.value.checkedAt })
        {
            pending[oldest.key] = nil
        }
        pending[digest] = PendingUpload(workbook: workbook, checkedAt: now)
    }

    /// Takes the checked upload kept under `digest`, nil when there is none or it is too old.
    func take(digest: String, at now: Double) -> ReadWorkbook? {
        guard let upload = pending.removeValue(forKey: digest), now - upload.checkedAt < Self.uploadLifetime
        else { return nil }
        return upload.workbook
    }
}
