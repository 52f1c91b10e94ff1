public import Planning
public import Store

/// The change log between two published versions (the latest published and the current plan when
/// none are given), for the booth plan or the programme, only what concerns one exhibitor or one
/// connection point when named: what to send out after a change.
public struct ShowChanges: Sendable {
    /// What a change log is about.
    public enum Topic: String, CaseIterable, Codable, Sendable {
        /// The booth plan: parties moved, booths freed and taken.
        case booths
        /// The programme: sessions moved, added, removed.
        case programme
    }

    /// The request.
    public struct Input: Sendable {
        /// What changed.
        public var topic: Topic = .booths
        /// The version compared from (default: the latest published).
        public var from: Int?
        /// The version compared to (default: the current plan).
        public var to: Int?
        /// Only what concerns this exhibiting party (identifier or name).
        public var party: String?
        /// Only what concerns this connection point (identifier or name).
        public var point: String?

        /// The default request: the booth plan, latest published → current.
        public init() {}
    }

    /// The change log.
    public enum Log: Sendable {
        /// Booth-plan changes, narrowed to a party when one was named.
        case booths(BoothPlanChanges, party: ExhibitingParty?)
        /// Programme changes, narrowed to a connection point when one was named.
        case programme(ProgrammeChanges, point: ConnectionPoint?)
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The change log asked for.
    ///
    /// Throws ``JournalError/unknownVersion(_:number:latest:)`` (inside ``WorkflowError/journal(_:)``)
    /// for a version never published, naming the latest one.
    public func run(_ input: Input) throws -> Log {
        for version in [input.from, input.to].compactMap({ $0 }) where version < 1 {
            throw WorkflowError.invalidValue(
                input.from == version ? .fromVersion : .toVersion, value: String(version),
                expected: .versionNumber)
        }
        if let from = input.from, let to = input.to, from >= to {
            throw WorkflowError.conflict(.versionsOutOfOrder(from: from, to: to))
        }
        if input.party != nil && input.topic != .booths {
            throw WorkflowError.conflict(.partyNeedsBoothChanges)
        }
        if input.point != nil && input.topic != .programme {
            throw WorkflowError.conflict(.pointNeedsProgrammeChanges)
        }
        do {
            return try log(input)
        } catch StoreError.unknownVersion(let kind, let number) {
            let latest = try store.publishedVersions(kind: kind).last?.number
            throw WorkflowError.journal(.unknownVersion(kind, number: number, latest: latest))
        }
    }

    /// The change log, once the request is checked.
    private func log(_ input: Input) throws -> Log {
        let resolver =
            input.party != nil || input.point != nil ? PlanResolver(plan: try store.loadPlan()) : nil
        switch input.topic {
        case .booths:
            let changes = try store.boothPlanChanges(from: input.from, to: input.to)
            guard let written = input.party, let resolver else { return .booths(changes, party: nil) }
            let party = try resolver.party(written)
            return .booths(changes.concerning(party.id), party: party)
        case .programme:
            let changes = try store.programmeChanges(from: input.from, to: input.to)
            guard let written = input.point, let resolver else { return .programme(changes, point: nil) }
            let point = try resolver.connectionPoint(written)
            return .programme(changes.concerning(point.id), point: point)
        }
    }
}
