import Planning

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
        }
    }

    /// The header written in the template.
    public var header: String {
        switch self {
        case .organisationName: "Tên tổ chức"
        case .organisationShortName: "Tên viết tắt"
        case .organisationKind: "Loại hình"
        case .organisationSector: "Lĩnh vực"
        case .organisationCode: "Mã số HTX/MST"
        case .organisationProvince, .delegateProvince: "Tỉnh/thành phố"
        case .organisationAddress: "Địa chỉ"
        case .organisationMembers: "Số thành viên"
        case .contactName: "Người liên hệ"
        case .contactPosition: "Chức vụ người liên hệ"
        case .contactPhone, .delegatePhone: "Điện thoại"
        case .contactEmail, .delegateEmail: "Email"
        case .productName: "Tên sản phẩm"
        case .productOwner: "Chủ thể"
        case .productSet: "Bộ sản phẩm OCOP"
        case .stars: "Số sao"
        case .decisionNumber: "Số quyết định"
        case .decisionDate: "Ngày quyết định"
        case .issuingBody: "Cơ quan công nhận"
        case .issuingLevel: "Cấp công nhận"
        case .validUntil: "Hiệu lực đến"
        case .productCode: "Mã sản phẩm OCOP"
        case .coldChain: "Cần nước/kho lạnh"
        case .honorific: "Danh xưng"
        case .fullName: "Họ và tên"
        case .position: "Chức vụ"
        case .delegateOrganisation: "Tổ chức"
        case .unit: "Đơn vị"
        case .dateOfBirth: "Ngày sinh"
        case .role: "Vai trò"
        case .attendance: "Hình thức tham dự"
        }
    }

    /// Whether every row must fill it in.
    public var isRequired: Bool {
        switch self {
        case .organisationName, .organisationProvince, .productName, .productOwner, .fullName:
            true
        default:
            false
        }
    }

    /// What to write, shown as the header cell's note and on the instructions sheet.
    public var note: String {
        switch self {
        case .organisationName:
            "Tên đầy đủ theo giấy chứng nhận đăng ký, ví dụ: Hợp tác xã Nông nghiệp Tân Hòa."
        case .organisationShortName: "Tên thường gọi, ví dụ: HTX NN Tân Hòa. Không bắt buộc."
        case .organisationKind:
            "Một trong: Hợp tác xã, Tổ hợp tác, Liên hiệp hợp tác xã, Quỹ tín dụng nhân dân, Doanh nghiệp, "
                + "Hộ kinh doanh (viết tắt HTX, THT, LHHTX, QTDND, DN, HKD được). Để trống thì suy ra từ tên."
        case .organisationSector:
            "Nông nghiệp, Phi nông nghiệp hoặc Tín dụng. Để trống thì suy ra từ loại hình và sản phẩm."
        case .organisationCode:
            "Mã số HTX/mã số thuế 10 chữ số (chi nhánh: 10 số-3 số). Nên định dạng ô là Văn bản để giữ số 0 đầu."
        case .organisationProvince, .delegateProvince:
            "Tên tỉnh/thành phố, tên mới (2025) hoặc tên cũ trước sáp nhập, có dấu hay không dấu đều được."
        case .organisationAddress: "Địa chỉ trụ sở."
        case .organisationMembers: "Số thành viên (số nguyên). Liên hiệp HTX: số HTX thành viên."
        case .contactName: "Họ và tên người liên hệ về đăng ký."
        case .contactPosition: "Ví dụ: Giám đốc, Kế toán."
        case .contactPhone, .delegatePhone: "Số di động 10 chữ số (09..., 03...) hoặc số cố định có mã vùng."
        case .contactEmail, .delegateEmail: "Địa chỉ thư điện tử."
        case .productName: "Tên sản phẩm như trên nhãn, ví dụ: Mật ong hoa cà phê."
        case .productOwner: "Tên tổ chức đúng như ở trang «Tổ chức», hoặc mã số HTX/MST của tổ chức."
        case .productSet:
            "Bộ sản phẩm theo QĐ 148/QĐ-TTg (ví dụ: Rau, củ, quả, hạt tươi; hoặc «Bộ sản phẩm số 5»), "
                + "hoặc phân nhóm theo QĐ 1048/QĐ-TTg (ví dụ: «Phân nhóm 9»)."
        case .stars: "3, 4 hoặc 5. Để trống nếu sản phẩm chưa được công nhận OCOP."
        case .decisionNumber: "Số quyết định công nhận, ví dụ: 1234/QĐ-UBND."
        case .decisionDate: "Ngày ký quyết định: dd/mm/yyyy (ví dụ 15/03/2024), yyyy-mm-dd, hoặc ô kiểu Ngày."
        case .issuingBody: "Ví dụ: UBND tỉnh Cà Mau. Không bắt buộc."
        case .issuingLevel: "Cấp huyện, Cấp tỉnh hoặc Trung ương. Không bắt buộc."
        case .validUntil:
            "Chỉ điền nếu quyết định ghi thời hạn khác 36 tháng; định dạng như ngày quyết định."
        case .productCode: "Mã sản phẩm OCOP nếu quyết định có ghi."
        case .coldChain: "«Có» nếu là hàng tươi sống cần nước hoặc kho lạnh tại gian hàng; để trống là Không."
        case .honorific: "Ông, Bà hoặc Đồng chí."
        case .fullName: "Họ, tên đệm và tên, ví dụ: Nguyễn Thị Minh Anh."
        case .position: "Chức vụ để xếp thứ tự nghi lễ, ví dụ: Chủ tịch HĐQT, Giám đốc."
        case .delegateOrganisation:
            "Tên tổ chức ở trang «Tổ chức» hoặc mã số HTX/MST; để trống nếu không thuộc tổ chức nào."
        case .unit: "Cơ quan, đơn vị in trên danh sách khi không phải tổ chức đăng ký."
        case .dateOfBirth: "dd/mm/yyyy; dùng để phân biệt người trùng tên. Không bắt buộc."
        case .role:
            "Đại biểu (mặc định), Khách mời, Chủ trì, Báo cáo viên, Ban tổ chức, Kỹ thuật, Phóng viên."
        case .attendance: "«Trực tiếp» (mặc định) hoặc tên điểm cầu trực tuyến, ví dụ: Điểm cầu Sơn La."
        }
    }

    /// The note on the template's header cell: required or not, how to write it, an example.
    public var headerNote: String {
        let required = isRequired ? "Bắt buộc. " : ""
        let example = self.example.isEmpty ? "" : "\nVí dụ: \(self.example)"
        return required + note + example
    }

    /// An example value, shown on the instructions sheet.
    public var example: String {
        switch self {
        case .organisationName: "Hợp tác xã Nông nghiệp Tân Hòa"
        case .organisationShortName: "HTX NN Tân Hòa"
        case .organisationKind: "Hợp tác xã"
        case .organisationSector: "Nông nghiệp"
        case .organisationCode: "1900123456"
        case .organisationProvince, .delegateProvince: "Cà Mau"
        case .organisationAddress: "Ấp 3, xã Tân Hòa"
        case .organisationMembers: "25"
        case .contactName: "Trần Thị Bích Ngọc"
        case .contactPosition: "Giám đốc"
        case .contactPhone, .delegatePhone: "0912 345 678"
        case .contactEmail, .delegateEmail: "htx.tanhoa@example.vn"
        case .productName: "Mật ong hoa cà phê"
        case .productOwner: "Hợp tác xã Nông nghiệp Tân Hòa"
        case .productSet: "Mật ong, sản phẩm từ mật ong"
        case .stars: "4"
        case .decisionNumber: "1234/QĐ-UBND"
        case .decisionDate: "15/03/2024"
        case .issuingBody: "UBND tỉnh Cà Mau"
        case .issuingLevel: "Cấp tỉnh"
        case .validUntil: ""
        case .productCode: ""
        case .coldChain: "Không"
        case .honorific: "Bà"
        case .fullName: "Trần Thị Bích Ngọc"
        case .position: "Giám đốc"
        case .delegateOrganisation: "HTX NN Tân Hòa"
        case .unit: ""
        case .dateOfBirth: "02/09/1978"
        case .role: "Đại biểu"
        case .attendance: "Trực tiếp"
        }
    }

    /// The column width in the template, in centimetres.
    var widthCentimetres: Double {
        switch self {
        case .organisationName, .productName, .productOwner, .delegateOrganisation, .unit,
            .organisationAddress, .productSet:
            7
        case .fullName, .contactName, .position, .contactPosition, .issuingBody, .attendance:
            5
        case .stars, .honorific, .organisationMembers, .coldChain:
            2.4
        default:
            3.6
        }
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
        }
    }
}
