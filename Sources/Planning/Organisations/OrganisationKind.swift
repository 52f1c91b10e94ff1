/// The legal kind of an organisation (chủ thể), after the Law on Cooperatives 17/2023/QH15.
public enum OrganisationKind: String, CaseIterable, Codable, Sendable {
    /// Tổ hợp tác: at least 2 members, no legal personality.
    case cooperativeGroup = "to-hop-tac"
    /// Hợp tác xã (HTX): at least 5 members.
    case cooperative = "hop-tac-xa"
    /// Liên hiệp hợp tác xã: at least 3 cooperatives.
    case cooperativeUnion = "lien-hiep-hop-tac-xa"
    /// Quỹ tín dụng nhân dân: a people's credit fund, counted apart by the alliance.
    case peoplesCreditFund = "quy-tin-dung-nhan-dan"
    /// Doanh nghiệp: an enterprise that owns OCOP products.
    case enterprise = "doanh-nghiep"
    /// Hộ kinh doanh: a household business.
    case householdBusiness = "ho-kinh-doanh"

    /// The name used in lists and reports, in `language`: "Hợp tác xã", "Cooperative".
    public func name(_ language: Language) -> String {
        PlanningMessage.organisationKind(self).text(language)
    }

    /// The fewest members the law allows, when it sets a minimum.
    ///
    /// For a union the members counted are cooperatives.
    public var minimumMembers: Int? {
        switch self {
        case .cooperativeGroup: 2
        case .cooperative: 5
        case .cooperativeUnion: 3
        case .peoplesCreditFund, .enterprise, .householdBusiness: nil
        }
    }

    /// Whether an organisation of this kind must have a 10-digit registration code.
    public var requiresRegistrationCode: Bool {
        switch self {
        case .cooperative, .cooperativeUnion, .peoplesCreditFund, .enterprise: true
        case .cooperativeGroup, .householdBusiness: false
        }
    }

    /// The prefixes a legal name of this kind starts with, full and abbreviated.
    public var namePrefixes: [String] {
        switch self {
        case .cooperativeGroup: ["Tổ hợp tác", "THT"]
        case .cooperative: ["Hợp tác xã", "HTX"]
        case .cooperativeUnion: ["Liên hiệp hợp tác xã", "Liên hiệp HTX", "LHHTX", "LH HTX"]
        case .peoplesCreditFund: ["Quỹ tín dụng nhân dân", "Quỹ TDND", "QTDND"]
        case .enterprise: []
        case .householdBusiness: []
        }
    }
}
