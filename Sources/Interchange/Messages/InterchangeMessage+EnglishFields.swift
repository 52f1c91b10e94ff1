import Planning

extension InterchangeMessage {
    /// A registration column's header.
    static func englishHeader(_ field: RegistrationField) -> String {
        switch field {
        case .organisationName: "Organisation name"
        case .organisationShortName: "Short name"
        case .organisationKind: "Kind"
        case .organisationSector: "Sector"
        case .organisationCode: "Registration code"
        case .organisationProvince, .delegateProvince: "Province"
        case .organisationAddress: "Address"
        case .organisationMembers: "Members"
        case .contactName: "Contact person"
        case .contactPosition: "Contact position"
        case .contactPhone, .delegatePhone: "Phone"
        case .contactEmail, .delegateEmail: "Email"
        case .productName: "Product name"
        case .productOwner: "Owner"
        case .productSet: "OCOP product set"
        case .stars: "Stars"
        case .decisionNumber: "Decision number"
        case .decisionDate: "Decision date"
        case .issuingBody: "Issuing body"
        case .issuingLevel: "Issuing level"
        case .validUntil: "Valid until"
        case .productCode: "OCOP product code"
        case .coldChain: "Needs water/cold storage"
        case .honorific: "Honorific"
        case .fullName: "Full name"
        case .position: "Position"
        case .delegateOrganisation: "Organisation"
        case .unit: "Unit"
        case .dateOfBirth: "Date of birth"
        case .role: "Role"
        case .attendance: "Attendance"
        default: englishBoothHeader(field)
        }
    }

    /// What to write in a registration column.
    static func englishNote(_ field: RegistrationField) -> String {
        switch field {
        case .organisationName:
            "The full name on the registration certificate, e.g. Hợp tác xã Nông nghiệp Tân Hòa."
        case .organisationShortName: "The name in everyday use, e.g. HTX NN Tân Hòa. Optional."
        case .organisationKind:
            "One of: Cooperative, Cooperative group, Union of cooperatives, People's credit fund, Enterprise, "
                + "Household business (or the Vietnamese names and abbreviations HTX, THT, LHHTX, QTDND, DN, HKD). "
                + "Left empty, it is taken from the name."
        case .organisationSector:
            "Agricultural, Non-agricultural or Credit. Left empty, it is inferred from the kind and the products."
        case .organisationCode:
            "The 10-digit cooperative registration or tax code (a branch: 10 digits-3 digits). Format the cell "
                + "as Text to keep the leading zero."
        case .organisationProvince, .delegateProvince:
            "The province or city, by its new (2025) name or its name before the merger, with or without "
                + "diacritics."
        case .organisationAddress: "The head office's address."
        case .organisationMembers:
            "The number of members (a whole number). For a union of cooperatives: its member cooperatives."
        case .contactName: "The full name of the person to contact about the registration."
        case .contactPosition: "For example: Giám đốc (director), Kế toán (accountant)."
        case .contactPhone, .delegatePhone:
            "A 10-digit mobile number (09..., 03...) or a landline with its area code."
        case .contactEmail, .delegateEmail: "An e-mail address."
        case .productName: "The product's name as on its label, e.g. Mật ong hoa cà phê."
        case .productOwner:
            "The organisation's name exactly as on the «Organisations» sheet, or its registration code."
        case .productSet:
            "The product set of Decision 148/QĐ-TTg (e.g. Rau, củ, quả, hạt tươi; or «Bộ sản phẩm số 5»), "
                + "or the subgroup of Decision 1048/QĐ-TTg (e.g. «Phân nhóm 9»)."
        case .stars: "3, 4 or 5. Leave empty if the product has no OCOP recognition."
        case .decisionNumber: "The recognition decision's number, e.g. 1234/QĐ-UBND."
        case .decisionDate:
            "The day the decision was signed: dd/mm/yyyy (e.g. 15/03/2024), yyyy-mm-dd, or a date cell."
        case .issuingBody: "For example: UBND tỉnh Cà Mau. Optional."
        case .issuingLevel: "District, Provincial or Central. Optional."
        case .validUntil:
            "Only if the decision states a validity other than 36 months; written like the decision date."
        case .productCode: "The OCOP product code, if the decision gives one."
        case .coldChain: "«Yes» for fresh food needing water or cold storage at the booth; empty means No."
        case .honorific: "Mr, Mrs or Đồng chí (comrade)."
        case .fullName: "Family name, middle names and given name, e.g. Nguyễn Thị Minh Anh."
        case .position: "The position, for protocol order, e.g. Chủ tịch HĐQT, Giám đốc."
        case .delegateOrganisation:
            "The organisation's name as on the «Organisations» sheet, or its registration code; empty if the "
                + "delegate belongs to none."
        case .unit: "The agency or unit printed on the list when it is not a registered organisation."
        case .dateOfBirth: "dd/mm/yyyy; tells apart people with the same name. Optional."
        case .role: "Delegate (the default), Guest, Chair, Speaker, Organiser, Technician, Press."
        case .attendance:
            "«On site» (the default) or the name of an online connection point, e.g. Điểm cầu Sơn La."
        default: englishBoothNote(field)
        }
    }

    /// An example value of a registration column, empty when none helps.
    static func englishExample(_ field: RegistrationField) -> String {
        switch field {
        case .organisationKind: "Cooperative"
        case .organisationSector: "Agricultural"
        case .issuingLevel: "Provincial"
        case .coldChain: "No"
        case .honorific: "Mrs"
        case .role: "Delegate"
        case .attendance: "On site"
        case .organisationName, .organisationShortName, .organisationCode, .organisationProvince,
            .delegateProvince, .organisationAddress, .organisationMembers, .contactName, .contactPosition,
            .contactPhone, .delegatePhone, .contactEmail, .delegateEmail, .productName, .productOwner,
            .productSet, .stars, .decisionNumber, .decisionDate, .issuingBody, .validUntil, .productCode,
            .fullName, .position, .delegateOrganisation, .unit, .dateOfBirth:
            example(field)
        default: englishBoothExample(field)
        }
    }
}
