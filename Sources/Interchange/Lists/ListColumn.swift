/// A column of an exported list; its header is worded by the catalogue
/// (``InterchangeMessage/listColumn(_:)``) in the export's language.
public enum ListColumn: String, CaseIterable, Hashable, Sendable, Codable {
    /// STT: the row's number.
    case number
    /// The person's name with honorific.
    case fullName
    /// The person's position.
    case position
    /// The person's unit or organisation.
    case unit
    /// The province.
    case province
    /// The connection point attended from.
    case connectionPoint
    /// The role at the event.
    case role
    /// The product's name.
    case productName
    /// The product's owner (chủ thể).
    case owner
    /// The owner's registration code.
    case registrationCode
    /// The OCOP product set or group.
    case ocopGroup
    /// The OCOP stars.
    case stars
    /// The recognition decision's number.
    case decisionNumber
    /// The recognition decision's date.
    case decisionDate
    /// The end of the certificate's validity.
    case validUntil
    /// Whether the certificate is valid on the event's first day.
    case certificateStatus
    /// The booths (of a product's party, or a party's).
    case booths
    /// The exhibiting party.
    case party
    /// The emulation cluster.
    case cluster
    /// The number of booths requested.
    case boothsRequested
    /// Organisations sharing the party's booths.
    case sharingOrganisations
    /// The number of products shown.
    case productCount
    /// The services the party needs.
    case servicesNeeded
    /// The session's day.
    case day
    /// The session's start.
    case start
    /// The session's end.
    case end
    /// The session's title (content).
    case content
    /// The session's kind.
    case kind
    /// The session's room.
    case room
    /// The session's chairs and speakers.
    case chairsAndSpeakers
    /// The connection points linked to the session.
    case linkedPoints
    /// The summary's first column: what each row counts.
    case item
    /// A total.
    case total
    /// A product category.
    case productCategory
    /// A count.
    case count
    /// A share in percent.
    case share
    /// A zone of the venue.
    case zone
    /// A number of booths.
    case boothCount
    /// Booths assigned.
    case assigned
    /// The party's registration status (pending, confirmed, placed, waitlisted, withdrawn).
    case registrationStatus
}
