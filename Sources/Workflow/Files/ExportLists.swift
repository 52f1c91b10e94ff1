public import Interchange
public import Planning
import Store

/// Writes the planner's lists (attendees, products, exhibitors, programme, summary) of a plan file
/// or an embedded sample, in the language asked for: ODS and FODS put several lists in one
/// workbook, XML and CSV write one file per list, frab and iCalendar the programme.
///
/// From a plan file the lists show what was **published**: the latest published booth plan's
/// assignments and the latest published programme's sessions (rooms and starts as sent), not the
/// unpublished working plan; `draft` exports the working plan. When nothing of a kind is published
/// yet the working plan is exported and the result says so. Registrations (parties and their
/// statuses) are always the current ones; `status` keeps only the exhibitors of one status.
public struct ExportLists: Sendable {
    /// The request.
    public struct Input: Sendable {
        /// The lists, in order.
        public var lists: [ListKind]
        /// The format.
        public var format: ExportFormat = .ods
        /// The output file (or folder for several files); under `Exports/` when nil.
        public var output: String?
        /// The attendee order.
        public var order: AttendeeOrder = .alphabetical
        /// Only this connection point's programme (frab, ics): identifier or name.
        public var point: String?
        /// The language of sheet names, headers and texts.
        public var language: Language = .default
        /// Export the working plan instead of the latest published versions.
        public var draft = false
        /// Only exhibitors of this registration status, as typed (English or Vietnamese name).
        public var status: String?

        /// An export of `lists`.
        public init(lists: [ListKind]) {
            self.lists = lists
        }
    }

    /// What was written.
    public struct Written: Sendable {
        /// The files written.
        public var paths: [String]
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?
        /// The published version shown, for each kind of publication the lists show.
        public var publishedVersions: [PublicationKind: Int] = [:]
        /// The kinds of publication the lists show from the working plan because none is published
        /// yet (not with `draft`, which asks for the working plan), in order.
        public var unpublished: [PublicationKind] = []

        /// The notes to tell people what the lists show, in order: a published version, or the
        /// working plan because nothing is published.
        public var notes: [ExportsMessage] {
            PublicationKind.allCases.compactMap { kind in
                if let version = publishedVersions[kind] { return .publishedExported(kind, version: version) }
                return unpublished.contains(kind) ? .workingPlanExported(kind) : nil
            }
        }
    }

    /// Where the plan comes from (a venue override is not used).
    let source: PlanSource

    /// The use case on a plan source.
    public init(source: PlanSource) {
        self.source = source
    }

