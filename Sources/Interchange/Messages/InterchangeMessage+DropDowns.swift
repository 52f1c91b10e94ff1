import Planning

extension InterchangeMessage {
    /// The help on a drop-down list's cells, in Vietnamese.
    static func vi(prompt list: RegistrationDropDown) -> String {
        switch list {
        case .province:
            "Chọn một trong 34 tỉnh, thành phố từ 01/7/2025. Tên tỉnh cũ (63 tỉnh trước sáp nhập) vẫn gõ được: "
                + "khi nhập sẽ được đổi sang tỉnh mới và giữ tên cũ."
        case .organisationKind:
            "Chọn loại hình: hợp tác xã, tổ hợp tác, liên hiệp HTX, quỹ TDND, doanh nghiệp, hộ KD."
        case .sector: "Chọn lĩnh vực: nông nghiệp, phi nông nghiệp hoặc tín dụng."
        case .productSet:
            "Chọn một trong 26 bộ sản phẩm OCOP theo QĐ 148/QĐ-TTg (xem trang Bộ sản phẩm OCOP)."
        case .stars: "Chọn hạng sao OCOP được công nhận: 3, 4 hoặc 5."
        case .issuingLevel: "Chọn cấp công nhận: cấp huyện, cấp tỉnh hoặc cấp trung ương."
        case .yesNo: "Chọn Có hoặc Không."
        case .role: "Chọn vai trò của đại biểu tại sự kiện."
        case .attendance: "Chọn Trực tiếp hoặc tên điểm cầu; có thể gõ tên điểm cầu khác."
        case .zone: "Chọn khu vực của địa điểm; nhiều khu thì gõ, cách nhau bằng dấu chấm phẩy (;)."
        }
    }

    /// The help on a drop-down list's cells, in English.
    static func en(prompt list: RegistrationDropDown) -> String {
        switch list {
        case .province:
            "Pick one of the 34 provinces and cities since 1 July 2025. A former province's name (one of the 63 "
                + "before the merger) can still be typed: on import it becomes the new province, keeping the old name."
        case .organisationKind:
            "Pick the kind: cooperative, cooperative group, union of cooperatives, credit fund, enterprise, household."
        case .sector: "Pick the sector: agriculture, non-agricultural or credit."
        case .productSet:
            "Pick one of the 26 OCOP product sets of Decision 148/QĐ-TTg (see the OCOP product sets sheet)."
        case .stars: "Pick the recognised OCOP stars: 3, 4 or 5."
        case .issuingLevel: "Pick the issuing level: district, province or central."
        case .yesNo: "Pick Yes or No."
        case .role: "Pick the delegate's role at the event."
        case .attendance: "Pick On site or a connection point; another connection point's name can be typed."
        case .zone: "Pick a zone of the venue; for several, type them separated by semicolons (;)."
        }
    }

    /// The header of a drop-down's column on the reference sheet, in Vietnamese.
    static func vi(column list: RegistrationDropDown) -> String {
        switch list {
        case .province: "Tỉnh/TP (34, từ 01/7/2025)"
        case .organisationKind: "Loại hình"
        case .sector: "Lĩnh vực"
        case .productSet: "Bộ sản phẩm OCOP"
        case .stars: "Hạng sao"
        case .issuingLevel: "Cấp công nhận"
        case .yesNo: "Có/Không"
        case .role: "Vai trò"
        case .attendance: "Hình thức tham dự"
        case .zone: "Khu vực"
        }
    }

    /// The header of a drop-down's column on the reference sheet, in English.
    static func en(column list: RegistrationDropDown) -> String {
        switch list {
        case .province: "Province/city (34, since 1 July 2025)"
        case .organisationKind: "Kind"
        case .sector: "Sector"
        case .productSet: "OCOP product set"
        case .stars: "Stars"
        case .issuingLevel: "Issuing level"
        case .yesNo: "Yes/No"
        case .role: "Role"
        case .attendance: "Attendance"
        case .zone: "Zone"
        }
    }
}
