public import Planning
public import Store

/// Returns the working booth plan or programme to a published version, as one change of the
/// journal (so it can be undone): the booth plan's assignments with the parties placed or
/// waitlisted accordingly, or the programme's rooms and starts. Nothing is published.
public struct RestoreVersion: Sendable {
    /// What the restore did.
    public struct Restoration: Sendable {
        /// What the store did: the version, what was put back and what was left out.
        public var outcome: RestoredVersion
        /// The parties whose registration status changed, by name (in name order), and their new
        /// status.
        public var statusChanges: [(party: String, status: RegistrationStatus)]
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The journal's name of the command restoring `kind`.
    public static func command(_ kind: PublicationKind) -> String {
        switch kind {
        case .boothPlan: "restore booths"
        case .programme: "restore programme"
        }
    }

    /// Throws ``JournalError/unknownVersion(_:number:latest:)`` (inside
    /// ``WorkflowError/journal(_:)``) unless version `version` of `kind` was published: checked
    /// before asking people to confirm.
    public func requireVersion(_ kind: PublicationKind, version: Int) throws {
        guard version >= 1 else {
            throw WorkflowError.invalidValue(.version, value: "\(version)", expected: .versionNumber)
        }
        let published = try store.publishedVersions(kind: kind).map(\.number)
        if !published.contains(version) {
            throw WorkflowError.journal(.unknownVersion(kind, number: version, latest: published.last))
        }
    }

    /// Restores version `version` of `kind`.
    ///
    /// Throws ``JournalError/unknownVersion(_:number:latest:)`` (inside
    /// ``WorkflowError/journal(_:)``) for a version never published.
    public func run(_ kind: PublicationKind, version: Int, context: ChangeContext) throws -> Restoration {
        try requireVersion(kind, version: version)
        let journaled = store.journaling(context.note(Self.command(kind), subject: "\(version)"))
        let outcome: RestoredVersion
        do {
            switch kind {
            case .boothPlan: outcome = try journaled.restoreBoothPlan(version: version)
            case .programme: outcome = try journaled.restoreProgramme(version: version)
            }
        } catch StoreError.unknownVersion(let kind, let number) {
            let latest = try store.publishedVersions(kind: kind).last?.number
            throw WorkflowError.journal(.unknownVersion(kind, number: number, latest: latest))
        }
        var names: [Identifier<ExhibitingParty>: String] = [:]
        if !outcome.statusChanges.isEmpty {
            for party in try store.loadPlan().parties { names[party.id] = party.name }
        }
        let changes = outcome.statusChanges.map { id, status in (names[id] ?? id.rawValue, status) }
            .sorted { VietnameseCollation.sortKey($0.0) < VietnameseCollation.sortKey($1.0) }
        return Restoration(outcome: outcome, statusChanges: changes)
    }
}
