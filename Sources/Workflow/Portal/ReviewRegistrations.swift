public import Planning
public import Store

/// The registrations as the staff console lists them: every exhibiting party in registration
/// order with its organisation, province, status, booths asked for and given (working plan), the
/// findings about it or its organisation, and whether it registered itself through the portal;
/// filtered by status, province and a piece of its name.
public struct ReviewRegistrations: Sendable {
    /// What to show.
    public struct Filter: Hashable, Sendable {
        /// Only this status, when given.
        public var status: RegistrationStatus?
        /// Only parties of this province (official name), when given.
        public var province: String?
        /// Only parties whose name or organisation's name holds this, ignoring case and
        /// diacritics, when given.
        public var text: String?

        /// A filter.
        public init(status: RegistrationStatus? = nil, province: String? = nil, text: String? = nil) {
            self.status = status
            self.province = province
            self.text = text
        }
    }

    /// One registration.
    public struct Entry: Sendable {
        /// The exhibiting party.
        public var party: ExhibitingParty
        /// Its organisation, for a single organisation.
        public var organisation: Organisation?
        /// Its province's official name.
        public var province: String
        /// The booths asked for.
        public var boothsWanted: Int
        /// The booths it holds in the working plan, in order.
        public var booths: [String]
        /// The findings about the party, its booth request or its organisation, most serious first.
        public var findings: [Finding]
        /// Whether it came through the portal (the form or an upload).
        public var submitted: Bool
        /// When the cooperative last corrected it through its private link (from the journal:
        /// the latest correction not undone, of the organisation under its present name), nil
        /// when it never did.
        public var correctedAt: LocalDateTime?
    }

    /// The registrations shown, and counts over all of them.
    public struct Review: Sendable {
        /// The registrations the filter keeps, in registration order.
        public var entries: [Entry]
        /// How many registrations have each status (before filtering).
        public var counts: [RegistrationStatus: Int]
        /// The provinces of the registrations, in Vietnamese order, for the filter.
        public var provinces: [String]
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The review of the plan as it is now.
    public func run(_ filter: Filter) throws -> Review {
        let (plan, reviewFindings) = try fairWithFindings()
        let submitted = Set(try store.submissions().map(\.organisation))
        var corrected: [String: LocalDateTime] = [:]
        for entry in try store.journal()
        where entry.state == .done && entry.note.command == CorrectSubmission.command {
            if let subject = entry.note.subject, corrected[subject] == nil {
                corrected[subject] = entry.note.at
            }
        }
        let organisations = Dictionary(plan.organisations.map { ($0.id, $0) }) { first, _ in first }
        var findings: [Subject.Kind: [String: [Finding]]] = [:]
        for finding in reviewFindings {
            for subject in [finding.subject] + finding.related {
                findings[subject.kind, default: [:]][subject.id, default: []].append(finding)
            }
        }
        let requests = Dictionary(plan.boothRequests.map { ($0.party, $0) }) { first, _ in first }
        var booths: [Identifier<ExhibitingParty>: [String]] = [:]
        for assignment in plan.boothAssignments {
            booths[assignment.party, default: []].append(assignment.booth)
        }
        var counts: [RegistrationStatus: Int] = [:]
        var provinces: Set<String> = []
        var entries: [Entry] = []
        let key = filter.text.map(VietnameseText.searchKey).flatMap { $0.isEmpty ? nil : $0 }
        for party in plan.parties {
            counts[party.registrationStatus, default: 0] += 1
            var organisation: Organisation?
            let province: String
            switch party.kind {
            case .organisation(let id):
                organisation = organisations[id]
                province = organisation?.province.officialName ?? ""
            case .provincialAlliance(let reference): province = reference.officialName
            }
            provinces.insert(province)
            if let status = filter.status, party.registrationStatus != status { continue }
            if let wanted = filter.province, !wanted.isEmpty, wanted != province { continue }
            if let key {
                let names = [party.name, organisation?.name ?? ""].map(VietnameseText.searchKey)
                guard names.contains(where: { $0.contains(key) }) else { continue }
            }
            var about = (findings[.party]?[party.id.rawValue] ?? [])
            if let organisation { about += findings[.organisation]?[organisation.id.rawValue] ?? [] }
            if let request = requests[party.id] {
                about += findings[.boothRequest]?[request.id.rawValue] ?? []
            }
            var seen: Set<Finding> = []
            about = about.filter { seen.insert($0).inserted }.sorted { $0.severity < $1.severity }
            entries.append(
                Entry(
                    party: party, organisation: organisation, province: province,
                    boothsWanted: requests[party.id]?.boothsWanted ?? 0, booths: booths[party.id] ?? [],
                    findings: about, submitted: organisation.map { submitted.contains($0.id) } ?? false,
                    correctedAt: organisation.flatMap { corrected[$0.name] }))
        }
        return Review(
            entries: entries, counts: counts,
            provinces: provinces.filter { !$0.isEmpty }.sorted {
                VietnameseCollation.areInIncreasingOrder($0, $1)
            })
    }
}
