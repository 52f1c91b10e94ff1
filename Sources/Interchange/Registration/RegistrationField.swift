public import Planning

/// A column of the registration template: its header, the other headers it is recognised by, and
/// the note on its format shown to whoever fills it in.
public enum RegistrationField: String, CaseIterable, Hashable, Sendable, Codable {
    // Tổ chức
    /// The organisation's legal name.
    case organisationName
    /// The organisation's short name.
    case organisationShortName
    /// The legal kind (HTX, tổ hợp tác, ...).
    case organisationKind
    /// The sector the alliance counts it in.
    case organisationSector
    /// The registration (tax) code.
    case organisationCode
    /// The province of the head office.
    case organisationProvince
    /// The address.
    case organisationAddress
    /// The number of members.
    case organisationMembers
    /// The contact person.
    case contactName
    /// The contact person's position.
    case contactPosition
    /// The contact's phone.
    case contactPhone
    /// The contact's e-mail.
    case contactEmail
    // Sản phẩm
    /// The product's name.
    case productName
    /// The owner (chủ thể), by name or registration code.
    case productOwner
    /// The OCOP product set or legacy group.
    case productSet
    /// The OCOP stars.
    case stars
    /// The recognition decision's number.
    case decisionNumber
    /// The recognition decision's date.
    case decisionDate
    /// The body that issued the decision.
    case issuingBody
    /// The level that issued it.
    case issuingLevel
    /// An end of validity stated in the decision.
    case validUntil
    /// The OCOP product code.
    case productCode
    /// Whether the product needs water or cold storage.
    case coldChain
    // Đại biểu
    /// Ông, Bà, Đồng chí.
    case honorific
    /// The delegate's full name.
    case fullName
    /// The delegate's position.
    case position
    /// The organisation the delegate represents, by name or registration code.
    case delegateOrganisation
    /// The unit as printed on the list, when not a registered organisation.
    case unit
    /// The delegate's province.
    case delegateProvince
    /// The delegate's phone.
    case delegatePhone
    /// The delegate's e-mail.
    case delegateEmail
    /// The date of birth.
    case dateOfBirth
    /// The role at the event.
    case role
    /// On site, or the connection point attended from.
    case attendance
    // Đăng ký gian hàng
    /// The exhibiting party's name, as on the booth's fascia.
    case partyName
    /// For a provincial alliance: its province (exactly one of this and ``partyOrganisation``).
    case partyProvince
    /// For a single organisation: the organisation, by registration code, identifier or name.
    case partyOrganisation
    /// The standard booths wanted, as one connected block.
    case boothsWanted
    /// The organisations sharing the booths, separated by `;`.
    case sharedWith
    /// The products shown, separated by `;` (empty: every product of the sharing organisations).
    case productsShown
    /// Whether the booths need water.
    case needsWater
    /// Whether the booths need cold storage.
    case needsColdStorage
    /// Whether the booths need power beyond the standard socket.
    case needsPower
    /// The preferred zones (venue zones or zone tags), in order, separated by `;`.
    case preferredZones
    /// The emulation cluster the registration comes through.
    case partyCluster
    /// The contact person about the booth.
    case partyContact
    /// The contact's phone.
    case partyPhone
    /// Notes for the organisers.
    case partyNotes

    /// The sheet the field belongs to.
    public var sheet: RegistrationSheetKind {
        switch self {
        case .organisationName, .organisationShortName, .organisationKind, .organisationSector,
            .organisationCode, .organisationProvince, .organisationAddress, .organisationMembers,
            .contactName, .contactPosition, .contactPhone, .contactEmail:
            .organisations
        case .productName, .productOwner, .productSet, .stars, .decisionNumber, .decisionDate,
            .issuingBody, .issuingLevel, .validUntil, .productCode, .coldChain:
            .products
        case .honorific, .fullName, .position, .delegateOrganisation, .unit, .delegateProvince,
            .delegatePhone, .delegateEmail, .dateOfBirth, .role, .attendance:
            .delegates
        case .partyName, .partyProvince, .partyOrganisation, .boothsWanted, .sharedWith, .productsShown,
            .needsWater, .needsColdStorage, .needsPower, .preferredZones, .partyCluster, .partyContact,
            .partyPhone, .partyNotes:
            .boothRequests
        }
    }

    /// The header written in the template in `language`.
    public func header(in language: Language) -> String {
        InterchangeMessage.fieldHeader(self).text(language)
    }

    /// What to write, in `language`: shown as the header cell's note and on the instructions sheet.
    public func note(in language: Language) -> String {
        InterchangeMessage.fieldNote(self).text(language)
    }

    /// The note on the template's header cell in `language`: required or not, how to write it, an
    /// example.
    public func headerNote(in language: Language) -> String {
        InterchangeMessage.fieldHeaderNote(self).text(language)
    }

    /// An example value in `language`, shown on the instructions sheet (empty for some fields).
    public func example(in language: Language) -> String {
        InterchangeMessage.fieldExample(self).text(language)
    }

    /// Whether every row must fill it in.
    public var isRequired: Bool {
        switch self {
        case .organisationName, .organisationProvince, .productName, .productOwner, .fullName, .partyName,
            .boothsWanted:
            true
        default:
            false
        }
    }

