import Planning
import Store

/// What a withdrawal's confirmation page showed of a party: its status and the booths it holds.
/// The page's form carries it back (hidden fields), and the confirming post withdraws only while
/// the party is still so: a party moved or confirmed meanwhile is shown again for a fresh
/// confirmation, so staff never free booths the page did not name.
struct WithdrawalState: Hashable, Sendable {
    /// What a confirming post found.
    enum Attempt: Sendable {
        /// The party was withdrawn, freeing these booths (sorted).
        case withdrawn(freed: [String])
        /// The party was withdrawn before: nothing changed.
        case alreadyWithdrawn(ExhibitingParty)
        /// The party is no longer as the page showed it: nothing changed; this is how it is now.
        case changed(ExhibitingParty, WithdrawalState)
    }

    /// The form field carrying the status shown.
    static let statusField = "trang-thai"
    /// The form field carrying the booths shown, separated by commas.
    static let boothsField = "gian"

    /// The party's registration status.
    let status: RegistrationStatus
    /// The booths it holds, sorted.
    let booths: [String]

    /// A party in `status` holding `booths`.
    init(status: RegistrationStatus, booths: [String]) {
        self.status = status
        self.booths = booths.sorted()
    }

    /// The state a confirming post carries; nil when it carries none (a form made elsewhere).
    init?(form: FormBody) {
        guard let status = form[Self.statusField].flatMap(RegistrationStatus.init(rawValue:)),
            let booths = form[Self.boothsField]
        else { return nil }
        self.init(
            status: status,
            booths: booths.split(separator: ",").map { String($0) }.filter { !$0.isEmpty })
    }

    /// The booths as the form carries them.
    var boothsText: String { booths.joined(separator: ",") }

    /// The party `id` of the plan and its state now; nil when the plan has no such party.
    static func read(_ id: String, in store: PlanStore) throws -> (ExhibitingParty, WithdrawalState)? {
        guard let party = try store.party(Identifier(id)) else { return nil }
        let booths = try store.boothAssignments().filter { $0.party == party.id }.map(\.booth)
        return (party, WithdrawalState(status: party.registrationStatus, booths: booths))
    }
}
