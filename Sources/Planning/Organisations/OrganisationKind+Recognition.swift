extension OrganisationKind {
    /// Kinds by the words organisers write for them, as search keys.
    static let writtenForms: [String: OrganisationKind] = [
        "hop tac xa": .cooperative, "htx": .cooperative, "cooperative": .cooperative,
        "to hop tac": .cooperativeGroup, "tht": .cooperativeGroup, "cooperative group": .cooperativeGroup,
        "lien hiep hop tac xa": .cooperativeUnion, "lien hiep htx": .cooperativeUnion,
        "lhhtx": .cooperativeUnion, "lh htx": .cooperativeUnion, "lien hiep": .cooperativeUnion,
        "union of cooperatives": .cooperativeUnion, "cooperative union": .cooperativeUnion,
        "quy tin dung nhan dan": .peoplesCreditFund, "quy tdnd": .peoplesCreditFund,
        "qtdnd": .peoplesCreditFund, "people s credit fund": .peoplesCreditFund,
        "credit fund": .peoplesCreditFund,
        "doanh nghiep": .enterprise, "dn": .enterprise, "cong ty": .enterprise, "enterprise": .enterprise,
        "company": .enterprise,
        "ho kinh doanh": .householdBusiness, "hkd": .householdBusiness,
        "ho kinh doanh ca the": .householdBusiness, "household business": .householdBusiness,
        "ho san xuat": .householdBusiness,
    ]

    /// Name beginnings that tell the kind, as search keys, longest first.
    static let namePrefixKeys: [(String, OrganisationKind)] = {
        var prefixes = allCases.flatMap { kind in
            kind.namePrefixes.map { (VietnameseText.searchKey($0), kind) }
        }
        prefixes += [
            ("cong ty", .enterprise), ("doanh nghiep", .enterprise), ("dntn", .enterprise),
            ("ho kinh doanh", .householdBusiness), ("hkd", .householdBusiness),
        ]
        return prefixes.sorted { $0.0.count > $1.0.count }
    }()

    /// Recognises a kind as organisers write it: its identifier (`hop-tac-xa`), its Vietnamese name
    /// with or without diacritics, an abbreviation (HTX, THT, LHHTX, QTDND, DN, HKD) or English.
    public init?(written: String) {
        if let kind = OrganisationKind(rawValue: written) {
            self = kind
            return
        }
        guard let kind = Self.writtenForms[VietnameseText.searchKey(written)] else { return nil }
        self = kind
    }

    /// The kind a legal name starts with ("Hợp tác xã …", "HTX …", "Quỹ TDND …", "Công ty …"),
    /// when it tells.
    public static func inferred(fromName name: String) -> OrganisationKind? {
        let key = VietnameseText.searchKey(name)
        return namePrefixKeys.first { key == $0.0 || key.hasPrefix($0.0 + " ") }?.1
    }
}
