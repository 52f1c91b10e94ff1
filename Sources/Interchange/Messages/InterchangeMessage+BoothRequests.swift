import Planning

extension InterchangeMessage {
    /// A booth-request message in `language`; nil for the other cases.
    static func boothRequestText(_ message: InterchangeMessage, _ language: Language) -> String? {
        language == .vietnamese ? boothRequestVietnamese(message) : boothRequestEnglish(message)
    }

    /// A booth-request message in Vietnamese; nil for the other cases.
    private static func boothRequestVietnamese(_ message: InterchangeMessage) -> String? {
        switch message {
        case .instructionBoothRequests(let sheet):
            "Trang «\(sheet)»: mỗi dòng là một đơn vị trưng bày (tên trên bảng tên gian hàng) và số gian "
                + "cần thuê. Liên minh HTX tỉnh điền cột Tỉnh; một tổ chức trưng bày riêng điền cột Tổ chức "
                + "(đúng một trong hai cột). «Dùng chung với» và «Sản phẩm trưng bày» ghi nhiều tổ chức, sản phẩm "
                + "cách nhau bằng dấu chấm phẩy (;), theo tên ở các trang «Tổ chức», «Sản phẩm» hoặc đã có trong "
                + "kế hoạch. Các cột Tỉnh, Cần nước, Cần kho lạnh, Cần điện bổ sung và Khu vực mong muốn có danh "
                + "sách chọn. Đơn vị đăng ký ở trạng thái chờ xác nhận; nhập lại tệp (đợt sau) thì cập nhật, không "
                + "tạo trùng."
        case .partyProvinceOrOrganisation(let bothGiven):
            bothGiven
                ? "Chỉ điền một trong hai cột Tỉnh (liên minh HTX) và Tổ chức, không điền cả hai."
                : "Điền một trong hai cột: Tỉnh (cho liên minh HTX tỉnh) hoặc Tổ chức (cho một tổ chức)."
        case .boothsOutOfRange(let written, let maximum):
            "Số gian \(written) không hợp lệ: cần từ 1 đến \(maximum)."
        case .productNotFound(let written, let suggestions):
            "Không tìm thấy sản phẩm «\(written)» ở trang Sản phẩm hay trong kế hoạch.\(hint(suggestions))"
        case .productAmbiguous(let written, let candidates):
            "«\(written)» ứng với \(candidates.count) sản phẩm (\(candidates.joined(separator: "; "))): "
                + "hãy ghi tên đầy đủ có dấu hoặc mã (id)."
        case .outsideSubmission(.partyOrganisation):
            "Tổ chức của gian hàng phải là tổ chức đang đăng ký (trang Tổ chức của hồ sơ này): hồ sơ đăng ký trên "
                + "cổng không đăng ký gian hàng cho tổ chức khác. Tổ chức khác cần tự đăng ký hoặc sửa qua đường dẫn "
                + "riêng của mình."
        case .outsideSubmission(let field):
            (field == .productOwner ? "Chủ thể của sản phẩm" : "Tổ chức của đại biểu")
                + " phải là tổ chức đang đăng ký (trang Tổ chức của hồ sơ này): hồ sơ đăng ký trên cổng không thêm "
                + "sản phẩm hay đại biểu cho tổ chức khác. Tổ chức khác cần tự đăng ký hoặc sửa qua đường dẫn riêng của mình."
        case .sharingNotConfirmed(let written):
            "Không ghi được «\(written)» ở «Dùng chung với»: trên cổng đăng ký, ô này chỉ ghi tổ chức đang đăng ký "
                + "và các tổ chức ban tổ chức đã xếp cùng gian hàng với đơn vị. Muốn dùng chung gian hàng với một tổ "
                + "chức khác, hãy xoá tên này và ghi tên, mã số của tổ chức đó vào «Ghi chú»: ban tổ chức sẽ hỏi tổ "
                + "chức đó trước khi xếp vào gian."
        case .productNotAmongShared(let written, let suggestions):
            "«\(written)» không có trong các sản phẩm của đơn vị đăng ký (phần Sản phẩm) hay của tổ chức ghi ở "
                + "«Dùng chung với»: chỉ ghi sản phẩm của các đơn vị này.\(hint(suggestions))"
        case .zoneUnknown(let written, let zones):
            "Địa điểm không có khu vực «\(written)»; vẫn ghi nhận như đã viết. Các khu vực: "
                + "\(zones.joined(separator: "; "))."
        case .phoneWithoutContact: "Có số điện thoại nhưng chưa có người liên hệ: hãy điền cột Người liên hệ."
        case .boothRequestSkippedWithRow(let kind, let name, let row):
            "Chưa nhập được: cần dòng \(row) ở trang \(sheetName(kind)) («\(name)»), dòng đó có lỗi. Sửa dòng đó "
                + "thì dòng này nhập được; với --skip-invalid, dòng này được bỏ qua cùng dòng đó."
        case .partiesToImport(let added, let updated):
            "Đăng ký gian hàng: \(added) đơn vị trưng bày mới"
                + (updated > 0 ? ", \(updated) cập nhật." : ".")
        default: nil
        }
    }

