public import Planning

/// The sheets of the registration template: organisations, products, delegates and booth requests.
public enum RegistrationSheetKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Tổ chức: cooperatives and other organisations (chủ thể).
    case organisations
    /// Sản phẩm: products, with their OCOP recognition.
    case products
    /// Đại biểu: delegates and guests.
    case delegates
    /// Đăng ký gian hàng: booth requests, each making an exhibiting party (an alliance or one
    /// organisation) with the booths it wants.
    case boothRequests

    /// The sheet's name in the template in `language`.
    public func sheetName(in language: Language) -> String {
        InterchangeMessage.registrationSheetName(self).text(language)
    }

    /// The file name stem of the sheet when the template is written as CSV (one file per sheet).
    public var fileStem: String {
        switch self {
        case .organisations: "to-chuc"
        case .products: "san-pham"
        case .delegates: "dai-bieu"
        case .boothRequests: "dang-ky-gian-hang"
        }
    }

    /// The title row above the header, in `language`.
    func title(in language: Language) -> String {
        InterchangeMessage.registrationSheetTitle(self).text(language)
    }

    /// The fields of the sheet, in template column order.
    public var fields: [RegistrationField] {
        RegistrationField.allCases.filter { $0.sheet == self }
    }

    /// Names a sheet may carry for this kind, as search keys (Vietnamese without diacritics and
    /// English).
    var nameKeys: [String] {
        switch self {
        case .organisations:
            [
                "to chuc", "to chuc dang ky", "danh sach to chuc", "chu the", "htx", "hop tac xa", "don vi",
                "organisations", "organizations", "organisation", "organization", "cooperatives",
            ]
        case .products:
            ["san pham", "san pham dang ky", "danh sach san pham", "san pham ocop", "products", "product"]
        case .delegates:
            [
                "dai bieu", "danh sach dai bieu", "nguoi tham du", "khach moi", "delegates", "delegate",
                "attendees", "participants",
            ]
        case .boothRequests:
            [
                "dang ky gian hang", "gian hang", "gian hang dang ky", "danh sach gian hang", "dang ky gian",
                "don vi trung bay", "booth requests", "booth request", "booths", "exhibitors",
                "exhibiting parties",
            ]
        }
    }

    /// The kind a sheet name stands for, recognised with or without diacritics and in English.
    static func recognise(sheetName: String) -> RegistrationSheetKind? {
        let key = VietnameseText.searchKey(sheetName)
        return allCases.first { $0.nameKeys.contains(key) }
    }
}
