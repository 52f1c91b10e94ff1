public import Planning

/// Everything the booth allocator needs: the venue, the parties with their requests, the booths
/// pinned or held, the published plan to stay close to, and the organisers' policy.
///
/// Build it from a plan with ``init(plan:policy:published:)`` or from a prepared run with
/// ``init(scope:policy:published:)``; the initialisers check the input and throw
/// ``SchedulerError/invalidInstance(_:)`` listing every inconsistency. **A withdrawn party is
/// never in a problem**, whatever the caller passes: every initialiser leaves it out, with its
/// pins, holds and published booths (a withdrawal is final and frees its booths).
public struct BoothAllocationProblem: Hashable, Sendable {
    /// The plan's title, for explanations.
    public let title: String
    /// The venue whose booths are let.
    public let venue: Venue
    /// The parties asking for booths, in serving order; never a withdrawn one.
    ///
    /// Parties with booths pinned or held for them come first (an organiser's decision is served
    /// before the queue), then every other party in queue order (``QueuePosition``): higher
    /// priority first, then the earlier registration time (none last), then registration order,
    /// the order the parties were given in (a plan holds its parties in the order they registered).
    public let parties: [BoothParty]
    /// Booths pinned by an organiser or held for a party: kept for that party.
    public let fixed: [BoothAssignment]
    /// The published plan moves are counted against (may be empty).
    public let published: [BoothAssignment]
    /// The organisers' rules.
    public let policy: BoothAllocationPolicy
    /// Parties left out because they have withdrawn (a plan that gives them booths breaks a rule).
    public let withdrawnParties: Set<Identifier<ExhibitingParty>>

    /// Tags of each zone, by zone identifier.
    let zoneTags: [String: Set<String>]
    /// The regions each pavilion zone (tagged `province-pavilion`) serves, by zone identifier.
    public let pavilionRegions: [String: Set<PavilionRegion>]
    /// Province codes of the policy's required zones, resolved.
    let requiredZones: [String: [String]]
    /// Province codes of the policy's preferred zones, resolved.
    let preferredProvinceZones: [String: [String]]
    /// Each party's place in serving order (its index in ``parties``).
    let serviceIndex: [Identifier<ExhibitingParty>: Int]
    /// Each party's place in registration order (priority ignored).
    let registrationIndex: [Identifier<ExhibitingParty>: Int]

    /// Creates a problem from its parts, checking them.
    ///
    /// `parties` are given in registration order: parties of equal priority and registration time
    /// are served in this order (see ``parties``). Withdrawn parties are left out (listed in ``withdrawnParties``) with their pins, holds and
    /// published booths, whose booths are then free.
    ///
    /// - Throws: ``SchedulerError/invalidInstance(_:)`` for parties asking for no booths,
    ///   duplicate parties, pins on unknown or blocked booths, a booth pinned to two parties, more
    ///   pins than booths wanted, or provinces in the policy that cannot be recognised.
    public init(
        title: String, venue: Venue, parties: [BoothParty], fixed: [BoothAssignment] = [],
        published: [BoothAssignment] = [], policy: BoothAllocationPolicy = .standard
    ) throws(SchedulerError) {
        try self.init(
            title: title, venue: venue, parties: parties, fixed: fixed, published: published, policy: policy,
            withdrawn: [])
    }

