import Planning

extension InterchangeMessage {
    /// A venue finding's message placed at its element: without the final full stop, with every
    /// line when the entity comes from several elements, prefixed by the entity when the message
    /// does not name it.
    static func placed(_ finding: Finding, lines: [Int]) -> String {
        var message = finding.message.text(.vietnamese)
        if message.hasSuffix(".") { message.removeLast() }
        if lines.count > 1 { message += " (dòng \(lines.map(String.init).joined(separator: ", ")))" }
        if !message.contains(finding.subject.label) {
            message = "\(finding.subject.kind.name(.vietnamese)) \(finding.subject.label): \(message)"
        }
        return message
    }

    /// The letters of 1-based columns: `D, F`.
    static func letters(_ columns: [Int]) -> String {
        columns.map(SheetProblem.columnLetter).joined(separator: ", ")
    }

    /// The name of an OCOP product set by its number.
    static func productSetName(_ number: Int) -> String {
        OCOPCatalogue.productSet(number: number)?.name ?? "\(number)"
    }

    /// " Có phải: A; B?" or nothing.
    static func hint(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: "; "))?"
    }

    /// "2 tổ chức, 3 sản phẩm, 1 đại biểu", and ", 1 đơn vị đăng ký gian hàng" when there are any.
    static func adds(_ organisations: Int, _ products: Int, _ people: Int, _ parties: Int = 0) -> String {
        "\(organisations) tổ chức, \(products) sản phẩm, \(people) đại biểu"
            + (parties > 0 ? ", \(parties) đơn vị đăng ký gian hàng" : "")
    }

    /// What a code or phone field is called in a message.
    static func digitsName(_ field: RegistrationField) -> String {
        switch field {
        case .organisationCode: "Mã số"
        case .contactPhone, .delegatePhone: "Số điện thoại"
        default: header(field)
        }
    }

    /// The values a vocabulary field accepts, nil for other fields.
    static func expected(_ field: RegistrationField) -> String? {
        switch field {
        case .organisationKind:
            "Hợp tác xã, Tổ hợp tác, Liên hiệp hợp tác xã, Quỹ tín dụng nhân dân, Doanh nghiệp hoặc Hộ kinh doanh"
        case .organisationSector: "Nông nghiệp, Phi nông nghiệp hoặc Tín dụng"
        case .role: "Đại biểu, Khách mời, Chủ trì, Báo cáo viên, Ban tổ chức, Kỹ thuật hoặc Phóng viên"
        case .issuingLevel: "Cấp huyện, Cấp tỉnh hoặc Trung ương"
        default: nil
        }
    }

    /// A list's sheet name.
    static func sheetName(_ kind: ListKind) -> String {
        switch kind {
        case .attendees: "Đại biểu"
        case .products: "Sản phẩm"
        case .exhibitors: "Gian hàng"
        case .programme: "Chương trình"
        case .summary: "Tổng hợp"
        }
    }

    /// A list's title.
    static func title(_ kind: ListKind) -> String {
        switch kind {
        case .attendees: "DANH SÁCH ĐẠI BIỂU"
        case .products: "DANH SÁCH SẢN PHẨM"
        case .exhibitors: "DANH SÁCH ĐƠN VỊ THAM GIA VÀ GIAN HÀNG"
        case .programme: "CHƯƠNG TRÌNH"
        case .summary: "TỔNG HỢP"
        }
    }

    /// A list column's header.
    static func header(_ column: ListColumn) -> String {
        switch column {
        case .number: "STT"
        case .fullName: "Họ và tên"
        case .position: "Chức vụ"
        case .unit: "Đơn vị"
        case .province: "Tỉnh/TP"
        case .connectionPoint: "Điểm cầu"
        case .role: "Vai trò"
        case .productName: "Tên sản phẩm"
        case .owner: "Chủ thể"
        case .registrationCode: "Mã số HTX"
        case .ocopGroup: "Nhóm OCOP"
        case .stars: "Hạng sao"
        case .decisionNumber: "Số quyết định"
        case .decisionDate: "Ngày quyết định"
        case .validUntil: "Hiệu lực đến"
        case .certificateStatus: "Tình trạng"
        case .booths: "Gian hàng"
        case .party: "Đơn vị tham gia"
        case .cluster: "Cụm thi đua"
        case .boothsRequested: "Số gian đăng ký"
        case .sharingOrganisations: "Tổ chức cùng gian"
        case .productCount: "Số sản phẩm"
        case .servicesNeeded: "Dịch vụ cần"
        case .day: "Ngày"
        case .start: "Bắt đầu"
        case .end: "Kết thúc"
        case .content: "Nội dung"
        case .kind: "Loại"
        case .room: "Phòng"
        case .chairsAndSpeakers: "Chủ trì, trình bày"
        case .linkedPoints: "Điểm cầu nối"
        case .item: "Nội dung"
        case .total: "Tổng"
        case .productCategory: "Nhóm sản phẩm"
        case .count: "Số lượng"
        case .share: "Tỷ lệ"
        case .zone: "Khu"
        case .boothCount: "Số gian"
        case .assigned: "Đã phân"
        case .registrationStatus: "Trạng thái"
        }
    }

    /// A registration sheet's name.
    static func sheetName(_ kind: RegistrationSheetKind) -> String {
        switch kind {
        case .organisations: "Tổ chức"
        case .products: "Sản phẩm"
        case .delegates: "Đại biểu"
        case .boothRequests: "Đăng ký gian hàng"
        }
    }

    /// A registration sheet's title row.
    static func title(_ kind: RegistrationSheetKind) -> String {
        switch kind {
        case .organisations: "DANH SÁCH TỔ CHỨC ĐĂNG KÝ (HTX, tổ hợp tác, doanh nghiệp, hộ kinh doanh)"
        case .products: "DANH SÁCH SẢN PHẨM ĐĂNG KÝ TRƯNG BÀY (kèm quyết định công nhận OCOP nếu có)"
        case .delegates: "DANH SÁCH ĐẠI BIỂU ĐĂNG KÝ THAM DỰ"
        case .boothRequests: "ĐĂNG KÝ GIAN HÀNG (đơn vị trưng bày, số gian, tổ chức và sản phẩm, dịch vụ cần)"
        }
    }

    /// A registration column's header.
    static func header(_ field: RegistrationField) -> String {
        switch field {
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
        default: boothHeader(field)
        }
    }

    /// What to write in a registration column.
    static func note(_ field: RegistrationField) -> String {
        switch field {
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
        default: boothNote(field)
        }
    }

    /// An example value of a registration column, empty when none helps.
    static func example(_ field: RegistrationField) -> String {
        switch field {
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
        case .productSet: "Mật ong, mật khác và nông sản thực phẩm khác"
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
        default: boothExample(field)
        }
    }
}
