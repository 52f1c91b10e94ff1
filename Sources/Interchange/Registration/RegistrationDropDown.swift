public import Planning

/// A drop-down list of the registration template: the values offered in a column, listed on the
/// reference sheet (or written in full when short), checked as a warning or as information only,
/// so that what the importer also accepts (a former province's name, «x» for yes) can be typed.
public enum RegistrationDropDown: String, CaseIterable, Hashable, Sendable, Codable {
    /// The 34 provincial units of 2025 (the 63 former names are accepted too).
    case province
    /// The organisation kinds.
    case organisationKind
    /// The sectors the alliance counts.
    case sector
    /// The 26 OCOP product sets of 148/QĐ-TTg.
    case productSet
    /// The recognised star levels: 3, 4, 5.
    case stars
    /// The levels that issue OCOP decisions.
    case issuingLevel
    /// Yes or no.
    case yesNo
    /// The roles at the event.
    case role
    /// On site, or a connection point (any other name may be typed).
    case attendance
    /// The zones of the plan's venue (any other zone or zone tag may be typed).
    case zone

    /// The drop-down of a template column, when it has one.
    public static func of(_ field: RegistrationField) -> RegistrationDropDown? {
        switch field {
        case .organisationProvince, .delegateProvince, .partyProvince: .province
        case .organisationKind: .organisationKind
        case .organisationSector: .sector
        case .productSet: .productSet
        case .stars: .stars
        case .issuingLevel: .issuingLevel
        case .coldChain, .needsWater, .needsColdStorage, .needsPower: .yesNo
        case .role: .role
        case .attendance: .attendance
        case .preferredZones: .zone
        default: nil
        }
    }

    /// The values offered, in `language`; for `attendance`, on site then `connectionPoints`; for
    /// `zone`, `zones` (the names of the plan's venue zones, possibly none).
    public func values(in language: Language, connectionPoints: [String] = [], zones: [String] = [])
        -> [String]
    {
        switch self {
        case .province: ProvinceDirectory.all.map(\.name)
        case .organisationKind: OrganisationKind.allCases.map { $0.name(language) }
        case .sector:
            Sector.allCases.map { Self.accepted($0, $0.name, in: RegistrationVocabulary.sectors, language) }
        case .productSet: OCOPCatalogue.productSets.map(\.name)
        case .stars: OCOPStarLevel.all.filter(\.isRecognised).map { String($0.stars) }
        case .issuingLevel:
            IssuingLevel.allCases.map {
                Self.accepted($0, $0.name, in: RegistrationVocabulary.issuingLevels, language)
            }
        case .yesNo: [InterchangeMessage.yes.text(language), InterchangeMessage.no.text(language)]
        case .role:
            Attendance.Role.allCases.map {
                Self.accepted($0, $0.name, in: RegistrationVocabulary.roles, language)
            }
        case .attendance: [InterchangeMessage.onSite.text(language)] + connectionPoints
        case .zone: zones
        }
    }

    /// The name of `value` in `language` when the importer reads it back as `value`, otherwise
    /// its Vietnamese name (which it always reads): a drop-down offers only what imports.
    static func accepted<Value: Equatable>(
        _ value: Value, _ name: (Language) -> String, in vocabulary: [String: Value], _ language: Language
    ) -> String {
        let written = name(language)
        return vocabulary[VietnameseText.searchKey(written)] == value ? written : name(.vietnamese)
    }

    /// Whether the list is written in full in the validation (short lists) rather than listed on
    /// the reference sheet.
    var isWrittenInFull: Bool { self == .stars || self == .yesNo }

    /// Whether a value not in the list is only pointed out (information) rather than warned
    /// about: names the list cannot hold in full (former provinces, other connection points).
    var acceptsOtherValues: Bool { self == .province || self == .attendance || self == .zone }
}