    /// Creates a problem from its parts, checking them, leaving out `withdrawn` parties too.
    ///
    /// - Parameter withdrawn: further parties known to have withdrawn (e.g. left out of `parties`
    ///   by a ``BoothAllocationScope``); their pins, holds and published booths are left out too.
    /// - Throws: As ``init(title:venue:parties:fixed:published:policy:)``.
    init(
        title: String, venue: Venue, parties: [BoothParty], fixed: [BoothAssignment],
        published: [BoothAssignment], policy: BoothAllocationPolicy,
        withdrawn: Set<Identifier<ExhibitingParty>>
    ) throws(SchedulerError) {
        let withdrawn = withdrawn.union(parties.filter { $0.registrationStatus == .withdrawn }.map(\.id))
        let parties = parties.filter { !withdrawn.contains($0.id) }
        let fixed = fixed.filter { !withdrawn.contains($0.party) }
        let published = published.filter { !withdrawn.contains($0.party) }
        var problems: [SchedulerError.InstanceProblem] = []
        let booths = Dictionary(venue.booths.map { ($0.code, $0) }) { first, _ in first }
        let partyIDs = Set(parties.map(\.id))
        let requests = Dictionary(grouping: parties, by: \.id).mapValues(\.count)
        var reported: Set<Identifier<ExhibitingParty>> = []
        for party in parties where (requests[party.id] ?? 0) > 1 && reported.insert(party.id).inserted {
            problems.append(.duplicateParty(party: party.id.rawValue, requests: requests[party.id] ?? 0))
        }
        for party in parties where party.boothsWanted < 1 {
            problems.append(.noBoothsRequested(party: party.name, booths: party.boothsWanted))
        }
        var fixedOwner: [String: Identifier<ExhibitingParty>] = [:]
        for pin in fixed {
            guard let booth = booths[pin.booth] else {
                problems.append(.fixedBoothNotInVenue(booth: pin.booth))
                continue
            }
            if !partyIDs.contains(pin.party) {
                problems.append(.fixedForUnregisteredParty(booth: pin.booth, party: pin.party.rawValue))
            }
            if booth.blocked {
                problems.append(.fixedBoothBlocked(booth: pin.booth))
            }
            if let owner = fixedOwner[pin.booth], owner != pin.party {
                problems.append(
                    .boothFixedForTwoParties(
                        booth: pin.booth, first: owner.rawValue, second: pin.party.rawValue))
            }
            fixedOwner[pin.booth] = pin.party
        }
        let pinsByParty = Dictionary(grouping: Set(fixed.map { [$0.party.rawValue, $0.booth] }), by: \.[0])
        for party in parties {
            let count = pinsByParty[party.id.rawValue]?.count ?? 0
            if count > party.boothsWanted && party.boothsWanted >= 1 {
                problems.append(
                    .moreFixedThanWanted(party: party.name, fixed: count, wanted: party.boothsWanted))
            }
        }
        func resolve(_ table: [String: [String]]) -> [String: [String]] {
            var result: [String: [String]] = [:]
            for (written, zones) in table.sorted(by: { $0.key < $1.key }) {
                guard let code = ProvinceReference(written).code else {
                    problems.append(.unknownPolicyProvince(written))
                    continue
                }
                result[code.description, default: []] += zones
            }
            return result
        }
        requiredZones = resolve(policy.requiredZonesByProvince)
        preferredProvinceZones = resolve(policy.preferredZonesByProvince)
        guard problems.isEmpty else { throw .invalidInstance(problems) }
        self.title = VietnameseText.normalized(title)
        self.venue = venue
        let pinnedOrHeld = Set(fixed.map(\.party))
        let queue = parties.enumerated().map { index, party in
            QueuePosition(priority: party.priority, registeredAt: party.registeredAt, sequence: index)
        }
        self.parties = parties.indices.sorted { a, b in
            let first = pinnedOrHeld.contains(parties[a].id)
            let second = pinnedOrHeld.contains(parties[b].id)
            return first != second ? first : queue[a] < queue[b]
        }
        .map { parties[$0] }
        self.fixed = fixed
        self.published = published
        self.policy = policy
        withdrawnParties = withdrawn
        zoneTags = Dictionary(venue.zones.map { ($0.id, $0.tags) }) { first, _ in first }
        var regions: [String: Set<PavilionRegion>] = [:]
        for zone in venue.zones where zone.tags.contains("province-pavilion") {
            let served = PavilionRegion.served(byZoneNamed: zone.name, tags: zone.tags)
            if !served.isEmpty { regions[zone.id] = served }
        }
        for (zone, served) in policy.pavilionRegions { regions[zone] = served }
        pavilionRegions = regions
        serviceIndex = Dictionary(uniqueKeysWithValues: self.parties.enumerated().map { ($1.id, $0) })
        let byRegistration = parties.indices.sorted { a, b in
            QueuePosition(priority: 0, registeredAt: parties[a].registeredAt, sequence: a)
                < QueuePosition(priority: 0, registeredAt: parties[b].registeredAt, sequence: b)
        }
        registrationIndex = Dictionary(
            uniqueKeysWithValues: byRegistration.enumerated().map { (parties[$1].id, $0) })
    }

