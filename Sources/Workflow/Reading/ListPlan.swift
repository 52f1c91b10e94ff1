public import Planning
public import Store

/// The plan's organisations, products, people, parties, booths or sessions as rows to show, in
/// the orders people read them: Vietnamese order of names, people by given name, booths by hall
/// and code, sessions by time.
///
/// Rows are read from the plan file one at a time (``stream(_:status:language:_:)``), sorted by
/// the database, so a national registry is listed in little memory.
public struct ListPlan: Sendable {
    /// What can be listed.
    public enum Subject: String, CaseIterable, Codable, Sendable {
        /// The organisations, in Vietnamese order of names.
        case organisations
        /// The products.
        case products
        /// The people, by given name, family name, middle names.
        case people
        /// The exhibiting parties with their booths and registration status.
        case parties
        /// The booths by hall and code, with their state.
        case booths
        /// The sessions by time.
        case sessions
    }

    /// A listing held in memory: its columns and its rows of cell texts in the language asked for.
    public struct Listing: Sendable {
        /// What was listed.
        public var subject: Subject
        /// The columns.
        public var columns: [ListColumn]
        /// The rows, one text per column.
        public var rows: [[String]]
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The listing of `subject`, only rows with `status` when given (parties: a registration
    /// status; booths: available, held, assigned or blocked), worded in `language`, all rows
    /// in memory.
    public func run(_ subject: Subject, status: String?, language: Language) throws -> Listing {
        try stream(subject, status: status, language: language) { rows in
            var all: [[String]] = []
            try rows.forEachRow { all.append($0) }
            return Listing(subject: subject, columns: rows.columns, rows: all)
        }
    }

    /// Runs `body` on the rows of `subject` (only rows with `status` when given), worded in
    /// `language`, on one consistent view of the plan file: ``ListRows/forEachRow(sorted:_:)`` reads them
    /// one at a time, and reading them twice inside `body` gives the same rows.
    ///
    /// The status is checked before the file is read.
    public func stream<Value>(
        _ subject: Subject, status: String?, language: Language, _ body: (ListRows) throws -> Value
    ) throws -> Value {
        let filter = try Filter(subject, status: status)
        return try store.snapshot { snapshot in
            try body(
                ListRows(subject: subject, columns: Self.columns(subject)) { sorted, emit in
                    try Self.rows(subject, filter, sorted: sorted, snapshot, language, emit)
                })
        }
    }

    /// A listing's status filter, checked.
    struct Filter {
        /// Parties of this registration status only.
        var registration: RegistrationStatus?
        /// Booths in this state only.
        var booth: BoothState?

        /// The filter `status` gives for `subject`.
        init(_ subject: Subject, status: String?) throws {
            guard let status else { return }
            switch subject {
            case .parties: registration = try WrittenValue.registrationStatus(status)
            case .booths: booth = try WrittenValue.boothState(status)
            default: throw WorkflowError.conflict(.statusNeedsPartiesOrBooths)
            }
        }
    }

    /// The columns of a listing of `subject`.
    static func columns(_ subject: Subject) -> [ListColumn] {
        switch subject {
        case .organisations: [.number, .organisation, .kind, .code, .province, .members, .id]
        case .products: [.number, .product, .owner, .productSet, .stars, .validUntil, .id]
        case .people: [.number, .person, .position, .unit, .province, .attendance, .role, .id]
        case .parties:
            [.number, .party, .province, .boothsWanted, .booths, .status, .priority, .registeredAt, .id]
        case .booths: [.booth, .hall, .zone, .boothKind, .services, .state, .party]
        case .sessions: [.number, .date, .start, .end, .content, .sessionKind, .room, .id]
        }
    }

    /// Passes the rows of `subject` to `emit`, in order (in no particular order when `sorted` is
    /// false, for the registry's subjects).
    static func rows(
        _ subject: Subject, _ filter: Filter, sorted: Bool, _ snapshot: PlanSnapshot, _ language: Language,
        _ emit: ([String]) throws -> Void
    ) throws {
        var number = 0
        func numbered(_ cells: [String]) throws {
            number += 1
            try emit(["\(number)"] + cells)
        }
        switch subject {
        case .organisations:
            try snapshot.forEachOrganisation(sorted: sorted) { organisation in
                try numbered([
                    organisation.name, organisation.kind.name(language),
                    organisation.registrationCode?.description ?? organisation.unparsedRegistrationCode ?? "",
                    organisation.province.text(language), organisation.memberCount.map(String.init) ?? "",
                    organisation.id.rawValue,
                ])
            }
        case .products:
            try snapshot.forEachProduct(sorted: sorted) { product in
                try numbered([
                    product.name, try snapshot.organisationName(product.owner) ?? product.owner.rawValue,
                    product.classification?.name(.vietnamese) ?? "",
                    product.recognition.map { "\($0.stars)★" } ?? "",
                    product.recognition?.validUntil.vietnamese ?? "", product.id.rawValue,
                ])
            }
        case .people:
            try people(snapshot, sorted: sorted, language, numbered)
        case .parties:
            try snapshot.forEachParty(status: filter.registration, sorted: sorted) { party in
                try numbered([
                    party.name, try snapshot.province(of: party)?.officialName ?? "",
                    "\(try snapshot.boothsWanted(by: party.id))",
                    try snapshot.booths(of: party.id).joined(separator: ", "),
                    party.registrationStatus.name(language), "\(party.priority)",
                    party.registeredAt?.description ?? "", party.id.rawValue,
                ])
            }
        case .booths:
            try booths(snapshot, state: filter.booth, language, emit)
        case .sessions:
            try sessions(snapshot, language, numbered)
        }
    }

    /// The people, with where and in what role each attends.
    static func people(
        _ snapshot: PlanSnapshot, sorted: Bool, _ language: Language, _ emit: ([String]) throws -> Void
    ) throws {
        let points = Dictionary(try snapshot.connectionPoints().map { ($0.id, $0.name) }) { first, _ in first
        }
        try snapshot.forEachPerson(sorted: sorted) { person in
            let attendance = try snapshot.firstAttendance(of: person.id)
            let place: String
            switch attendance?.place {
            case .connectionPoint(let id)?: place = points[id] ?? id.rawValue
            case .onSite?: place = WorkflowMessage.onSite.text(language)
            case nil: place = ""
            }
            try emit([
                person.displayName(language), person.position ?? "",
                try person.organisation.flatMap { try snapshot.organisationName($0) } ?? person.unit ?? "",
                person.province?.officialName ?? "", place, attendance?.role.name(language) ?? "",
                person.id.rawValue,
            ])
        }
    }

    /// The venue's booths by hall and code, only those in `state` when given.
    static func booths(
        _ snapshot: PlanSnapshot, state: BoothState?, _ language: Language, _ emit: ([String]) throws -> Void
    ) throws {
        guard let venue = try snapshot.venue() else { return }
        let zones = Dictionary(venue.zones.map { ($0.id, $0.name) }) { first, _ in first }
        let halls = Dictionary(venue.halls.map { ($0.id, $0.name) }) { first, _ in first }
        let assignments = Dictionary(try snapshot.boothAssignments().map { ($0.booth, $0) }) { first, _ in
            first
        }
        for booth in venue.booths.sorted(by: { ($0.hall, $0.code) < ($1.hall, $1.code) }) {
            let assignment = assignments[booth.code]
            let current = booth.blocked ? BoothState.blocked : assignment?.state ?? .available
            if let state, state != current { continue }
            try emit([
                booth.code, halls[booth.hall] ?? booth.hall, booth.zone.map { zones[$0] ?? $0 } ?? "",
                booth.kind.name(language),
                booth.services.sorted().map { $0.name(language) }.joined(separator: ", "),
                current.name(language), try assignment.flatMap { try snapshot.partyName($0.party) } ?? "",
            ])
        }
    }

    /// The sessions as on the programme.
    static func sessions(
        _ snapshot: PlanSnapshot, _ language: Language, _ emit: ([String]) throws -> Void
    ) throws {
        let rooms = Dictionary((try snapshot.venue()?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in
            first
        }
        for session in try snapshot.sessions() {
            let range = session.scheduledRange
            try emit([
                range?.start.date.vietnamese ?? WorkflowMessage.unscheduled.text(language),
                range.map { "\($0.start.time)" } ?? "", range.map { "\($0.end.time)" } ?? "", session.title,
                session.kind.name(language), session.room.map { rooms[$0] ?? $0 } ?? "", session.id.rawValue,
            ])
        }
    }
}
