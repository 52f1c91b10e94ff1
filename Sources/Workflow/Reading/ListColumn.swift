/// A column of a listing (``ListPlan``), worded by ``WorkflowMessage/column(_:)``.
public enum ListColumn: String, CaseIterable, Codable, Sendable {
    /// The row number (STT), after sorting.
    case number
    /// An organisation's name.
    case organisation
    /// An organisation's kind.
    case kind
    /// A registration code.
    case code
    /// A province.
    case province
    /// A number of members.
    case members
    /// An identifier.
    case id
    /// A product's name.
    case product
    /// A product's owner.
    case owner
    /// An OCOP product set.
    case productSet
    /// OCOP stars.
    case stars
    /// A certificate's end of validity.
    case validUntil
    /// A person's full name.
    case person
    /// A position.
    case position
    /// A unit or organisation.
    case unit
    /// Where a person attends.
    case attendance
    /// A role.
    case role
    /// An exhibiting party.
    case party
    /// Booths asked for.
    case boothsWanted
    /// Booth codes.
    case booths
    /// A registration status.
    case status
    /// A priority.
    case priority
    /// When a party registered.
    case registeredAt
    /// A booth's code.
    case booth
    /// A hall.
    case hall
    /// A zone.
    case zone
    /// A booth's kind.
    case boothKind
    /// A booth's services.
    case services
    /// A booth's state.
    case state
    /// A day.
    case date
    /// A start time.
    case start
    /// An end time.
    case end
    /// A session's title.
    case content
    /// A session's kind.
    case sessionKind
    /// A room.
    case room

    /// Whether the column holds numbers (aligned right in text tables).
    public var isNumeric: Bool {
        switch self {
        case .number, .members, .stars, .boothsWanted, .priority: true
        default: false
        }
    }
}
