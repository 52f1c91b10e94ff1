import GRDB
public import Planning

extension PlanStore {
    /// Writes the entities a cooperative registered through the web portal and the submission
    /// that records it, in one transaction: all of it, or, on any failure, nothing.
    ///
    /// The batch's entities must all be new (an identifier already in the plan is
    /// ``StoreError/duplicate(_:id:)``); the submission's organisation must be among them or in
    /// the plan.
    public func importSubmission(_ batch: ImportBatch, submission: RegistrationSubmission) throws
        -> ImportSummary
    {
        try write { db in
            var summary = ImportSummary()
            var positions = ImportPositions()
            try insertNew(batch, positions: &positions, summary: &summary, db)
            let record = SubmissionRecord(
                digest: submission.digest, organisationId: submission.organisation.rawValue,
                submittedAt: StoreText.text(submission.submittedAt),
                editableUntil: StoreText.text(submission.editableUntil), source: submission.source.rawValue)
            try save(record, isNew: true, entity: .submission, id: submission.organisation.rawValue, db)
            return summary
        }
    }

    /// Writes a cooperative's correction of its submission in one transaction: the entities of
    /// `removing` go (with the references others make to them dropped, as ``remove(_:)`` drops
    /// them), the new entities of `adding` are inserted and those of `updating` changed in place
    /// (a party keeps its registration status). All of it, or, on any failure, nothing.
    @discardableResult
    public func correctSubmission(removing: [PlanEntity], adding: ImportBatch, updating: ImportBatch) throws
        -> ImportSummary
    {
        try write { db in
            if !removing.isEmpty {
                let removal = Dependencies(plan: try fetchPlan(db)).removing(removing)
                if let blocked = removal.blocking.first {
                    throw StoreError.missingReference(
                        Self.storedKind(blocked.dependent.kind), id: blocked.dependent.id,
                        refersTo: Self.storedKind(blocked.on.kind), referenceID: blocked.on.id)
                }
                try detach(removal, db)
                try delete(removal.removed, db)
            }
            var summary = ImportSummary()
            var positions = ImportPositions()
            try insertNew(adding, positions: &positions, summary: &summary, db)
            try writeUpdates(updating, summary: &summary, db)
            return summary
        }
    }

    /// The submission whose private link has the token of `digest`, nil when there is none.
    public func submission(digest: String) throws -> RegistrationSubmission? {
        guard RegistrationSubmission.isDigest(digest) else { return nil }
        return try read { db in
            try SubmissionRecord.fetchOne(db, key: digest).map(Self.submission)
        }
    }

    /// Every submission, oldest first.
    public func submissions() throws -> [RegistrationSubmission] {
        try read { db in
            try SubmissionRecord.order(Column("submitted_at"), Column("digest")).fetchAll(db).map(
                Self.submission)
        }
    }

    /// The submission a row stands for.
    private static func submission(_ record: SubmissionRecord) throws -> RegistrationSubmission {
        let id = record.organisationId
        return RegistrationSubmission(
            digest: record.digest, organisation: Identifier(id),
            submittedAt: try StoreText.localDateTime(record.submittedAt, entity: .submission, id: id),
            editableUntil: try StoreText.localDateTime(record.editableUntil, entity: .submission, id: id),
            source: try StoreText.value(
                RegistrationSubmission.Source.self, record.source, entity: .submission, id: id))
    }
}
