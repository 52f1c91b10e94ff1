public import Planning

/// A value of a registration field as a change shows it: what the plan holds and what a row of a
/// filled template says, typed so that each language words it.
public enum RegistrationValue: Hashable, Sendable, Codable {
    /// Text as written (names, codes, numbers of decisions, phones, e-mails, provinces).
    case text(String)
    /// A count (members, stars).
    case number(Int)
    /// A date.
    case date(CalendarDate)
    /// Yes or no.
    case yesNo(Bool)
    /// An organisation's legal kind.
    case kind(OrganisationKind)
    /// An organisation's sector.
    case sector(Sector)
    /// An OCOP product set or legacy subgroup.
    case classification(OCOPClassification)
    /// The level that issued an OCOP decision.
    case issuingLevel(IssuingLevel)
    /// How a person is addressed.
    case honorific(Honorific)
    /// A role at the event.
    case role(Attendance.Role)
    /// Attending at the venue itself.
    case onSite

    /// The value in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .date(let date): date.vietnamese
        case .yesNo(let value): (value ? InterchangeMessage.yes : InterchangeMessage.no).text(language)
        case .kind(let kind): kind.name(language)
        case .sector(let sector): sector.name(language)
        case .classification(let classification): classification.name(language)
        case .issuingLevel(let level): level.name(language)
        case .honorific(let honorific): honorific.name(language)
        case .role(let role): role.name(language)
        case .onSite: InterchangeMessage.onSite.text(language)
        }
    }
}
