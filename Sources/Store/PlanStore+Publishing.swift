import GRDB
public import Planning

extension PlanStore {
    /// Publishes the current booth plan as the next numbered version and returns its number.
    ///
    /// The version freezes the assignments and the names of the parties holding booths, so later
    /// changes (a withdrawal, a rename) never alter what was sent.
    @discardableResult
    public func publishBoothPlan(note: String? = nil, at time: LocalDateTime) throws -> Int {
        try write { db in
            let plan = Plan(
                event: try fetchEvent(db), parties: try fetchParties(db),
                boothAssignments: try fetchAssignments(db))
            return try publish(
                .boothPlan, content: JSONColumn.encode(BoothPlanSnapshot(plan: plan)), note, time, db)
        }
    }

    /// Publishes the current programme as the next numbered version and returns its number.
    ///
    /// The version freezes the sessions and the venue's room names.
    @discardableResult
    public func publishProgramme(note: String? = nil, at time: LocalDateTime) throws -> Int {
        try write { db in
            let plan = try fetchProgramme(db)
            return try publish(
                .programme, content: JSONColumn.encode(ProgrammeSnapshot(plan: plan)), note, time, db)
        }
    }

    /// The published versions of one kind, oldest first.
    public func publishedVersions(kind: PublicationKind) throws -> [PublishedVersion] {
        try read { db in
            try PublishedVersionRecord.filter(Column("kind") == kind.rawValue).order(Column("number"))
                .fetchAll(db)
                .map {
                    PublishedVersion(
                        kind: kind, number: $0.number, note: $0.note,
                        publishedAt: try StoreText.localDateTime(
                            $0.publishedAt, entity: .publishedVersion, id: "\($0.number)"))
                }
        }
    }

    /// The booth plan as published in version `number`.
    public func publishedBoothPlan(_ number: Int) throws -> BoothPlanSnapshot {
        try read { db in try snapshot(BoothPlanSnapshot.self, .boothPlan, number, db) }
    }

    /// The programme as published in version `number`.
    public func publishedProgramme(_ number: Int) throws -> ProgrammeSnapshot {
        try read { db in try snapshot(ProgrammeSnapshot.self, .programme, number, db) }
    }

    /// The booth-plan changes between two versions, read in one snapshot.
    ///
    /// `to` nil compares with the current, unpublished plan. `from` nil compares from the version
    /// before `to` when `to` is given, else from the latest published version; when there is none,
    /// from an empty plan (everything is new).
    public func boothPlanChanges(from: Int? = nil, to: Int? = nil) throws -> BoothPlanChanges {
        try read { db in
            let (start, end) = try span(.boothPlan, from: from, to: to, db)
            let old = try start.map { try snapshot(BoothPlanSnapshot.self, .boothPlan, $0, db) }
            let new: BoothPlanSnapshot
            if let end {
                new = try snapshot(BoothPlanSnapshot.self, .boothPlan, end, db)
            } else {
                new = BoothPlanSnapshot(
                    plan: Plan(
                        event: try fetchEvent(db), parties: try fetchParties(db),
                        boothAssignments: try fetchAssignments(db)))
            }
            return BoothPlanChanges(
                from: old ?? BoothPlanSnapshot(assignments: []), to: new, fromVersion: start, toVersion: end)
        }
    }

    /// The programme changes between two versions (versions chosen as in
    /// ``boothPlanChanges(from:to:)``).
    public func programmeChanges(from: Int? = nil, to: Int? = nil) throws -> ProgrammeChanges {
        try read { db in
            let (start, end) = try span(.programme, from: from, to: to, db)
            let old = try start.map { try snapshot(ProgrammeSnapshot.self, .programme, $0, db) }
            let new: ProgrammeSnapshot
            if let end {
                new = try snapshot(ProgrammeSnapshot.self, .programme, end, db)
            } else {
                new = ProgrammeSnapshot(
                    plan: try fetchProgramme(db))
            }
            return ProgrammeChanges(
                from: old ?? ProgrammeSnapshot(sessions: []), to: new, fromVersion: start, toVersion: end)
        }
    }

    // MARK: - Internals

    /// The programme as a snapshot sees it: the event, the venue, the sessions, the connection
    /// points and the people the sessions and points name (not the whole registry).
    func fetchProgramme(_ db: Database) throws -> Plan {
        let sessions = try fetchSessions(db)
        let points = try fetchConnectionPoints(db)
        let named = Set(sessions.flatMap { $0.participants.map(\.person.rawValue) })
            .union(points.compactMap(\.chair?.rawValue))
        return Plan(
            event: try fetchEvent(db), venue: try fetchVenue(db),
            people: try named.sorted().flatMap { try fetchPeople(db, id: $0) }, connectionPoints: points,
            sessions: sessions)
    }

    /// Inserts the next version of `kind`.
    func publish(
        _ kind: PublicationKind, content: String, _ note: String?, _ time: LocalDateTime, _ db: Database
    ) throws -> Int {
        let last =
            try Int.fetchOne(
                db, sql: "SELECT max(number) FROM published_version WHERE kind = ?",
                arguments: [kind.rawValue])
            ?? 0
        let record = PublishedVersionRecord(
            kind: kind.rawValue, number: last + 1, note: note.map(VietnameseText.normalized),
            publishedAt: StoreText.text(time), contentJson: content)
        try save(record, isNew: true, entity: .publishedVersion, id: "\(last + 1)", db)
        return last + 1
    }

    /// The versions compared for `from` and `to` as the caller gave them (see
    /// ``boothPlanChanges(from:to:)``).
    func span(
        _ kind: PublicationKind, from: Int?, to: Int?, _ db: Database
    ) throws -> (from: Int?, to: Int?) {
        if let to { try requireVersion(kind, to, db) }
        if let from {
            try requireVersion(kind, from, db)
            return (from, to)
        }
        if let to { return (to > 1 ? to - 1 : nil, to) }
        let latest = try Int.fetchOne(
            db, sql: "SELECT max(number) FROM published_version WHERE kind = ?", arguments: [kind.rawValue])
        return (latest, nil)
    }

    /// Throws ``StoreError/unknownVersion(_:number:)`` unless the version exists.
    func requireVersion(_ kind: PublicationKind, _ number: Int, _ db: Database) throws {
        let found =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM published_version WHERE kind = ? AND number = ?)",
                arguments: [kind.rawValue, number]) ?? false
        if !found { throw StoreError.unknownVersion(kind, number: number) }
    }

    /// The frozen content of a version.
    func snapshot<Content: Decodable>(
        _ type: Content.Type, _ kind: PublicationKind, _ number: Int, _ db: Database
    ) throws -> Content {
        guard
            let text = try String.fetchOne(
                db, sql: "SELECT content_json FROM published_version WHERE kind = ? AND number = ?",
                arguments: [kind.rawValue, number])
        else {
            throw StoreError.unknownVersion(kind, number: number)
        }
        return try JSONColumn.decode(type, from: text, entity: .publishedVersion, id: "\(number)")
    }
}