    /// A booth-request message in English; nil for the other cases.
    private static func boothRequestEnglish(_ message: InterchangeMessage) -> String? {
        switch message {
        case .instructionBoothRequests(let sheet):
            "The «\(sheet)» sheet: one row per exhibitor (the name on the booth's fascia) and the booths it "
                + "wants. A provincial cooperative alliance fills in Province; a single organisation showing on "
                + "its own fills in Organisation (exactly one of the two). «Shared with» and «Products shown» list "
                + "several organisations or products separated by semicolons (;), by their names on the "
                + "Organisations and Products sheets or in the plan. Province, Water, Cold storage, Extra power "
                + "and Preferred zone have drop-down lists. Exhibitors arrive pending; importing the file again "
                + "(a later wave) updates them rather than adding them twice."
        case .partyProvinceOrOrganisation(let bothGiven):
            bothGiven
                ? "Fill in only one of Province (alliance) and Organisation, not both."
                : "Fill in one of Province (for a provincial alliance) or Organisation (for one organisation)."
        case .boothsOutOfRange(let written, let maximum):
            "\(written) booths is not valid: from 1 to \(maximum)."
        case .productNotFound(let written, let suggestions):
            "No product «\(written)» on the Products sheet or in the plan.\(englishHint(suggestions))"
        case .productAmbiguous(let written, let candidates):
            "«\(written)» names \(candidates.count) products (\(candidates.joined(separator: "; "))): "
                + "write the full name with its diacritics, or the identifier (id)."
        case .outsideSubmission(.partyOrganisation):
            "The booth request's organisation must be the organisation registering (the Organisations sheet of "
                + "this submission): a registration on the portal asks for no booth for another organisation. That "
                + "one registers itself or corrects through its own private link."
        case .outsideSubmission(let field):
            (field == .productOwner ? "A product's owner" : "A delegate's organisation")
                + " must be the organisation registering (the Organisations sheet of this submission): a "
                + "registration on the portal adds no product or delegate to another organisation. That one "
                + "registers itself or corrects through its own private link."
        case .sharingNotConfirmed(let written):
            "«\(written)» cannot go in «Shared with»: on the portal, it names only the organisation registering "
                + "and the organisations the organisers have already put in its booths. To share the booths with "
                + "another organisation, remove this name and write that organisation's name and code in «Notes»: "
                + "the organisers will ask it before putting it in the booths."
        case .productNotAmongShared(let written, let suggestions):
            "«\(written)» is not one of the products of the registering organisation (the Products part) or of "
                + "an organisation named in «Shared with»: name only their products.\(englishHint(suggestions))"
        case .zoneUnknown(let written, let zones):
            "The venue has no zone «\(written)»; kept as written. Its zones: \(zones.joined(separator: "; "))."
        case .phoneWithoutContact: "A phone without a contact person: fill in Contact person."
        case .boothRequestSkippedWithRow(let kind, let name, let row):
            "Not imported: it needs row \(row) of the \(englishSheetName(kind)) sheet («\(name)»), which has an "
                + "error. Correct that row and this one is imported; with --skip-invalid, this row is skipped with it."
        case .partiesToImport(let added, let updated):
            "Booth requests: \(counted(added, "new exhibitor", "new exhibitors"))"
                + (updated > 0 ? ", \(updated) updated." : ".")
        default: nil
        }
    }

    /// A booth-request column's header in Vietnamese.
    static func boothHeader(_ field: RegistrationField) -> String {
        switch field {
        case .partyName: "Đơn vị trưng bày (tên trên bảng tên)"
        case .partyProvince: "Tỉnh (liên minh HTX)"
        case .partyOrganisation: "Tổ chức"
        case .boothsWanted: "Số gian"
        case .sharedWith: "Dùng chung với"
        case .productsShown: "Sản phẩm trưng bày"
        case .needsWater: "Cần nước"
        case .needsColdStorage: "Cần kho lạnh"
        case .needsPower: "Cần điện bổ sung"
        case .preferredZones: "Khu vực mong muốn"
        case .partyCluster: "Cụm thi đua"
        case .partyContact: "Người liên hệ"
        case .partyPhone: "Điện thoại"
        case .partyNotes: "Ghi chú"
        default: ""
        }
    }

    /// A booth-request column's header in English.
    static func englishBoothHeader(_ field: RegistrationField) -> String {
        switch field {
        case .partyName: "Exhibitor (fascia name)"
        case .partyProvince: "Province (alliance)"
        case .partyOrganisation: "Organisation"
        case .boothsWanted: "Booths"
        case .sharedWith: "Shared with"
        case .productsShown: "Products shown"
        case .needsWater: "Water"
        case .needsColdStorage: "Cold storage"
        case .needsPower: "Extra power"
        case .preferredZones: "Preferred zone"
        case .partyCluster: "Emulation cluster"
        case .partyContact: "Contact person"
        case .partyPhone: "Phone"
        case .partyNotes: "Notes"
        default: ""
        }
    }