    /// The column width in the template, in centimetres.
    var widthCentimetres: Double {
        switch self {
        case .organisationName, .productName, .productOwner, .delegateOrganisation, .unit,
            .organisationAddress, .productSet, .partyName, .sharedWith, .productsShown, .partyOrganisation:
            7
        case .fullName, .contactName, .position, .contactPosition, .issuingBody, .attendance, .partyContact,
            .preferredZones, .partyCluster, .partyNotes:
            5
        case .stars, .honorific, .organisationMembers, .coldChain, .boothsWanted, .needsWater,
            .needsColdStorage, .needsPower:
            2.4
        default:
            3.6
        }
    }

    /// The search keys of the field's own header in every language.
    var headerKeys: [String] {
        Language.allCases.map { RegistrationSheetLayout.headerKey(header(in: $0)) }
    }

    /// Other headers the field is recognised by, as search keys (no diacritics, lowercase).
    var aliasKeys: [String] {
        switch self {
        case .organisationName:
            [
                "ten to chuc", "ten htx", "ten hop tac xa", "ten don vi", "ten chu the", "to chuc", "ten",
                "organisation", "organization", "organisation name", "organization name", "name",
            ]
        case .organisationShortName:
            ["ten viet tat", "ten goi tat", "ten ngan", "short name", "abbreviation"]
        case .organisationKind:
            ["loai hinh", "loai hinh to chuc", "loai hinh kinh te", "loai", "kind", "type", "legal form"]
        case .organisationSector: ["linh vuc", "nganh", "nganh nghe", "linh vuc hoat dong", "sector"]
        case .organisationCode:
            [
                "ma so htx mst", "ma so htx", "ma so thue", "mst", "ma so doanh nghiep", "ma so dang ky",
                "so dang ky", "registration code", "tax code", "tax id",
            ]
        case .organisationProvince, .delegateProvince:
            ["tinh thanh pho", "tinh thanh", "tinh", "tinh tp", "dia phuong", "province", "province city"]
        case .organisationAddress: ["dia chi", "dia chi tru so", "tru so", "address"]
        case .organisationMembers: ["so thanh vien", "thanh vien", "members", "member count"]
        case .contactName:
            ["nguoi lien he", "nguoi dai dien", "lien he", "contact", "contact name", "contact person"]
        case .contactPosition:
            ["chuc vu nguoi lien he", "chuc vu", "chuc danh", "contact position", "position"]
        case .contactPhone, .delegatePhone:
            ["dien thoai", "so dien thoai", "sdt", "dt", "di dong", "phone", "telephone", "mobile"]
        case .contactEmail, .delegateEmail: ["email", "e mail", "thu dien tu", "hop thu"]
        case .productName: ["ten san pham", "san pham", "product", "product name", "name"]
        case .productOwner:
            [
                "chu the", "chu the san pham", "ten chu the", "to chuc", "ten to chuc", "htx", "don vi",
                "owner",
                "organisation", "organization",
            ]
        case .productSet:
            [
                "bo san pham ocop", "bo san pham", "nhom san pham", "phan nhom", "nhom", "nganh hang",
                "product set", "category", "ocop product set",
            ]
        case .stars: ["so sao", "hang sao", "sao", "sao ocop", "xep hang", "stars", "ocop stars", "rating"]
        case .decisionNumber:
            ["so quyet dinh", "so qd", "quyet dinh", "quyet dinh cong nhan", "decision", "decision number"]
        case .decisionDate: ["ngay quyet dinh", "ngay qd", "ngay cong nhan", "ngay ky", "decision date"]
        case .issuingBody: ["co quan cong nhan", "co quan ban hanh", "noi cap", "issuing body", "issued by"]
        case .issuingLevel: ["cap cong nhan", "cap", "cap ban hanh", "issuing level", "level"]
        case .validUntil:
            ["hieu luc den", "ngay het han", "het han", "thoi han", "valid until", "expiry", "expires"]
        case .productCode: ["ma san pham ocop", "ma san pham", "ma ocop", "ocop code", "product code"]
        case .coldChain:
            [
                "can nuoc kho lanh", "kho lanh", "hang tuoi song", "tuoi song", "can nuoc", "cold chain",
                "fresh", "fresh food",
            ]
        case .honorific: ["danh xung", "xung ho", "ong ba", "gioi tinh", "honorific", "title"]
        case .fullName: ["ho va ten", "ho ten", "ten dai bieu", "ho ten dai bieu", "full name", "name"]
        case .position: ["chuc vu", "chuc danh", "position", "job title"]
        case .delegateOrganisation:
            ["to chuc", "chu the", "ten to chuc", "htx", "organisation", "organization"]
        case .unit: ["don vi", "co quan", "co quan don vi", "don vi cong tac", "unit", "agency"]
        case .dateOfBirth:
            ["ngay sinh", "ngay thang nam sinh", "date of birth", "birth date", "dob", "birthday"]
        case .role: ["vai tro", "thanh phan", "role"]
        case .attendance:
            [
                "hinh thuc tham du", "hinh thuc", "diem cau", "tham du tai", "noi tham du", "attendance",
                "connection point", "attends from",
            ]
        default: boothAliasKeys
        }
    }
}
