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
    /// People by the tone-keeping key of their full name (``NameKey/exact(_:)``): a registration
    /// row stands for a person of the plan with its name and organisation or unit.
    public var personNames: Set<String> = []
    /// Texts that name people (a chair, a speaker, the person an edit names): every person
    /// whose identifier is one of them, or whose full name's tone-keeping or folded key
    /// (``NameKey``) is one of theirs: all the people any stage of ``NameIndex`` but the match by
    /// parts would give for them.
    public var personReferences: Set<String> = []
    /// Texts that name organisations (a product's owner, a delegate's organisation, an exhibitor
    /// and those sharing its booths): every organisation any stage of ``NameIndex`` would match
    /// to one of them (identifier, registration code with a lost leading zero restored, name or
    /// short name with tones or folded), with all its products.
    public var organisationReferences: Set<String> = []
    /// Texts that name products (those a booth request shows): every product whose identifier or
    /// name (tones kept or folded) matches one.
    public var productReferences: Set<String> = []
    /// The fair's own tables, whose size the venue and the programme bound: the venue, the
    /// exhibiting parties with their booth requests, the connection points and the sessions.
    public var fair = false
    /// The booths assigned to parties (with ``fair``): only the rules about a party's booths look
    /// at them.
    public var boothPlan = false
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
            self.init(organisation, nameKey: VietnameseText.searchKey(organisation.name))
        }

        /// The key of `organisation` whose name's search key is already known.
        public init(_ organisation: Organisation, nameKey: String) {
            self.nameKey = nameKey
            provinceCode = organisation.province.code?.code
            provinceWritten = organisation.province.written
        }

        /// The whole key, as ``PlanValidator/nameAndProvinceKey(_:)`` makes it.
        public var key: String { "\(nameKey)|\(provinceCode ?? provinceWritten)" }
    }

    /// An empty focus: the event only.
    public init() {}

    /// Adds what `other` looks at.
    public mutating func formUnion(_ other: PlanFocus) {
        organisationIDs.formUnion(other.organisationIDs)
        registrationCodes.formUnion(other.registrationCodes)
        organisationNames.formUnion(other.organisationNames)
        productOwners.formUnion(other.productOwners)
        productIDs.formUnion(other.productIDs)
        personIDs.formUnion(other.personIDs)
        personKeys.formUnion(other.personKeys)
        connectionPoints = connectionPoints || other.connectionPoints
        personNames.formUnion(other.personNames)
        personReferences.formUnion(other.personReferences)
        organisationReferences.formUnion(other.organisationReferences)
        productReferences.formUnion(other.productReferences)
        fair = fair || other.fair
        boothPlan = boothPlan || other.boothPlan
        identifierStems.merge(other.identifierStems) { $0.union($1) }
    }

    /// Whether a new identifier of `kind` made from `stem` could be `id`.
    public func stem(of kind: EntityKind, couldMake id: String) -> Bool {
        identifierStems[kind, default: []].contains { id == $0 || id.hasPrefix($0 + "-") }
    }
}