    /// The party with the given identifier.
    public func party(_ id: Identifier<ExhibitingParty>) -> BoothParty? {
        parties.first { $0.id == id }
    }

    /// The tags that apply to a booth: its own and its zone's.
    func tags(of booth: Booth) -> Set<String> {
        booth.tags.union(booth.zone.flatMap { zoneTags[$0] } ?? [])
    }

    /// Whether a booth lies in a zone named by one of the specifications (zone identifiers or tags).
    public func booth(_ booth: Booth, matchesAny specifications: [String]) -> Bool {
        guard !specifications.isEmpty else { return false }
        let tags = tags(of: booth)
        return specifications.contains { $0 == booth.zone || tags.contains($0) }
    }

    /// The services a party's block must offer: those requested, plus the policy's fresh-food ones.
    public func services(for party: BoothParty) -> Set<BoothService> {
        party.servicesNeeded.union(party.showsFreshFood ? policy.freshFoodServices : [])
    }

    /// Whether the booth is in a zone the policy closes to exhibitors.
    public func isClosed(_ booth: Booth) -> Bool {
        !tags(of: booth).isDisjoint(with: policy.closedZoneTags)
    }

    /// Whether food may be sold at the booth: its zone carries a food tag, or it has no zone and no tags.
    public func allowsFood(_ booth: Booth) -> Bool {
        let tags = tags(of: booth)
        if booth.zone == nil && tags.isEmpty { return true }
        return !tags.isDisjoint(with: policy.foodZoneTags)
    }

    /// The zones the policy requires for the party's province (empty: no requirement).
    public func requiredZones(for party: BoothParty) -> [String] {
        party.province?.code.flatMap { requiredZones[$0.description] } ?? []
    }

    /// Whether the zoning rules let the party stand at the booth: lettable, not closed, food only
    /// where allowed, the province's required zones kept. Other parties' pins are not considered.
    public func zoneAllows(_ party: BoothParty, at booth: Booth) -> Bool {
        if booth.blocked || isClosed(booth) { return false }
        if party.showsFood && !allowsFood(booth) { return false }
        let required = requiredZones(for: party)
        return required.isEmpty || self.booth(booth, matchesAny: required)
    }

    /// The zoning score of one booth for a party, 0 to 1: half for its category's zones, half for
    /// the zones its request or its province prefers.
    public func zoningValue(of party: BoothParty, at booth: Booth) -> Double {
        var value = 0.0
        if let category = party.mainCategory, let zones = policy.zonesByCategory[category],
            self.booth(booth, matchesAny: zones)
        {
            value += 0.5
        }
        let provincial = party.province?.code.flatMap { preferredProvinceZones[$0.description] } ?? []
        if self.booth(booth, matchesAny: party.preferredZones + provincial) {
            value += 0.5
        }
        return value
    }

    /// The prime units of a booth: one for a corner (two or more open sides), one for a main-aisle front.
    public func primeUnits(of booth: Booth) -> Int {
        let corner = booth.kind == .corner || booth.kind == .island || booth.openSides.count >= 2
        return (corner ? 1 : 0) + (venue.frontsMainAisle(booth) ? 1 : 0)
    }