    /// Writes the lists, stamped with `now` and FairPlan's `version`.
    ///
    /// From a plan file the export runs inside one read of it (``PlanStore/snapshot(_:)``): the
    /// fair's own tables are read whole (``PlanSnapshot/frame()``), and the attendee and product
    /// lists and the summary's counts read the registry one row at a time as the files are
    /// written, so a national registry is exported in little memory.
    public func run(_ input: Input, now: LocalDateTime, version: String) throws -> Written {
        let status = try input.status.map(Self.registrationStatus)
        if status != nil && !input.lists.contains(.exhibitors) {
            throw WorkflowError.exports(.statusNeedsExhibitors)
        }
        guard let store = try source.openStore(access: .reading) else {
            // A sample, or a plan file read whole because the source replaces its venue.
            let loaded = try source.load(defaultSample: .fair, access: .reading)
            var written = Written(paths: [], fallbackSample: loaded.fallbackSample)
            var plan = loaded.plan
            if let store = loaded.store, !input.draft {
                for kind in Self.publications(shownBy: input.lists) {
                    guard let latest = try store.publishedVersions(kind: kind).last?.number else {
                        if Self.hasWorkingContent(kind, plan) { written.unpublished.append(kind) }
                        continue
                    }
                    switch kind {
                    case .boothPlan: plan.boothAssignments = try store.publishedBoothPlan(latest).assignments
                    case .programme: plan = plan.showing(try store.publishedProgramme(latest))
                    }
                    written.publishedVersions[kind] = latest
                }
            }
            written.paths = try export(
                plan, input, status: status, now: now, version: version, written: written)
            return written
        }
        // The published versions, read before the snapshot (the store's reads are not reentrant).
        var published:
            [PublicationKind: (number: Int, assignments: [BoothAssignment]?, programme: ProgrammeSnapshot?)] =
                [:]
        if !input.draft {
            for kind in Self.publications(shownBy: input.lists) {
                guard let latest = try store.publishedVersions(kind: kind).last?.number else { continue }
                switch kind {
                case .boothPlan:
                    published[kind] = (latest, try store.publishedBoothPlan(latest).assignments, nil)
                case .programme:
                    published[kind] = (latest, nil, try store.publishedProgramme(latest))
                }
            }
        }
        return try store.snapshot { snapshot in
            var written = Written(paths: [])
            var plan = try snapshot.frame()
            if !input.draft {
                for kind in Self.publications(shownBy: input.lists) {
                    guard let version = published[kind] else {
                        if Self.hasWorkingContent(kind, plan) { written.unpublished.append(kind) }
                        continue
                    }
                    if let assignments = version.assignments { plan.boothAssignments = assignments }
                    if let programme = version.programme {
                        // The people the programme names from the registry as they are now; those
                        // removed since as they were published.
                        let known = Set(plan.people.map(\.id))
                        let named = Set(programme.sessions.flatMap { $0.participants.map(\.person) })
                            .union(programme.connectionPoints.compactMap(\.chair)).subtracting(known)
                        plan.people += try snapshot.people(named)
                        plan = plan.showing(programme)
                    }
                    written.publishedVersions[kind] = version.number
                }
            }
            written.paths = try export(
                plan, input, status: status, now: now, version: version, written: written,
                source: StoreListSource(snapshot: snapshot))
            return written
        }
    }

    /// Exports `plan`'s lists as `input` asks, the registry's entries from `source` when given.
    func export(
        _ plan: Plan, _ input: Input, status: RegistrationStatus?, now: LocalDateTime, version: String,
        written: Written?, source: (any ListRowSource)? = nil
    ) throws -> [String] {
        let point = try input.point.map { text throws(PlanningError) in
            try PlanResolver(plan: plan).connectionPoint(text).id
        }
        let request = ExportRequest(
            plan: plan, lists: input.lists, format: input.format, output: input.output,
            attendeeOrder: input.order, connectionPoint: point, createdAt: now, version: version,
            programmeVersion: written?.publishedVersions[.programme], language: input.language,
            partyStatus: status, source: source)
        return try Exporter.export(request)
    }

    /// The kinds of publication the lists show, in order: the booth plan (exhibitors, products and
    /// summary show booths), the programme.
    static func publications(shownBy lists: [ListKind]) -> [PublicationKind] {
        let boothLists: Set<ListKind> = [.exhibitors, .products, .summary]
        return PublicationKind.allCases.filter { kind in
            switch kind {
            case .boothPlan: lists.contains(where: boothLists.contains)
            case .programme: lists.contains(.programme)
            }
        }
    }

    /// Whether the working plan has anything of `kind` to show (parties or booths let; sessions),
    /// so that exporting it instead of a publication is worth a note.
    static func hasWorkingContent(_ kind: PublicationKind, _ plan: Plan) -> Bool {
        switch kind {
        case .boothPlan: !plan.parties.isEmpty || !plan.boothAssignments.isEmpty
        case .programme: !plan.sessions.isEmpty
        }
    }

    /// A registration status as typed: its code (`pending`), its Vietnamese name («chờ xác nhận»)
    /// or its English name («Waitlisted»), case and diacritics forgiven.
    static func registrationStatus(_ text: String) throws(WorkflowError) -> RegistrationStatus {
        do throws(WorkflowError) {
            return try WrittenValue.registrationStatus(text)
        } catch {
            let key = NameKey.folded(text)
            let english = RegistrationStatus.allCases.first {
                NameKey.folded($0.rawValue) == key || NameKey.folded($0.name(.english)) == key
            }
            guard let english else { throw error }
            return english
        }
    }
}
