/// Makes readable identifiers for new entities (`tc-htx-tan-hoa`, `sp-mat-ong-hoa-ca-phe`,
/// `dv-lien-minh-htx-tinh-ca-mau`) that clash with none taken: the same maker serves commands,
/// forms and the registration import.
public struct IdentifierMaker: Sendable {
    /// The longest slug kept from a name.
    static let slugLength = 40

    /// Identifiers already taken (those made here included).
    private(set) var taken: Set<String>
    /// The bases identifiers were made from (`prefix-slug`, before any `-2`), by prefix: the
    /// identifiers in use a plan must be asked for when it is read in part.
    public private(set) var bases: [String: Set<String>] = [:]
    /// For each base met taken, the next number to try: every smaller one is taken (numbers are
    /// only ever taken, never given back), so the thousandth delegate called Nguyễn Văn An costs
    /// one look-up, not a thousand.
    private var nextNumber: [String: Int] = [:]

    /// A maker avoiding `taken`.
    public init(taken: Set<String>) {
        self.taken = taken
    }

    /// Makes room for `additional` more identifiers, so a registry's tens of thousands do not
    /// grow the set of those taken (and hash them all again) a dozen times over.
    public mutating func reserveCapacity(_ additional: Int) {
        taken.reserveCapacity(taken.count + additional)
    }

    /// The bases identifiers of `kind` were made from.
    public func bases(of kind: EntityKind) -> Set<String> {
        bases[Self.prefix(of: kind), default: []]
    }

    /// The identifier prefix of each kind of entity.
    static func prefix(of kind: EntityKind) -> String {
        switch kind {
        case .organisation: "tc"
        case .product: "sp"
        case .person: "db"
        case .party: "dv"
        case .connectionPoint: "dc"
        case .session: "ph"
        case .room: "phong"
        case .cluster: "cum"
        case .productSet: "bo"
        }
    }

    /// A new identifier `prefix-slug` (the slug from the name without diacritics, at most
    /// ``slugLength`` characters), with `-2`, `-3`, ... when taken; it is taken from then on.
    public mutating func make(prefix: String, from name: String) -> String {
        make(base: Self.base(prefix: prefix, from: name), prefix: prefix)
    }

    /// The base `prefix-slug` a name gives, before any number: the slug is the name without
    /// diacritics, at most ``slugLength`` characters. It depends on the name alone, so an import
    /// works out its rows' bases on several cores and numbers them in row order
    /// (``make(base:prefix:)``).
    public static func base(prefix: String, from name: String) -> String {
        // The key's ASCII bytes (spaces as dashes), at most slugLength of them: the key has no
        // marks left, so its ASCII characters are exactly its ASCII bytes.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.slugLength)
        for byte in VietnameseText.searchKey(String(name.prefix(Self.slugLength * 2))).utf8
        where byte < 0x80 {
            guard bytes.count < Self.slugLength else { break }
            bytes.append(byte == 0x20 ? 0x2D : byte)
        }
        while bytes.last == 0x2D { bytes.removeLast() }
        let slug = String(decoding: bytes, as: UTF8.self)
        return slug.isEmpty ? prefix : "\(prefix)-\(slug)"
    }

    /// The base of an organisation's identifier: from its short name when it has one, else from
    /// its full name (``make(organisationNamed:shortName:)``).
    public static func base(organisationNamed name: String, shortName: String?) -> String {
        let short = shortName.map(VietnameseText.normalized) ?? ""
        return base(prefix: prefix(of: .organisation), from: short.isEmpty ? name : short)
    }

    /// The base of an identifier for an entity of `kind` named `name`.
    public static func base(_ kind: EntityKind, from name: String) -> String {
        base(prefix: prefix(of: kind), from: name)
    }

    /// A new identifier from a base made by ``base(prefix:from:)`` with `prefix`: the base itself,
    /// or with `-2`, `-3`, ... when taken; it is taken from then on.
    public mutating func make(base: String, prefix: String) -> String {
        bases[prefix, default: []].insert(base)
        var candidate = base
        if taken.contains(candidate) {
            var number = nextNumber[base, default: 2]
            repeat {
                candidate = "\(base)-\(number)"
                number += 1
            } while taken.contains(candidate)
            nextNumber[base] = number
        }
        taken.insert(candidate)
        return candidate
    }

    /// A new identifier from a base made by ``base(_:from:)`` or
    /// ``base(organisationNamed:shortName:)`` for an entity of `kind`.
    public mutating func make(base: String, of kind: EntityKind) -> String {
        make(base: base, prefix: Self.prefix(of: kind))
    }

    /// A new identifier for an organisation, made from its short name when it has one (the name
    /// people use, «HTX Tân Hòa» → `tc-htx-tan-hoa`), else from its full name.
    public mutating func make(organisationNamed name: String, shortName: String?) -> String {
        make(base: Self.base(organisationNamed: name, shortName: shortName), of: .organisation)
    }

    /// A new identifier for an entity of `kind` named `name`.
    public mutating func make(_ kind: EntityKind, from name: String) -> String {
        make(prefix: Self.prefix(of: kind), from: name)
    }
}