    /// A party's claim to prime booths: stars above 2 (1 to 3), plus up to 0.5 for an early
    /// registration (first in service order gets the most).
    public func merit(of party: BoothParty) -> Double {
        let stars = Double(max(0, min(5, party.bestStars) - 2))
        return stars + 0.5 * earliness(of: party)
    }

    /// The value of placing a party, in booths: each booth it wants counts 1 plus up to 0.5 for
    /// being served earlier, and each priority level 1 more. Earliness counts per booth, so booths
    /// let to a party served earlier are worth more than the same booths let to parties served
    /// after it, whatever the sizes of their requests: the score prefers plans that serve the
    /// queue in its order, and among equal requests the waiting list follows the service order.
    public func placementValue(of party: BoothParty) -> Double {
        Double(party.boothsWanted) * (1 + 0.5 * serviceEarliness(of: party)) + Double(max(0, party.priority))
    }

    /// 1 for the first party in registration order down to near 0 for the last.
    func earliness(of party: BoothParty) -> Double {
        let index = registrationIndex[party.id] ?? parties.count
        return 1 - Double(index) / Double(max(1, parties.count))
    }

    /// 1 for the first party in service order down to near 0 for the last.
    func serviceEarliness(of party: BoothParty) -> Double {
        let index = serviceIndex[party.id] ?? parties.count
        return 1 - Double(index) / Double(max(1, parties.count))
    }

    /// Whether two parties stand for the same province.
    public func sameProvince(_ a: BoothParty, _ b: BoothParty) -> Bool {
        guard let x = a.provinceKey, let y = b.provinceKey else { return false }
        return x == y
    }

    /// The pavilion value of two neighbouring parties: 1 for one province.
    public func pavilionValue(_ a: BoothParty, _ b: BoothParty) -> Double {
        sameProvince(a, b) ? 1 : 0
    }

    /// The cluster-grouping value of two neighbouring parties: 1 for two parties of one emulation
    /// cluster, of one province or two. Two parties of one province also earn the pavilion value,
    /// so a wall within a province is worth more than a wall between two provinces of its cluster:
    /// each province's parties stand together, and the cluster's provinces side by side.
    public func clusterGroupingValue(_ a: BoothParty, _ b: BoothParty) -> Double {
        guard let x = a.cluster, let y = b.cluster else { return 0 }
        return x == y ? 1 : 0
    }

    /// The region of a party's province, when known.
    public func region(of party: BoothParty) -> PavilionRegion? {
        party.province.flatMap(PavilionRegion.of)
    }

    /// The regions the pavilion holding a booth serves (empty outside regional pavilions).
    public func regions(at booth: Booth) -> Set<PavilionRegion> {
        booth.zone.flatMap { pavilionRegions[$0] } ?? []
    }

    /// The regional-pavilion value of one booth for a party: in a pavilion serving its region,
    /// 1 plus up to 1 for being served earlier (the first party in service order gets 2), so when
    /// a pavilion cannot hold every party of its region the earlier registrations stand in it.
    public func regionalValue(of party: BoothParty, at booth: Booth) -> Double {
        guard let region = region(of: party), regions(at: booth).contains(region) else { return 0 }
        return regionalWeight(of: party)
    }

    /// What a booth in its region's pavilion is worth to a party: 1 plus its service earliness.
    func regionalWeight(of party: BoothParty) -> Double {
        1 + serviceEarliness(of: party)
    }

    /// Whether two neighbouring parties clash: different provinces, not of one emulation cluster
    /// (a cluster stands together on purpose), showing a common product set.
    public func clash(_ a: BoothParty, _ b: BoothParty) -> Bool {
        !sameProvince(a, b) && clusterGroupingValue(a, b) == 0
            && !a.productSets.isDisjoint(with: b.productSets)
    }

    /// How much an adjacency counts for neighbour scores: 1 for a shared wall, 0.5 across an aisle.
    public static func weight(of kind: BoothAdjacency.Kind) -> Double {
        kind == .sharedWall ? 1 : 0.5
    }
}
