/// The tables of a plan file that hold the plan itself, in the order they depend on each other:
/// every change to a row of one of them is recorded in the journal, and a canonical dump
/// (``PlanStore/contentDump()``) lists them in this order.
///
/// The raw value is the table's name in the file.
public enum JournalTable: String, CaseIterable, Codable, Sendable, Comparable {
    /// The event (one row).
    case event
    /// The venue snapshot (one row at most).
    case venue
    /// The booths of the venue.
    case venueBooth = "venue_booth"
    /// Organisations.
    case organisation
    /// The member organisations of a union.
    case organisationMember = "organisation_member"
    /// Products.
    case product
    /// People.
    case person
    /// Connection points.
    case connectionPoint = "connection_point"
    /// How people attend.
    case attendance
    /// Exhibiting parties.
    case party
    /// Booth requests.
    case boothRequest = "booth_request"
    /// The organisations sharing a booth request.
    case requestOrganisation = "request_organisation"
    /// The products a booth request shows.
    case requestProduct = "request_product"
    /// The booths given to parties in the working booth plan.
    case boothAssignment = "booth_assignment"
    /// Programme sessions.
    case session
    /// The people taking part in sessions.
    case sessionParticipant = "session_participant"
    /// The connection points linked to sessions.
    case sessionPoint = "session_point"
    /// Published versions of the booth plan and the programme.
    case publishedVersion = "published_version"
    /// Booths offered to waiting parties after a withdrawal.
    case boothOffer = "booth_offer"
    /// Registrations sent through the web portal (schema version 3).
    case submission

    /// Orders tables in declaration (dependency) order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