    /// What to write in a booth-request column, in Vietnamese.
    static func boothNote(_ field: RegistrationField) -> String {
        switch field {
        case .partyName:
            "Tên ghi trên bảng tên gian hàng, ví dụ: Liên minh HTX tỉnh Cà Mau, hoặc tên HTX trưng bày riêng."
        case .partyProvince:
            "Với liên minh HTX tỉnh: tỉnh/thành phố của liên minh (tên mới 2025 hoặc tên cũ). "
                + "Điền đúng một trong hai cột Tỉnh và Tổ chức."
        case .partyOrganisation:
            "Với một tổ chức trưng bày riêng: mã số HTX/MST hoặc tên tổ chức ở trang «Tổ chức» hay đã có trong "
                + "kế hoạch. Điền đúng một trong hai cột Tỉnh và Tổ chức."
        case .boothsWanted: "Số gian tiêu chuẩn 3 m × 3 m (từ 1 đến 200), được xếp liền nhau."
        case .sharedWith:
            "Các tổ chức cùng trưng bày trong gian, cách nhau bằng dấu chấm phẩy (;): mã số HTX/MST hoặc tên ở "
                + "trang «Tổ chức» hay đã có trong kế hoạch. Không bắt buộc."
        case .productsShown:
            "Các sản phẩm trưng bày, cách nhau bằng dấu chấm phẩy (;), theo tên ở trang «Sản phẩm» hoặc đã có "
                + "trong kế hoạch. Để trống: mọi sản phẩm của các tổ chức trong gian."
        case .needsWater: "«Có» nếu gian cần cấp và thoát nước; để trống là Không."
        case .needsColdStorage: "«Có» nếu cần kho lạnh cho hàng tươi sống; để trống là Không."
        case .needsPower: "«Có» nếu cần điện ngoài ổ cắm 500 W tiêu chuẩn; để trống là Không."
        case .preferredZones:
            "Khu vực muốn đặt gian (khu của địa điểm), theo thứ tự ưu tiên, cách nhau bằng dấu chấm phẩy (;). "
                + "Không bắt buộc."
        case .partyCluster: "Cụm thi đua đăng ký qua, nếu có. Không bắt buộc."
        case .partyContact: "Họ và tên người liên hệ về gian hàng."
        case .partyPhone: "Số điện thoại của người liên hệ (10 chữ số)."
        case .partyNotes: "Yêu cầu khác gửi ban tổ chức. Không bắt buộc."
        default: ""
        }
    }

    /// What to write in a booth-request column, in English.
    static func englishBoothNote(_ field: RegistrationField) -> String {
        switch field {
        case .partyName:
            "The name on the booth's fascia, e.g. Liên minh HTX tỉnh Cà Mau, or a cooperative showing on its own."
        case .partyProvince:
            "For a provincial alliance: its province or city (new 2025 name or former name). "
                + "Fill in exactly one of Province and Organisation."
        case .partyOrganisation:
            "For one organisation showing on its own: its registration code or name, on the «Organisations» "
                + "sheet or in the plan. Fill in exactly one of Province and Organisation."
        case .boothsWanted: "Standard 3 m × 3 m booths (1 to 200), given side by side."
        case .sharedWith:
            "The organisations showing in the booths, separated by semicolons (;): registration codes or names "
                + "on the «Organisations» sheet or in the plan. Optional."
        case .productsShown:
            "The products shown, separated by semicolons (;), by their names on the «Products» sheet or in the "
                + "plan. Empty: every product of the organisations in the booths."
        case .needsWater: "«Yes» if the booths need a water supply and drain; empty means No."
        case .needsColdStorage: "«Yes» if fresh food needs cold storage; empty means No."
        case .needsPower: "«Yes» if the booths need power beyond the standard 500 W socket; empty means No."
        case .preferredZones:
            "The zones of the venue wanted, in order of preference, separated by semicolons (;). Optional."
        case .partyCluster: "The emulation cluster the registration comes through, if any. Optional."
        case .partyContact: "The full name of the person to contact about the booths."
        case .partyPhone: "The contact person's phone (10 digits)."
        case .partyNotes: "Other requests for the organisers. Optional."
        default: ""
        }
    }

    /// An example value of a booth-request column, empty when none helps; in Vietnamese.
    static func boothExample(_ field: RegistrationField) -> String {
        switch field {
        case .partyName: "Liên minh HTX tỉnh Cà Mau"
        case .partyProvince: "Cà Mau"
        case .boothsWanted: "2"
        case .sharedWith: "HTX NN Tân Hòa; 1900123457"
        case .productsShown: "Mật ong hoa cà phê"
        case .needsWater, .needsPower: "Không"
        case .needsColdStorage: "Có"
        case .partyContact: "Trần Thị Bích Ngọc"
        case .partyPhone: "0912 345 678"
        default: ""
        }
    }

    /// An example value of a booth-request column, in English.
    static func englishBoothExample(_ field: RegistrationField) -> String {
        switch field {
        case .needsWater, .needsPower: "No"
        case .needsColdStorage: "Yes"
        default: boothExample(field)
        }
    }
}
