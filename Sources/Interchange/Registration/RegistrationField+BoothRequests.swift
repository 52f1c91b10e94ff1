extension RegistrationField {
    /// The fields of the Đăng ký gian hàng sheet that name other entities, separated by `;`.
    static let listFields: Set<RegistrationField> = [.sharedWith, .productsShown, .preferredZones]

    /// Other headers the booth-request fields are recognised by, as search keys (no diacritics,
    /// lowercase); empty for the fields of the other sheets.
    var boothAliasKeys: [String] {
        switch self {
        case .partyName:
            [
                "ten don vi trung bay", "don vi trung bay", "ten gian hang", "ten tren bang ten", "bang ten",
                "ten bang hieu", "bang hieu", "don vi dang ky", "exhibitor", "exhibiting party", "party",
                "party name", "fascia", "fascia name",
            ]
        case .partyProvince:
            [
                "tinh", "tinh thanh pho", "tinh lien minh htx", "lien minh htx tinh", "tinh lien minh",
                "province", "alliance province", "province alliance",
            ]
        case .partyOrganisation:
            ["to chuc", "ten to chuc", "chu the", "htx", "ma so htx", "organisation", "organization"]
        case .boothsWanted:
            [
                "so gian", "so gian hang", "so luong gian", "so gian dang ky", "booths", "booths wanted",
                "booth count",
            ]
        case .sharedWith:
            [
                "dung chung voi", "dung chung", "chung gian voi", "cac htx dung chung", "to chuc dung chung",
                "shared with", "sharing organisations", "sharing organizations", "share with",
            ]
        case .productsShown:
            [
                "san pham trung bay", "san pham", "cac san pham", "san pham gioi thieu", "products shown",
                "products",
            ]
        case .needsWater: ["can nuoc", "nuoc", "cap nuoc", "water"]
        case .needsColdStorage: ["can kho lanh", "kho lanh", "tu lanh", "cold storage", "cold store"]
        case .needsPower:
            ["can dien bo sung", "dien bo sung", "can dien", "dien", "extra power", "power", "electricity"]
        case .preferredZones:
            [
                "khu vuc mong muon", "khu vuc", "khu mong muon", "vi tri mong muon", "preferred zone",
                "preferred zones", "zone", "zones",
            ]
        case .partyCluster: ["cum thi dua", "cum", "emulation cluster", "cluster"]
        case .partyContact: ["nguoi lien he", "lien he", "nguoi phu trach", "contact", "contact person"]
        case .partyPhone: ["dien thoai", "so dien thoai", "sdt", "dt", "di dong", "phone", "mobile"]
        case .partyNotes: ["ghi chu", "yeu cau khac", "notes", "note", "remarks"]
        default: []
        }
    }
}
