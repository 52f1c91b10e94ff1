public import Planning

/// An exhibiting party as the booth allocator sees it: what it asks for and what it shows.
///
/// Built from a plan's party, its booth request, its organisations and products by
/// ``BoothAllocationProblem/init(plan:policy:published:)``, or directly for tests and tools.
public struct BoothParty: Hashable, Codable, Sendable, Identifiable {
    /// The party's identifier.
    public let id: Identifier<ExhibitingParty>
    /// The name on the fascia.
    public var name: String
    /// The province it represents (the alliance's, or its organisation's), when known.
    public var province: ProvinceReference?
    /// The emulation cluster it registered through, when any.
    public var cluster: String?
    /// Standard booths wanted (≥ 1), given as one connected block.
    public var boothsWanted: Int
    /// Services the block must offer (at least one booth of the block offers each).
    public var servicesNeeded: Set<BoothService>
    /// Whether it shows food (agri-food, beverages or fresh food): it may only stand where food is allowed.
    public var showsFood: Bool
    /// Whether it shows fresh food that needs a cold chain.
    public var showsFreshFood: Bool
    /// The 148/QĐ-TTg product sets it shows (legacy groups mapped to their successors).
    public var productSets: Set<Int>
    /// The category most of its products belong to, when known.
    public var mainCategory: ProductCategory?
    /// The highest stars of a recognition valid on the fair's first day (0 without one).
    public var bestStars: Int
    /// When the registration arrived.
    public var registeredAt: LocalDateTime?
    /// The organiser-set priority; higher is served first.
    public var priority: Int
    /// Preferred zones or zone tags from the request.
    public var preferredZones: [String]
    /// Where the registration stands. A withdrawn party is never given booths: every
    /// ``BoothAllocationProblem`` initialiser leaves it out.
    public var registrationStatus: RegistrationStatus

    /// Creates a party profile (confirmed unless said otherwise).
    public init(
        id: Identifier<ExhibitingParty>, name: String, province: ProvinceReference? = nil,
        cluster: String? = nil,
        boothsWanted: Int, servicesNeeded: Set<BoothService> = [], showsFood: Bool = false,
        showsFreshFood: Bool = false, productSets: Set<Int> = [], mainCategory: ProductCategory? = nil,
        bestStars: Int = 0, registeredAt: LocalDateTime? = nil, priority: Int = 0,
        preferredZones: [String] = [], registrationStatus: RegistrationStatus = .confirmed
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.province = province
        self.cluster = cluster.map(VietnameseText.normalized)
        self.boothsWanted = boothsWanted
        self.servicesNeeded = servicesNeeded
        self.showsFood = showsFood
        self.showsFreshFood = showsFreshFood
        self.productSets = productSets
        self.mainCategory = mainCategory
        self.bestStars = bestStars
        self.registeredAt = registeredAt
        self.priority = priority
        self.preferredZones = preferredZones
        self.registrationStatus = registrationStatus
    }

    /// The key parties of one province share: the 2025 unit's code, or the name as written.
    public var provinceKey: String? {
        guard let province else { return nil }
        return province.code?.description ?? VietnameseText.searchKey(province.written)
    }

    /// The province's official name for lists, or "—".
    public var provinceName: String { province?.officialName ?? "—" }
}
