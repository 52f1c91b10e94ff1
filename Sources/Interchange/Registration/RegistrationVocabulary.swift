import Planning

/// The words people write in registration sheets for kinds, sectors, roles, levels and yes/no,
/// as search keys (no diacritics, lowercase), and what they mean.
enum RegistrationVocabulary {
    /// Sectors by the words written for them.
    static let sectors: [String: Sector] = [
        "nong nghiep": .agricultural, "nn": .agricultural, "agricultural": .agricultural,
        "agriculture": .agricultural, "nong lam ngu nghiep": .agricultural,
        "phi nong nghiep": .nonAgricultural, "pnn": .nonAgricultural, "non agricultural": .nonAgricultural,
        "non agriculture": .nonAgricultural,
        "tin dung": .credit, "credit": .credit,
    ]

    /// Attendance roles by the words written for them.
    static let roles: [String: Attendance.Role] = [
        "dai bieu": .delegate, "delegate": .delegate, "thanh vien": .delegate,
        "khach moi": .guest, "guest": .guest, "khach": .guest, "khach quy": .guest,
        "chu tri": .chair, "chair": .chair, "lanh dao chu tri": .chair,
        "bao cao vien": .speaker, "dien gia": .speaker, "speaker": .speaker, "tham luan": .speaker,
        "ban to chuc": .organiser, "btc": .organiser, "organiser": .organiser, "organizer": .organiser,
        "organising committee": .organiser, "organizing committee": .organiser,
        "ky thuat": .technician, "technician": .technician, "ky thuat vien": .technician,
        "phong vien": .press, "bao chi": .press, "press": .press,
    ]

    /// Issuing levels by the words written for them.
    static let issuingLevels: [String: IssuingLevel] = [
        "cap huyen": .district, "huyen": .district, "ubnd huyen": .district, "district": .district,
        "cap tinh": .province, "tinh": .province, "ubnd tinh": .province, "province": .province,
        "provincial": .province, "district level": .district, "province level": .province,
        "central level": .central,
        "trung uong": .central, "cap trung uong": .central, "central": .central, "quoc gia": .central,
    ]

    /// Words meaning yes.
    static let yes: Set<String> = ["co", "x", "yes", "y", "true", "1", "dung", "can", "co can"]
    /// Words meaning no.
    static let no: Set<String> = ["khong", "k", "no", "n", "false", "0", "sai", "khong can"]

    /// Words meaning on site in the attendance column.
    static let onSite: Set<String> = [
        "truc tiep", "tai hoi truong", "tai cho", "on site", "onsite", "in person", "hoi truong chinh",
    ]
}
