/// The order in which waiting parties are offered booths that free up.
///
/// Higher priority first; then the earlier registration (a registration without a time comes
/// after every timed one); then the identifier, so the order is total and deterministic.
public enum WaitingList {
    /// Whether `lhs` is served before `rhs`.
    static func precedes(_ lhs: ExhibitingParty, _ rhs: ExhibitingParty) -> Bool {
        if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
        switch (lhs.registeredAt, rhs.registeredAt) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.id < rhs.id
        }
    }

    /// The waitlisted parties among `parties`, in the order they are served.
    public static func ordered(_ parties: [ExhibitingParty]) -> [ExhibitingParty] {
        parties.filter { $0.registrationStatus == .waitlisted }.sorted(by: precedes)
    }
}
