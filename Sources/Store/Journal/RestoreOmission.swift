/// Something a published version has that cannot be put back into the working plan, named as the
/// version names it.
public enum RestoreOmission: Hashable, Sendable {
    /// The party has withdrawn since: its booths stay free.
    case partyWithdrawn(party: String, booths: [String])
    /// The party is no longer in the plan: its booths stay free.
    case partyRemoved(party: String, booths: [String])
    /// These booths of the party are no longer on the venue.
    case boothsNotOnVenue(party: String, booths: [String])
    /// The session is no longer in the plan.
    case sessionRemoved(title: String)
}
