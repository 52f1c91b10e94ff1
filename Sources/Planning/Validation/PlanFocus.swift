/// The part of a plan that the rules about a few entities look at, so a command that adds or
/// changes one entity reads and checks only that part of a large plan.
///
/// The focus names entities by identifier and by the keys the rules group them by (registration
/// code; name and province; owner; a person's name and phone or e-mail). A plan holding the
/// event, every entity the focus names and (for people) every person sharing a duplicate key with
/// one of them, transitively, gives exactly the findings about the focused entities that the whole
/// plan gives: each rule that concerns them compares them only with entities of those groups.
/// `PlanValidator.focus(registering:)` says what a new or changed organisation, product or person
/// needs; the plan file fills the focus in (`PlanStore.loadPlan(focus:)`).
public struct PlanFocus: Hashable, Sendable {
    /// Organisations by identifier (the entity itself, an owner, union members).
    public var organisationIDs: Set<String> = []
    /// Organisations by registration code (the duplicate-code rule's groups).
    public var registrationCodes: Set<String> = []
    /// Organisations by name and province (the possible-duplicate rule's groups):
    /// ``PlanValidator/nameAndProvinceKey(_:)`` values, with the province each names.
    public var organisationNames: Set<NameInProvince> = []
    /// Products of these owners, all of them (the duplicate-product rule groups by owner).
    public var productOwners: Set<String> = []
    /// Products by identifier.
    public var productIDs: Set<String> = []
    /// People by identifier.
    public var personIDs: Set<String> = []
    /// People by duplicate key (``PlanValidator/duplicateKeys(of:)``), closed transitively over the
    /// keys of the people found.
    public var personKeys: Set<String> = []
    /// Every connection point (a person's attendance may name one).
    public var connectionPoints = false
    /// Stems of new identifiers, per kind of entity: the identifiers in use equal to a stem or
    /// starting with it and `-` are those a new one could clash with (read apart from the plan,
    /// `PlanStore.identifiers(of:from:)`, as thousands of organisations may share a stem).
    public var identifierStems: [EntityKind: Set<String>] = [:]

    /// A name and province as the possible-duplicate rule groups organisations.
    public struct NameInProvince: Hashable, Sendable {
        /// The organisation's name as a search key (no diacritics, lowercase).
        public var nameKey: String
        /// The province's code when it resolved, else nil.
        public var provinceCode: String?
        /// The province as written when it did not resolve (compared as written).
        public var provinceWritten: String

        /// The key of `organisation`.
        public init(_ organisation: Organisation) {
            nameKey = VietnameseText.searchKey(organisation.name)
            provinceCode = organisation.province.code?.code
            provinceWritten = organisation.province.written
        }

        /// The whole key, as ``PlanValidator/nameAndProvinceKey(_:)`` makes it.
        public var key: String { "\(nameKey)|\(provinceCode ?? provinceWritten)" }
    }

    /// An empty focus: the event only.
    public init() {}

    /// Whether a new identifier of `kind` made from `stem` could be `id`.
    public func stem(of kind: EntityKind, couldMake id: String) -> Bool {
        identifierStems[kind, default: []].contains { id == $0 || id.hasPrefix($0 + "-") }
    }
}
