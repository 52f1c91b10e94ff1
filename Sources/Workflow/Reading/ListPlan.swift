public import Planning
public import Store

/// The plan's organisations, products, people, parties, booths or sessions as rows to show, in
/// the orders people read them: Vietnamese order of names, people by given name, booths by hall
/// and code, sessions by time.
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

    /// A listing: its columns and its rows of cell texts in the language asked for.
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
    /// status; booths: available, held, assigned or blocked), worded in `language`.
    public func run(_ subject: Subject, status: String?, language: Language) throws -> Listing {
        switch subject {
        case .parties:
            return try parties(status: status.map(WrittenValue.registrationStatus), language)
        case .booths:
            return try booths(state: status.map(WrittenValue.boothState), language)
        default:
            if status != nil { throw WorkflowError.conflict(.statusNeedsPartiesOrBooths) }
        }
        switch subject {
        case .organisations: return try organisations(language)
        case .products: return try products(language)
        case .people: return try people(language)
        default: return try sessions(language)
        }
    }

    func organisations(_ language: Language) throws -> Listing {
        let rows = try store.organisations().enumerated().map { index, organisation -> [String] in
            [
                "\(index + 1)", organisation.name, organisation.kind.name(language),
                organisation.registrationCode?.description ?? organisation.unparsedRegistrationCode ?? "",
                organisation.province.text(language), organisation.memberCount.map(String.init) ?? "",
                organisation.id.rawValue,
            ]
        }
        return Listing(
            subject: .organisations,
            columns: [.number, .organisation, .kind, .code, .province, .members, .id],
            rows: rows)
    }

    func products(_ language: Language) throws -> Listing {
        let owners = Dictionary(try store.organisations().map { ($0.id, $0.name) }) { first, _ in first }
        let rows = try store.products().enumerated().map { index, product -> [String] in
            [
                "\(index + 1)", product.name, owners[product.owner] ?? product.owner.rawValue,
                product.classification?.name(.vietnamese) ?? "",
                product.recognition.map { "\($0.stars)★" } ?? "",
                product.recognition?.validUntil.vietnamese ?? "", product.id.rawValue,
            ]
        }
        return Listing(
            subject: .products, columns: [.number, .product, .owner, .productSet, .stars, .validUntil, .id],
            rows: rows)
    }

    func people(_ language: Language) throws -> Listing {
        let plan = try store.loadPlan()
        let lookup = plan.lookup
        let attendances = Dictionary(plan.attendances.map { ($0.person, $0) }) { first, _ in first }
        let rows = try store.people().enumerated().map { index, person -> [String] in
            let attendance = attendances[person.id]
            let place: String
            switch attendance?.place {
            case .connectionPoint(let id)?: place = lookup.connectionPoint(id)?.name ?? id.rawValue
            case .onSite?: place = WorkflowMessage.onSite.text(language)
            case nil: place = ""
            }
            return [
                "\(index + 1)", person.displayName(language), person.position ?? "",
                person.organisation.flatMap { lookup.organisation($0)?.name } ?? person.unit ?? "",
                person.province?.officialName ?? "", place, attendance?.role.name(language) ?? "",
                person.id.rawValue,
            ]
        }
        return Listing(
            subject: .people,
            columns: [.number, .person, .position, .unit, .province, .attendance, .role, .id],
            rows: rows)
    }

    func parties(status: RegistrationStatus?, _ language: Language) throws -> Listing {
        let plan = try store.loadPlan()
        let wanted = Dictionary(grouping: plan.boothRequests, by: \.party).mapValues {
            $0.reduce(0) { $0 + $1.boothsWanted }
        }
        let booths = Dictionary(grouping: plan.boothAssignments, by: \.party).mapValues {
            $0.map(\.booth).sorted()
        }
        let rows = try store.parties(status: status).enumerated().map { index, party -> [String] in
            [
                "\(index + 1)", party.name, plan.province(of: party)?.officialName ?? "",
                "\(wanted[party.id] ?? 0)", booths[party.id, default: []].joined(separator: ", "),
                party.registrationStatus.name(language), "\(party.priority)",
                party.registeredAt?.description ?? "", party.id.rawValue,
            ]
        }
        return Listing(
            subject: .parties,
            columns: [
                .number, .party, .province, .boothsWanted, .booths, .status, .priority, .registeredAt, .id,
            ],
            rows: rows)
    }

    func booths(state: BoothState?, _ language: Language) throws -> Listing {
        let plan = try store.loadPlan()
        let zones = Dictionary((plan.venue?.zones ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let halls = Dictionary((plan.venue?.halls ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let assignments = Dictionary(plan.boothAssignments.map { ($0.booth, $0) }) { first, _ in first }
        var rows: [[String]] = []
        for booth in try store.booths() {
            let assignment = assignments[booth.code]
            let current = booth.blocked ? BoothState.blocked : assignment?.state ?? .available
            if let state, state != current { continue }
            rows.append([
                booth.code, halls[booth.hall] ?? booth.hall, booth.zone.map { zones[$0] ?? $0 } ?? "",
                booth.kind.name(language),
                booth.services.sorted().map { $0.name(language) }.joined(separator: ", "),
                current.name(language), assignment.flatMap { plan.party($0.party)?.name } ?? "",
            ])
        }
        return Listing(
            subject: .booths, columns: [.booth, .hall, .zone, .boothKind, .services, .state, .party],
            rows: rows)
    }

    func sessions(_ language: Language) throws -> Listing {
        let rooms = Dictionary(((try store.venue())?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in
            first
        }
        let rows = try store.sessions().enumerated().map { index, session -> [String] in
            let range = session.scheduledRange
            return [
                "\(index + 1)", range?.start.date.vietnamese ?? WorkflowMessage.unscheduled.text(language),
                range.map { "\($0.start.time)" } ?? "", range.map { "\($0.end.time)" } ?? "", session.title,
                session.kind.name(language), session.room.map { rooms[$0] ?? $0 } ?? "", session.id.rawValue,
            ]
        }
        return Listing(
            subject: .sessions, columns: [.number, .date, .start, .end, .content, .sessionKind, .room, .id],
            rows: rows)
    }
}
