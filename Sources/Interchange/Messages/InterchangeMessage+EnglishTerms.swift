import Planning

extension InterchangeMessage {
    /// A venue finding's message in English, placed as ``placed(_:lines:)`` does in Vietnamese.
    static func englishPlaced(_ finding: Finding, lines: [Int]) -> String {
        var message = finding.message.text(.english)
        if message.hasSuffix(".") { message.removeLast() }
        if lines.count > 1 { message += " (lines \(lines.map(String.init).joined(separator: ", ")))" }
        if !message.contains(finding.subject.label) {
            message = "\(finding.subject.kind.name(.english)) \(finding.subject.label): \(message)"
        }
        return message
    }

    /// `1 row`, `3 rows`.
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    /// " Did you mean: A; B?" or nothing.
    static func englishHint(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: "; "))?"
    }

    /// "2 organisations, 3 products, 1 delegate", and ", 1 exhibiting party" when there are any.
    static func englishAdds(_ organisations: Int, _ products: Int, _ people: Int, _ parties: Int = 0)
        -> String
    {
        let kinds = [
            counted(organisations, "organisation", "organisations"), counted(products, "product", "products"),
            counted(people, "delegate", "delegates"),
        ]
        return (kinds + (parties > 0 ? [counted(parties, "exhibiting party", "exhibiting parties")] : []))
            .joined(separator: ", ")
    }

    /// What a code or phone field is called in a message.
    static func englishDigitsName(_ field: RegistrationField) -> String {
        switch field {
        case .organisationCode: "Registration code"
        case .contactPhone, .delegatePhone: "Phone number"
        default: englishHeader(field)
        }
    }

    /// The values a vocabulary field accepts, nil for other fields.
    static func englishExpected(_ field: RegistrationField) -> String? {
        switch field {
        case .organisationKind:
            "Cooperative, Cooperative group, Union of cooperatives, People's credit fund, Enterprise or Household business"
        case .organisationSector: "Agricultural, Non-agricultural or Credit"
        case .role: "Delegate, Guest, Chair, Speaker, Organiser, Technician or Press"
        case .issuingLevel: "District, Provincial or Central"
        default: nil
        }
    }

    /// A severity's label in the plural, for headings.
    static func englishPlural(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Notes"
        }
    }

    /// A list's sheet name.
    static func englishSheetName(_ kind: ListKind) -> String {
        switch kind {
        case .attendees: "Delegates"
        case .products: "Products"
        case .exhibitors: "Exhibitors"
        case .programme: "Programme"
        case .summary: "Summary"
        }
    }

    /// A list's title.
    static func englishTitle(_ kind: ListKind) -> String {
        switch kind {
        case .attendees: "LIST OF DELEGATES"
        case .products: "LIST OF PRODUCTS"
        case .exhibitors: "LIST OF EXHIBITORS AND BOOTHS"
        case .programme: "PROGRAMME"
        case .summary: "SUMMARY"
        }
    }

    /// A list column's header.
    static func englishHeader(_ column: ListColumn) -> String {
        switch column {
        case .number: "No."
        case .fullName: "Full name"
        case .position: "Position"
        case .unit: "Unit"
        case .province: "Province"
        case .connectionPoint: "Connection point"
        case .role: "Role"
        case .productName: "Product"
        case .owner: "Owner"
        case .registrationCode: "Registration code"
        case .ocopGroup: "OCOP group"
        case .stars: "Stars"
        case .decisionNumber: "Decision number"
        case .decisionDate: "Decision date"
        case .validUntil: "Valid until"
        case .certificateStatus: "Status"
        case .booths: "Booths"
        case .party: "Exhibitor"
        case .cluster: "Emulation cluster"
        case .boothsRequested: "Booths requested"
        case .sharingOrganisations: "Organisations sharing"
        case .productCount: "Products"
        case .servicesNeeded: "Services needed"
        case .day: "Date"
        case .start: "Start"
        case .end: "End"
        case .content: "Session"
        case .kind: "Kind"
        case .room: "Room"
        case .chairsAndSpeakers: "Chairs and speakers"
        case .linkedPoints: "Linked connection points"
        case .item: "Item"
        case .total: "Total"
        case .productCategory: "Product category"
        case .count: "Count"
        case .share: "Share"
        case .zone: "Zone"
        case .boothCount: "Booths"
        case .assigned: "Assigned"
        case .registrationStatus: "Status"
        }
    }

    /// A registration sheet's name.
    static func englishSheetName(_ kind: RegistrationSheetKind) -> String {
        switch kind {
        case .organisations: "Organisations"
        case .products: "Products"
        case .delegates: "Delegates"
        case .boothRequests: "Booth requests"
        }
    }

    /// A registration sheet's title row.
    static func englishTitle(_ kind: RegistrationSheetKind) -> String {
        switch kind {
        case .organisations:
            "ORGANISATIONS REGISTERING (cooperatives, cooperative groups, enterprises, household businesses)"
        case .products: "PRODUCTS REGISTERED FOR DISPLAY (with the OCOP recognition decision, if any)"
        case .delegates: "DELEGATES REGISTERING TO ATTEND"
        case .boothRequests:
            "BOOTH REQUESTS (exhibitors, booths, organisations and products shown, services needed)"
        }
    }
}
